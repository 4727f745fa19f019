namespace Zhengwu.Domain.Accounts;

/// <summary>Where a one-time verification code is sent.</summary>
public enum VerificationChannel
{
    Phone = 1,
    Email = 2,
}
