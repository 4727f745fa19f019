using Zhengwu.Domain.Accounts;

namespace Zhengwu.Infrastructure.Approvals;

/// <summary>The service center administrator who sets the departments of a joint item, as the audit log records them.</summary>
public sealed record JointItemEditor(Guid Id, string UserName, StaffRole Role, string? ClientAddress);
