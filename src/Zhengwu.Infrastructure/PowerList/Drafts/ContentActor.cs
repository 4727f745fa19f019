using Zhengwu.Domain.Accounts;

namespace Zhengwu.Infrastructure.PowerList.Drafts;

/// <summary>The signed-in staff member who reads or changes department content, as the audit log records them.</summary>
public sealed record ContentActor(Guid Id, string UserName, StaffScope Scope, string? ClientAddress);
