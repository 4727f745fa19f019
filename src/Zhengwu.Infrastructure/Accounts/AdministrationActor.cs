using Zhengwu.Domain.Accounts;

namespace Zhengwu.Infrastructure.Accounts;

/// <summary>The signed-in administrator who performs an account action, as the audit log records them.</summary>
public sealed record AdministrationActor(Guid Id, string UserName, StaffRole? Role, string? ClientAddress);
