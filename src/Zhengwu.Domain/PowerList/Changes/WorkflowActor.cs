using Zhengwu.Domain.Accounts;

namespace Zhengwu.Domain.PowerList.Changes;

/// <summary>The staff member taking a workflow step: the account, its name as the history shows it, and its scope.</summary>
public sealed record WorkflowActor(Guid AccountId, string Name, StaffScope Scope);
