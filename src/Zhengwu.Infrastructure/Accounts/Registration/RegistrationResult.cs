namespace Zhengwu.Infrastructure.Accounts.Registration;

/// <summary>The outcome of a registration: the new unverified account, or the Chinese errors per form field.</summary>
public sealed record RegistrationResult(Guid? AccountId, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => AccountId is not null;

    public static RegistrationResult Failed(string field, string message) => new(null, new Dictionary<string, string> { [field] = message });
}
