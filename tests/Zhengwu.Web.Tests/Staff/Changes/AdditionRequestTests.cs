using System.Globalization;
using System.Net;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Web.Tests.Accounts;
using Zhengwu.Web.Tests.Staff.PowerList;

namespace Zhengwu.Web.Tests.Staff.Changes;

/// <summary>
/// A new item goes from a content officer's draft through the lead's submission, the legal affairs office and the
/// review office to the government's decision; its legal basis is new, so legal review comes first. The final review
/// then gives the item the next code of its region and type and publishes version 1.
/// </summary>
public abstract class AdditionRequestTests(DraftPortalFixture portal)
{
    private const string ReviewOffice = "兰州市行政审批制度改革工作领导小组办公室";
    private const string LegalOffice = "兰州市人民政府法制办公室";
    private const string NewItemName = "食品小作坊登记";
    private const string Meeting = "市政府第12次常务会议";
    private const string DocumentNumber = "兰政发〔2025〕12号";

    [Fact]
    public async Task Addition_is_published_with_next_code()
    {
        using var officer = await portal.SignInAsync("add-officer", StaffRole.ContentOfficer);
        using var lead = await portal.SignInAsync("add-lead", StaffRole.DepartmentLead);
        using var legal = await portal.SignInAsync("add-legal", StaffRole.LegalAffairsReviewer, LegalOffice);
        using var reviewer = await portal.SignInAsync("add-reviewer", StaffRole.ReviewOfficeReviewer, ReviewOffice);
        var expectedCode = await NextLicensingCodeAsync();

        var draftId = await DraftPages.StartNewAsync(officer, NewItemName, nameof(PowerType.Licensing));
        var saved = await DraftPages.EditAsync(
            officer,
            draftId,
            ("Elements.AgencyText", "兰州市市场监督管理局（法定）"),
            ("Elements.LegalBasisText", "《甘肃省食品小作坊小经营店小摊点管理条例》第十条"),
            ("Elements.StatutoryTimeLimitText", "自受理之日起20日内作出决定"),
            ("Elements.PromisedTimeLimitText", "10个工作日"),
            ("Elements.FeeText", "不收费"),
            ("Elements.MaterialsText", "登记申请书\r\n营业执照"),
            ("Elements.ProcedureText", "申请\r\n受理\r\n审查\r\n决定"));
        saved.RequireRedirect($"/staff/drafts/{draftId}?saved=1");

        var (opened, openRecords) = await portal.AuditedAsync(() => ChangePages.OpenRequestAsync(
            officer, draftId, ChangeKind.Add, ChangeReason.LawEnactedOrRevised, "省条例新设小作坊登记"));
        var id = ChangePages.RequestIdOf(opened);
        Assert.Equal([AuditActions.ContentChanged], ChangeRecords.Actions(openRecords));

        var (submitted, submitRecords) = await portal.AuditedAsync(() => ChangePages.FireAsync(lead, id, ChangeTrigger.Submit));
        Assert.Equal(HttpStatusCode.Redirect, submitted.Status);
        Assert.Equal("法制办审查中", await ChangePages.StatusAsync(lead, id));
        Assert.Equal([AuditActions.ContentChanged], ChangeRecords.Actions(submitRecords));

        var (confirmed, confirmRecords) = await portal.AuditedAsync(() => ChangePages.FireAsync(legal, id, ChangeTrigger.ConfirmLegalBasis));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.Status);
        Assert.Equal("审改办审核中", await ChangePages.StatusAsync(lead, id));
        Assert.Equal([AuditActions.ContentChanged], ChangeRecords.Actions(confirmRecords));

        var (approved, approveRecords) = await portal.AuditedAsync(() => ChangePages.FireAsync(reviewer, id, ChangeTrigger.Approve));
        Assert.Equal(HttpStatusCode.Redirect, approved.Status);
        Assert.Equal("待政府审定", await ChangePages.StatusAsync(lead, id));
        Assert.Equal([AuditActions.ContentChanged], ChangeRecords.Actions(approveRecords));

        var today = DateOnly.FromDateTime(portal.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var (unnumbered, unnumberedRecords) = await portal.AuditedAsync(() => RecordDecisionAsync(reviewer, id, today, "  "));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unnumbered.Status);
        Assert.Equal("请填写政府审定的文号。", unnumbered.Error);
        Assert.Equal([(AuditActions.ContentChanged, AuditResult.Failed)], ChangeRecords.Outcomes(unnumberedRecords));

        var tomorrow = today.AddDays(1);
        var (future, futureRecords) = await portal.AuditedAsync(() => RecordDecisionAsync(reviewer, id, tomorrow, DocumentNumber));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, future.Status);
        Assert.Equal($"政府审定日期 {Iso(tomorrow)} 晚于今天，请填写会议实际审定的日期。", future.Error);
        Assert.Equal([(AuditActions.ContentChanged, AuditResult.Failed)], ChangeRecords.Outcomes(futureRecords));
        Assert.Equal("待政府审定", await ChangePages.StatusAsync(lead, id));

        // The meeting may have been held today, the last date that is not in the future.
        var (decided, decidedRecords) = await portal.AuditedAsync(() => RecordDecisionAsync(reviewer, id, today, $" {DocumentNumber} "));
        Assert.Equal(HttpStatusCode.Redirect, decided.Status);
        Assert.Equal("审改办终审中", await ChangePages.StatusAsync(lead, id));
        Assert.Equal([AuditActions.ContentChanged], ChangeRecords.Actions(decidedRecords));

        var (published, publishRecords) = await portal.AuditedAsync(() => ChangePages.FireAsync(reviewer, id, ChangeTrigger.FinalApprove));
        Assert.Equal(HttpStatusCode.Redirect, published.Status);
        Assert.Equal("已发布", await ChangePages.StatusAsync(lead, id));
        Assert.Equal([AuditActions.ContentPublished], ChangeRecords.Actions(publishRecords));

        var request = await portal.ReadRequestAsync(id);
        Assert.Equal(new GovernmentDecision(Meeting, today, DocumentNumber), request.GovernmentDecision);
        var item = await portal.ReadItemAsync(expectedCode);
        Assert.Equal(item.Id, request.PowerItemId);
        Assert.Equal(NewItemName, item.Name);
        Assert.Equal(PowerItemStatus.InForce, item.Status);
        Assert.Null(await portal.ReadDraftAsync(draftId));

        var version = Assert.Single(await portal.ReadVersionsAsync(expectedCode));
        Assert.Equal(1, version.Number);
        Assert.Equal(id, version.ChangeRequestId);
        Assert.True(version.IsIntact());

        var history = await officer.GetAsync($"/power-items/{expectedCode}/history");
        Assert.Equal(HttpStatusCode.OK, history.Status);
        var row = Assert.Single(history.Document.QuerySelectorAll("table.versions tbody tr"));
        Assert.Equal("1", row.GetAttribute("data-version"));
        Assert.Contains("增加", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(ReviewOffice, row.TextContent, StringComparison.Ordinal);
        Assert.Contains($"{Meeting}（{Iso(today)}，{DocumentNumber}）", row.TextContent, StringComparison.Ordinal);

        var page = await officer.GetAsync($"/power-items/{expectedCode}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(NewItemName, page.Document.QuerySelector("article.item h1")?.TextContent);

        Assert.Equal(
            [AuditActions.ContentChanged, AuditActions.ContentChanged, AuditActions.ContentChanged, AuditActions.ContentChanged,
                AuditActions.ContentChanged, AuditActions.ContentChanged, AuditActions.ContentChanged, AuditActions.ContentPublished],
            await portal.RequestActionsAsync(id));
    }

    /// <summary>
    /// Returns the code the next licensing item of Lanzhou should get: one past the highest sequence number of the
    /// region's licensing items, whatever their status or disclosure.
    /// </summary>
    private async Task<string> NextLicensingCodeAsync()
    {
        var codes = await portal.ItemCodesOfAsync("620100", PowerType.Licensing);
        var highest = codes.Max(code => int.Parse(code[^5..], CultureInfo.InvariantCulture));

        return string.Create(CultureInfo.InvariantCulture, $"620100-XK-{highest + 1:D5}");
    }

    private static Task<BrowserResponse> RecordDecisionAsync(StaffBrowser reviewer, int id, DateOnly date, string documentNumber) =>
        ChangePages.FireAsync(
            reviewer,
            id,
            ChangeTrigger.RecordGovernmentDecision,
            ("Meeting", Meeting),
            ("DecisionDate", Iso(date)),
            ("DocumentNumber", documentNumber));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public sealed class SqliteAdditionRequestTests(SqliteDraftPortalFixture portal)
    : AdditionRequestTests(portal), IClassFixture<SqliteDraftPortalFixture>;

public sealed class PostgresAdditionRequestTests(PostgresDraftPortalFixture portal)
    : AdditionRequestTests(portal), IClassFixture<PostgresDraftPortalFixture>;
