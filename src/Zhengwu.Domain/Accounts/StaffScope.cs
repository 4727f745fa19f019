namespace Zhengwu.Domain.Accounts;

/// <summary>A staff member's role with the department and region the account belongs to.</summary>
public sealed record StaffScope(StaffRole Role, int DepartmentId, string RegionCode);
