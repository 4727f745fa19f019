namespace Zhengwu.Domain.Organization;

/// <summary>The roles the portal's rules give to particular offices of a region.</summary>
public enum OfficeRole
{
    None = 0,
    ReviewOffice = 1,
    LegalAffairsOffice = 2,
    FinanceBureau = 3,
    PovertyReliefOffice = 4,
    BigDataBureau = 5,
    ServiceCenter = 6,
}
