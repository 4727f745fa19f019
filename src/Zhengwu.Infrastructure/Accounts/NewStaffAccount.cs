namespace Zhengwu.Infrastructure.Accounts;

/// <summary>The fields of the create-account form. A new account never carries a role.</summary>
public sealed record NewStaffAccount(string? UserName, string? DisplayName, int? DepartmentId);
