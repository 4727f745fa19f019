namespace Zhengwu.Infrastructure.Accounts.Verification;

/// <summary>How long one-time codes live and how often they may be sent and tried.</summary>
public sealed class VerificationCodeOptions
{
    public const string SectionName = "Zhengwu:Verification";

    /// <summary>Minutes a code stays valid after it is sent.</summary>
    public int LifetimeMinutes { get; set; } = 10;

    /// <summary>Seconds before another code may be sent to the same address for the same purpose.</summary>
    public int ResendSeconds { get; set; } = 60;

    /// <summary>Codes sent to one address for one purpose within an hour, at most.</summary>
    public int MaxPerHour { get; set; } = 5;

    /// <summary>Wrong entries a code accepts before it is spent.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>The folder of the outbox file that the default sender appends to. Empty means outbox in the data folder.</summary>
    public string OutboxFolder { get; set; } = "";

    public bool IsValid() => LifetimeMinutes > 0 && ResendSeconds >= 0 && MaxPerHour > 0 && MaxFailedAttempts > 0;
}
