using Microsoft.Extensions.Options;
using Zhengwu.Infrastructure.Approvals.Cases;

namespace Zhengwu.Web.Hosting;

/// <summary>Keeps the filing halt, which stops applications forever, out of every environment but Testing.</summary>
internal sealed class FilingHaltOptionsValidator(IHostEnvironment environment) : IValidateOptions<FilingHaltOptions>
{
    public ValidateOptionsResult Validate(string? name, FilingHaltOptions options)
    {
        if (options.At == FilingCheckpoint.None)
        {
            return ValidateOptionsResult.Success;
        }

        if (!environment.IsEnvironment(WebDefenceExtensions.TestingEnvironment))
        {
            return ValidateOptionsResult.Fail(
                $"{FilingHaltOptions.SectionName}:{nameof(FilingHaltOptions.At)} is {options.At} in the {environment.EnvironmentName} "
                + "environment. It halts every filing and is for tests only: remove the setting.");
        }

        return string.IsNullOrWhiteSpace(options.MarkerFile)
            ? ValidateOptionsResult.Fail(
                $"{FilingHaltOptions.SectionName}:{nameof(FilingHaltOptions.MarkerFile)} is empty. Set it to the path of the "
                + "file the portal creates when a filing halts.")
            : ValidateOptionsResult.Success;
    }
}
