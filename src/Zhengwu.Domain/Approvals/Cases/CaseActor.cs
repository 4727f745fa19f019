using Zhengwu.Domain.Accounts;

namespace Zhengwu.Domain.Approvals.Cases;

/// <summary>The staff member taking a handling step: the account, the name and department the history shows, and the scope.</summary>
public sealed record CaseActor(Guid AccountId, string Name, string DepartmentName, StaffScope Scope);
