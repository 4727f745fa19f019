using Microsoft.AspNetCore.Authorization;
using Zhengwu.Domain.Accounts;

namespace Zhengwu.Web.Accounts;

/// <summary>
/// Authorization policies of the back office. Each administrator area admits exactly one of the three
/// administrator roles, so none of them reaches another's pages.
/// </summary>
public static class StaffPolicies
{
    public const string SystemAdministrator = nameof(StaffRole.SystemAdministrator);
    public const string SecurityAdministrator = nameof(StaffRole.SecurityAdministrator);
    public const string AuditAdministrator = nameof(StaffRole.AuditAdministrator);

    /// <summary>Staff who draft or submit their own department's content.</summary>
    public const string DepartmentContent = "DepartmentContent";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(SystemAdministrator, policy => policy.RequireRole(SystemAdministrator));
        options.AddPolicy(SecurityAdministrator, policy => policy.RequireRole(SecurityAdministrator));
        options.AddPolicy(AuditAdministrator, policy => policy.RequireRole(AuditAdministrator));
        options.AddPolicy(DepartmentContent, policy => policy.RequireRole(
            nameof(StaffRole.ContentOfficer),
            nameof(StaffRole.DepartmentLead)));
    }
}
