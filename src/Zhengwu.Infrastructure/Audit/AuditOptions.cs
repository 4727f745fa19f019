namespace Zhengwu.Infrastructure.Audit;

/// <summary>Settings of the audit log, from the configuration section "Zhengwu:Audit".</summary>
public sealed class AuditOptions
{
    public const string SectionName = "Zhengwu:Audit";

    /// <summary>
    /// The shortest retention allowed: article 21 of the Cybersecurity Law of the PRC requires network logs to be
    /// kept for no less than six months, and 186 days is longer than any six consecutive calendar months (at most 184
    /// days).
    /// </summary>
    public const int MinRetentionDays = 186;

    /// <summary>How many days a record is kept before <see cref="AuditLog.PurgeAsync"/> may remove it.</summary>
    public int RetentionDays { get; set; } = MinRetentionDays;
}
