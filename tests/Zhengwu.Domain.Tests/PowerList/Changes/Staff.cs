using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.PowerList.Changes;

namespace Zhengwu.Domain.Tests.PowerList.Changes;

/// <summary>Departments, regions and accounts of the staff who act on the test requests.</summary>
internal static class Staff
{
    /// <summary>The department that files every test request.</summary>
    public const int DepartmentId = 12;

    public const int OtherDepartmentId = 13;
    public const int OtherRegionDepartmentId = 40;
    public const int ReviewOfficeId = 3;
    public const int LegalAffairsOfficeId = 4;

    /// <summary>Lanzhou, where every test request is filed.</summary>
    public const string RegionCode = "620100";

    /// <summary>Chengguan district of Lanzhou, a county-level region with its own review office.</summary>
    public const string OtherRegionCode = "620102";

    public static readonly WorkflowActor Officer = Walker(StaffRole.ContentOfficer, "王芳", DepartmentId);

    public static readonly WorkflowActor Lead = Walker(StaffRole.DepartmentLead, "李强", DepartmentId);

    public static readonly WorkflowActor LegalReviewer =
        Walker(StaffRole.LegalAffairsReviewer, "刘洋", LegalAffairsOfficeId);

    public static readonly WorkflowActor OfficeReviewer =
        Walker(StaffRole.ReviewOfficeReviewer, "张敏", ReviewOfficeId);

    /// <summary>Returns the account that walks requests along their paths in <paramref name="role"/>.</summary>
    public static WorkflowActor WalkerFor(StaffRole role) => role switch
    {
        StaffRole.ContentOfficer => Officer,
        StaffRole.DepartmentLead => Lead,
        StaffRole.LegalAffairsReviewer => LegalReviewer,
        StaffRole.ReviewOfficeReviewer => OfficeReviewer,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "No workflow step is taken in this role."),
    };

    /// <summary>
    /// Returns an account of <paramref name="role"/> placed by <paramref name="scope"/>. It never appears in the
    /// history of a request that <see cref="RequestPaths"/> walked.
    /// </summary>
    public static WorkflowActor Stranger(StaffRole role, ScopeCase scope)
    {
        var (departmentId, regionCode) = scope switch
        {
            ScopeCase.SameDepartment => (DepartmentId, RegionCode),
            ScopeCase.OtherDepartment => (OtherDepartmentId, RegionCode),
            ScopeCase.OtherRegion => (OtherRegionDepartmentId, OtherRegionCode),
            _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
        };
        var accountId = Guid.Parse($"00000000-0000-0000-0002-{(int)role:D6}{(int)scope:D6}");

        return new WorkflowActor(accountId, $"{role} {scope}", new StaffScope(role, departmentId, regionCode));
    }

    private static WorkflowActor Walker(StaffRole role, string name, int departmentId)
    {
        var accountId = Guid.Parse($"00000000-0000-0000-0001-{(int)role:D12}");

        return new WorkflowActor(accountId, name, new StaffScope(role, departmentId, RegionCode));
    }
}
