using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Approvals.Cases;

namespace Zhengwu.Domain.Tests.Approvals.Cases;

/// <summary>Cases, staff and times for the handling tests. Times are written in China Standard Time.</summary>
internal static class Handling
{
    public const int Market = 3;
    public const int Legal = 2;
    public const int Review = 1;

    public static readonly Guid ApplicantId = Guid.Parse("00000000-0000-0000-0000-0000000000aa");

    public static CaseActor Officer(int departmentId = Market) => Staff(StaffRole.ContentOfficer, departmentId, "张办理");

    public static CaseActor Lead(int departmentId = Market) => Staff(StaffRole.DepartmentLead, departmentId, "李分管");

    public static DateTimeOffset China(int year, int month, int day, int hour = 10) =>
        new(year, month, day, hour, 0, 0, TimeSpan.FromHours(8));

    /// <summary>A case filed at <paramref name="receivedAt"/> for the market bureau, with two materials and a promised limit.</summary>
    public static ApplicationCase Filed(DateTimeOffset receivedAt, int? limitDays = 10, params int[] coHandling)
    {
        var filed = ApplicationCase.Submit(
            "620100-20260302-0001",
            7,
            "620100-XK-00001",
            "食品经营许可",
            ApplicantId,
            "key-1",
            [Material(0, "申请书"), Material(1, "营业执照")],
            receivedAt);
        var limit = limitDays is { } days ? new HandlingLimit(days, HandlingLimitSource.Promised) : null;
        filed.OpenParts(
        [
            new CasePartPlan(Market, "兰州市市场监督管理局", "食品经营许可科", true, limit),
            .. coHandling.Select(id => new CasePartPlan(id, "部门" + id, null, false, limit)),
        ]);

        return filed;
    }

    public static CaseMaterial Material(int index, string name) => new()
    {
        Id = Guid.NewGuid(),
        MaterialIndex = index,
        MaterialName = name,
        FileName = name + ".pdf",
        StoredName = Guid.NewGuid().ToString("N"),
        ContentType = "application/pdf",
        Length = 100,
        Sha256 = new string('0', 64),
    };

    public static CaseDocument Document(string name) => new()
    {
        Id = Guid.NewGuid(),
        FileName = name,
        StoredName = Guid.NewGuid().ToString("N"),
        ContentType = "application/pdf",
        Length = 100,
        Sha256 = new string('1', 64),
    };

    /// <summary>Fires the action and fails the test when it is rejected.</summary>
    public static void Take(this ApplicationCase @case, CaseAction action, CaseActor actor, DateTimeOffset at, int departmentId = Market)
    {
        var error = @case.Fire(departmentId, action, actor, at);
        Assert.True(error is null, error?.Message);
    }

    private static CaseActor Staff(StaffRole role, int departmentId, string name) =>
        new(Guid.NewGuid(), name, departmentId == Market ? "兰州市市场监督管理局" : "部门" + departmentId, new StaffScope(role, departmentId, "620100"));
}
