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

    /// <summary>The service center administrator, who keeps the official working-day calendar.</summary>
    public const string ServiceCenterAdministrator = nameof(StaffRole.ServiceCenterAdministrator);

    /// <summary>Staff who draft or submit their own department's content.</summary>
    public const string DepartmentContent = "DepartmentContent";

    /// <summary>Staff who list and export items in the back office: their department's, or their region's.</summary>
    public const string ViewItems = nameof(ContentAction.ViewItems);

    /// <summary>Staff who read, preview and download their department's drafts.</summary>
    public const string ViewDrafts = nameof(ContentAction.ViewDrafts);

    /// <summary>Staff who create and edit their department's drafts.</summary>
    public const string EditDrafts = nameof(ContentAction.EditDrafts);

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(SystemAdministrator, policy => policy.RequireRole(SystemAdministrator));
        options.AddPolicy(SecurityAdministrator, policy => policy.RequireRole(SecurityAdministrator));
        options.AddPolicy(AuditAdministrator, policy => policy.RequireRole(AuditAdministrator));
        options.AddPolicy(ServiceCenterAdministrator, policy => policy.RequireRole(ServiceCenterAdministrator));
        options.AddPolicy(DepartmentContent, policy => policy.RequireRole(
            nameof(StaffRole.ContentOfficer),
            nameof(StaffRole.DepartmentLead)));
        AddContentPolicy(options, ContentAction.ViewItems);
        AddContentPolicy(options, ContentAction.ViewDrafts);
        AddContentPolicy(options, ContentAction.EditDrafts);
    }

    /// <summary>Admits the roles that <see cref="ContentAccess"/> allows to take <paramref name="action"/> on some department.</summary>
    private static void AddContentPolicy(AuthorizationOptions options, ContentAction action) =>
        options.AddPolicy(action.ToString(), policy => policy.RequireRole(
            Enum.GetValues<StaffRole>().Where(role => ContentAccess.AllowsAction(role, action)).Select(role => role.ToString())));
}
