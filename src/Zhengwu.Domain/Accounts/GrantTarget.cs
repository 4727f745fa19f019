using Zhengwu.Domain.Organization;

namespace Zhengwu.Domain.Accounts;

/// <summary>The account a role is requested for, as it is when the request is made or decided.</summary>
/// <param name="AccountId">The account's id.</param>
/// <param name="UserName">The account's user name, which error messages show.</param>
/// <param name="CurrentRole">The role the account has now; null for a new account.</param>
/// <param name="DepartmentName">The full name of the account's department.</param>
/// <param name="DepartmentOffice">The office role of the account's department.</param>
public sealed record GrantTarget(
    Guid AccountId,
    string UserName,
    StaffRole? CurrentRole,
    string DepartmentName,
    OfficeRole DepartmentOffice);
