using Microsoft.Extensions.Options;
using Zhengwu.Infrastructure.Accounts;

namespace Zhengwu.Web.Accounts;

/// <summary>Loads the personal data key at start-up, so a missing or invalid key stops the portal with its setting's name.</summary>
internal sealed class PersonalDataOptionsValidator : IValidateOptions<PersonalDataOptions>
{
    public ValidateOptionsResult Validate(string? name, PersonalDataOptions options)
    {
        try
        {
            PersonalDataKey.Load(options.Key, options.KeyFile);

            return ValidateOptionsResult.Success;
        }
        catch (InvalidOperationException exception)
        {
            return ValidateOptionsResult.Fail(exception.Message);
        }
        catch (IOException exception)
        {
            return ValidateOptionsResult.Fail($"Cannot read or create the personal data key file {options.KeyFile}: {exception.Message}");
        }
    }
}
