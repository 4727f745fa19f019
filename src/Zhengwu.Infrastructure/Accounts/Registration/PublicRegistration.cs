using Zhengwu.Domain.Accounts;

namespace Zhengwu.Infrastructure.Accounts.Registration;

/// <summary>What a person or company enters to register; every value is checked by <see cref="PublicAccounts"/>.</summary>
public sealed record PublicRegistration(
    AccountKind Kind,
    string? Name,
    string? IdentityNumber,
    VerificationChannel Channel,
    string? Contact,
    string? Password);
