using Zhengwu.Domain.Organization;

namespace Zhengwu.Domain.Accounts;

/// <summary>Names of staff roles and the rules that tie a role to the kind of office that may hold it.</summary>
public static class StaffRoles
{
    public static string ChineseName(this StaffRole role) => role switch
    {
        StaffRole.ContentOfficer => "内容专员",
        StaffRole.DepartmentLead => "分管领导",
        StaffRole.ReviewOfficeReviewer => "审改办审核员",
        StaffRole.LegalAffairsReviewer => "法制办审核员",
        StaffRole.FinanceBureau => "财政局",
        StaffRole.PovertyReliefOffice => "扶贫办",
        StaffRole.BigDataBureau => "大数据局",
        StaffRole.ServiceCenterAdministrator => "政务服务中心管理员",
        StaffRole.SystemAdministrator => "系统管理员",
        StaffRole.SecurityAdministrator => "安全管理员",
        StaffRole.AuditAdministrator => "审计管理员",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>
    /// The three administrators of MLPS level 3 (系统、安全、审计管理员). They manage the system and never edit
    /// content, and no account has two of these roles.
    /// </summary>
    public static bool IsAdministrator(this StaffRole role) =>
        role is StaffRole.SystemAdministrator or StaffRole.SecurityAdministrator or StaffRole.AuditAdministrator;

    /// <summary>Roles that draft or submit their own department's content.</summary>
    public static bool EditsDepartmentContent(this StaffRole role) =>
        role is StaffRole.ContentOfficer or StaffRole.DepartmentLead;

    /// <summary>
    /// Returns the office role a department must have for this staff role, or <see cref="OfficeRole.None"/> when
    /// any department may hold it (content officers and leads).
    /// </summary>
    public static OfficeRole RequiredOffice(this StaffRole role) => role switch
    {
        StaffRole.ReviewOfficeReviewer => OfficeRole.ReviewOffice,
        StaffRole.LegalAffairsReviewer => OfficeRole.LegalAffairsOffice,
        StaffRole.FinanceBureau => OfficeRole.FinanceBureau,
        StaffRole.PovertyReliefOffice => OfficeRole.PovertyReliefOffice,
        StaffRole.BigDataBureau => OfficeRole.BigDataBureau,
        StaffRole.ServiceCenterAdministrator or StaffRole.SystemAdministrator or StaffRole.SecurityAdministrator
            or StaffRole.AuditAdministrator => OfficeRole.ServiceCenter,
        _ => OfficeRole.None,
    };
}
