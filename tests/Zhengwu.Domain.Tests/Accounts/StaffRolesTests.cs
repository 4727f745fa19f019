using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Organization;

namespace Zhengwu.Domain.Tests.Accounts;

public class StaffRolesTests
{
    [Theory]
    [InlineData(StaffRole.ContentOfficer, false)]
    [InlineData(StaffRole.DepartmentLead, false)]
    [InlineData(StaffRole.ReviewOfficeReviewer, false)]
    [InlineData(StaffRole.LegalAffairsReviewer, false)]
    [InlineData(StaffRole.FinanceBureau, false)]
    [InlineData(StaffRole.PovertyReliefOffice, false)]
    [InlineData(StaffRole.BigDataBureau, false)]
    [InlineData(StaffRole.ServiceCenterAdministrator, false)]
    [InlineData(StaffRole.SystemAdministrator, true)]
    [InlineData(StaffRole.SecurityAdministrator, true)]
    [InlineData(StaffRole.AuditAdministrator, true)]
    public void IsAdministrator_only_for_three_administrators(StaffRole role, bool expected)
    {
        Assert.Equal(expected, role.IsAdministrator());
    }

    [Fact]
    public void Tables_cover_all_eleven_roles()
    {
        Assert.Equal(11, Enum.GetValues<StaffRole>().Length);
    }

    [Theory]
    [InlineData(StaffRole.ContentOfficer, OfficeRole.None)]
    [InlineData(StaffRole.DepartmentLead, OfficeRole.None)]
    [InlineData(StaffRole.ReviewOfficeReviewer, OfficeRole.ReviewOffice)]
    [InlineData(StaffRole.LegalAffairsReviewer, OfficeRole.LegalAffairsOffice)]
    [InlineData(StaffRole.FinanceBureau, OfficeRole.FinanceBureau)]
    [InlineData(StaffRole.PovertyReliefOffice, OfficeRole.PovertyReliefOffice)]
    [InlineData(StaffRole.BigDataBureau, OfficeRole.BigDataBureau)]
    [InlineData(StaffRole.ServiceCenterAdministrator, OfficeRole.ServiceCenter)]
    [InlineData(StaffRole.SystemAdministrator, OfficeRole.ServiceCenter)]
    [InlineData(StaffRole.SecurityAdministrator, OfficeRole.ServiceCenter)]
    [InlineData(StaffRole.AuditAdministrator, OfficeRole.ServiceCenter)]
    public void RequiredOffice_ties_role_to_office(StaffRole role, OfficeRole expected)
    {
        Assert.Equal(expected, role.RequiredOffice());
    }

    [Fact]
    public void Administrators_never_edit_content()
    {
        var both = Enum.GetValues<StaffRole>().Where(role => role.IsAdministrator() && role.EditsDepartmentContent());

        Assert.Empty(both);
    }
}
