using Zhengwu.Domain.Accounts;

namespace Zhengwu.Domain.Tests.Accounts;

/// <summary>
/// Which department's content each role reaches: content officers and leads their own department, review office and
/// legal affairs reviewers the items of their region, nobody else anything.
/// </summary>
public sealed class ContentAccessTests
{
    private const int OwnDepartment = 7;
    private const int OtherDepartment = 8;
    private const string OwnRegion = "620100";
    private const string OtherRegion = "620102";

    public static TheoryData<StaffRole, ContentAction, int, string, bool> Cases()
    {
        var data = new TheoryData<StaffRole, ContentAction, int, string, bool>();
        (int Department, string Region)[] targets = [(OwnDepartment, OwnRegion), (OtherDepartment, OwnRegion), (OtherDepartment, OtherRegion)];
        foreach (var role in Enum.GetValues<StaffRole>())
        {
            foreach (var action in Enum.GetValues<ContentAction>())
            {
                foreach (var (department, region) in targets)
                {
                    data.Add(role, action, department, region, Expected(role, action, department, region));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Access_follows_role_and_scope(StaffRole role, ContentAction action, int department, string region, bool expected)
    {
        var scope = new StaffScope(role, OwnDepartment, OwnRegion);

        Assert.Equal(expected, ContentAccess.Allows(scope, action, department, region));
    }

    [Fact]
    public void Same_department_id_in_other_region_is_refused()
    {
        var scope = new StaffScope(StaffRole.ContentOfficer, OwnDepartment, OwnRegion);

        Assert.False(ContentAccess.Allows(scope, ContentAction.EditDrafts, OwnDepartment, OtherRegion));
    }

    /// <summary>The rule as written for people: own department for content roles, own region for reviewers' reading.</summary>
    private static bool Expected(StaffRole role, ContentAction action, int department, string region)
    {
        var ownDepartment = department == OwnDepartment && region == OwnRegion;
        var ownRegion = region == OwnRegion;
        var reads = action is ContentAction.ViewItems or ContentAction.ExportItems;

        return role switch
        {
            StaffRole.ContentOfficer => ownDepartment,
            StaffRole.DepartmentLead => ownDepartment && action != ContentAction.EditDrafts,
            StaffRole.ReviewOfficeReviewer or StaffRole.LegalAffairsReviewer => ownRegion && reads,
            _ => false,
        };
    }
}
