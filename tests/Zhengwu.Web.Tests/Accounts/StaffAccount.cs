namespace Zhengwu.Web.Tests.Accounts;

/// <summary>A staff account created for a test, with its password and Base32 authenticator key (empty when not enrolled).</summary>
public sealed record StaffAccount(Guid Id, string UserName, string Password, string AuthenticatorKey);
