namespace Zhengwu.Domain.Accounts;

/// <summary>The one role a staff account holds.</summary>
public enum StaffRole
{
    ContentOfficer = 1,
    DepartmentLead = 2,
    ReviewOfficeReviewer = 3,
    LegalAffairsReviewer = 4,
    FinanceBureau = 5,
    PovertyReliefOffice = 6,
    BigDataBureau = 7,
    ServiceCenterAdministrator = 8,
    SystemAdministrator = 9,
    SecurityAdministrator = 10,
    AuditAdministrator = 11,
}
