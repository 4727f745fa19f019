namespace Zhengwu.Infrastructure.Accounts.Registration;

/// <summary>The checked values of a registration: trimmed name, upper-case ID number or credit code, normalised contact.</summary>
public sealed record NormalizedRegistration(string Name, string IdentityNumber, string Contact);
