namespace Zhengwu.Infrastructure.Accounts.Registration;

/// <summary>Who reads an applicant's decrypted personal data and why, as the audit log records it.</summary>
/// <param name="ReaderId">The reading account's id, or <see cref="SystemReader"/> for the portal itself.</param>
/// <param name="ReaderName">The reading account's user name, or "系统".</param>
/// <param name="Purpose">Why the data is read, in Chinese, shown to the auditor.</param>
/// <param name="ClientAddress">The client's IP address, or null for the portal's own work.</param>
public sealed record PersonalDataAccess(string ReaderId, string ReaderName, string Purpose, string? ClientAddress)
{
    public const string SystemReader = "system";
    public const string VisitorReader = "anonymous";

    /// <summary>Returns the access of the portal itself, such as sending a verification code.</summary>
    public static PersonalDataAccess System(string purpose) => new(SystemReader, "系统", purpose, null);

    /// <summary>Returns the access of a client that is not signed in, such as a registrant confirming a code.</summary>
    public static PersonalDataAccess Visitor(string purpose, string? clientAddress) => new(VisitorReader, "未登录访客", purpose, clientAddress);
}
