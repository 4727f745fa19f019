namespace Zhengwu.Domain.Approvals.Cases;

/// <summary>The department lead's decision on a case part.</summary>
public enum CaseDecision
{
    Approved = 1,
    Denied = 2,
}
