namespace Zhengwu.Domain.Audit;

/// <summary>The outcome of an audited action.</summary>
public enum AuditResult
{
    Succeeded = 1,
    Failed = 2,

    /// <summary>Access control rejected the action.</summary>
    Denied = 3,
}
