namespace Zhengwu.Domain.Accounts;

/// <summary>
/// Which department's content a staff role reaches. Content officers and department leads reach their own
/// department only; review office and legal affairs reviewers read the items of their own region. Drafts stay
/// inside the department until they are submitted. The administrators and the other offices reach no
/// department content through these actions.
/// </summary>
public static class ContentAccess
{
    /// <summary>Returns whether the role may take <paramref name="action"/> at all, on some department.</summary>
    public static bool AllowsAction(StaffRole role, ContentAction action) => action switch
    {
        ContentAction.ViewItems or ContentAction.ExportItems => role is StaffRole.ContentOfficer
            or StaffRole.DepartmentLead or StaffRole.ReviewOfficeReviewer or StaffRole.LegalAffairsReviewer,
        ContentAction.ViewDrafts => role is StaffRole.ContentOfficer or StaffRole.DepartmentLead,
        ContentAction.EditDrafts => role is StaffRole.ContentOfficer,
        _ => false,
    };

    /// <summary>Returns whether the staff member may take <paramref name="action"/> on the given department's content.</summary>
    public static bool Allows(StaffScope scope, ContentAction action, int departmentId, string regionCode)
    {
        if (!AllowsAction(scope.Role, action))
        {
            return false;
        }

        return scope.Role switch
        {
            StaffRole.ReviewOfficeReviewer or StaffRole.LegalAffairsReviewer => regionCode == scope.RegionCode,
            _ => departmentId == scope.DepartmentId && regionCode == scope.RegionCode,
        };
    }
}
