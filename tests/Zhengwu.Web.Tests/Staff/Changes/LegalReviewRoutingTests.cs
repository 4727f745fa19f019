using System.Net;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Web.Tests.Staff.PowerList;

namespace Zhengwu.Web.Tests.Staff.Changes;

/// <summary>
/// An element change goes to the legal affairs office first when its legal basis differs from the published one,
/// and straight to the review office otherwise; whitespace around the basis is no change.
/// </summary>
public abstract class LegalReviewRoutingTests(DraftPortalFixture portal)
{
    private const string ReviewOffice = "兰州市行政审批制度改革工作领导小组办公室";
    private const string LegalOffice = "兰州市人民政府法制办公室";

    [Fact]
    public async Task Changed_basis_goes_to_legal_review()
    {
        using var officer = await portal.SignInAsync("basis-officer", StaffRole.ContentOfficer);
        using var lead = await portal.SignInAsync("basis-lead", StaffRole.DepartmentLead);
        using var legal = await portal.SignInAsync("basis-legal", StaffRole.LegalAffairsReviewer, LegalOffice);
        using var reviewer = await portal.SignInAsync("basis-reviewer", StaffRole.ReviewOfficeReviewer, ReviewOffice);
        var code = await portal.ItemCodeAsync("特种设备使用登记");
        var basis = (await portal.ReadItemAsync(code)).LegalBasisText + "；《特种设备使用管理规则》第三条";

        var id = await ChangePages.SubmitElementChangeAsync(
            officer, lead, code, ChangeReason.BasisChanged, ("Elements.LegalBasisText", basis));

        var page = await reviewer.GetAsync($"/staff/changes/{id}");
        Assert.Equal("法制办审查中", ChangePages.StatusOf(page));
        Assert.Empty(ChangePages.Actions(page));
        Assert.Equal([nameof(ChangeTrigger.ConfirmLegalBasis), nameof(ChangeTrigger.Return)], ChangePages.Actions(await legal.GetAsync($"/staff/changes/{id}")));

        var (early, earlyRecords) = await portal.AuditedAsync(() => ChangePages.FireAsync(reviewer, id, ChangeTrigger.Approve));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.Status);
        Assert.Equal("申请当前为“法制办审查中”，不能执行“审核通过”。", early.Error);
        Assert.Equal([(AuditActions.ContentChanged, AuditResult.Failed)], ChangeRecords.Outcomes(earlyRecords));

        var (confirmed, confirmRecords) = await portal.AuditedAsync(() => ChangePages.FireAsync(legal, id, ChangeTrigger.ConfirmLegalBasis));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.Status);
        Assert.Equal("审改办审核中", await ChangePages.StatusAsync(reviewer, id));
        Assert.Equal([AuditActions.ContentChanged], ChangeRecords.Actions(confirmRecords));

        var (published, publishRecords) = await portal.AuditedAsync(() => ChangePages.FireAsync(reviewer, id, ChangeTrigger.Approve));
        Assert.Equal(HttpStatusCode.Redirect, published.Status);
        Assert.Equal([AuditActions.ContentPublished], ChangeRecords.Actions(publishRecords));
        Assert.Equal(basis, (await portal.ReadItemAsync(code)).LegalBasisText);
    }

    [Fact]
    public async Task Unchanged_basis_skips_legal_review()
    {
        using var officer = await portal.SignInAsync("same-basis-officer", StaffRole.ContentOfficer);
        using var lead = await portal.SignInAsync("same-basis-lead", StaffRole.DepartmentLead);
        using var legal = await portal.SignInAsync("same-basis-legal", StaffRole.LegalAffairsReviewer, LegalOffice);
        using var reviewer = await portal.SignInAsync("same-basis-reviewer", StaffRole.ReviewOfficeReviewer, ReviewOffice);
        var code = await portal.ItemCodeAsync("特种设备安全管理和作业人员资格认定");
        var basis = (await portal.ReadItemAsync(code)).LegalBasisText;

        var id = await ChangePages.SubmitElementChangeAsync(
            officer,
            lead,
            code,
            ChangeReason.StaticInformationChanged,
            ("Elements.OfficeHours", "工作日 9:00-17:00"),
            ("Elements.LegalBasisText", $"\r\n  {basis}  \r\n"));

        Assert.Equal("审改办审核中", await ChangePages.StatusAsync(reviewer, id));
        Assert.False((await portal.ReadRequestAsync(id)).BasisChanged);
        Assert.Empty(ChangePages.Actions(await legal.GetAsync($"/staff/changes/{id}")));

        var (confirmed, confirmRecords) = await portal.AuditedAsync(() => ChangePages.FireAsync(legal, id, ChangeTrigger.ConfirmLegalBasis));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, confirmed.Status);
        Assert.Equal("申请当前为“审改办审核中”，不能执行“法制审查通过”。", confirmed.Error);
        Assert.Equal([(AuditActions.ContentChanged, AuditResult.Failed)], ChangeRecords.Outcomes(confirmRecords));

        var (published, publishRecords) = await portal.AuditedAsync(() => ChangePages.FireAsync(reviewer, id, ChangeTrigger.Approve));
        Assert.Equal(HttpStatusCode.Redirect, published.Status);
        Assert.Equal([AuditActions.ContentPublished], ChangeRecords.Actions(publishRecords));
        Assert.Equal("工作日 9:00-17:00", (await portal.ReadItemAsync(code)).OfficeHours);
        Assert.Equal(basis, (await portal.ReadItemAsync(code)).LegalBasisText);
    }
}

public sealed class SqliteLegalReviewRoutingTests(SqliteDraftPortalFixture portal)
    : LegalReviewRoutingTests(portal), IClassFixture<SqliteDraftPortalFixture>;

public sealed class PostgresLegalReviewRoutingTests(PostgresDraftPortalFixture portal)
    : LegalReviewRoutingTests(portal), IClassFixture<PostgresDraftPortalFixture>;
