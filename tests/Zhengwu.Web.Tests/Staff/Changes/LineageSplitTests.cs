using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Web.Tests.Staff.PowerList;

namespace Zhengwu.Web.Tests.Staff.Changes;

/// <summary>
/// A department splits (分设) one of its items in two. Publication creates two items under new codes and cancels
/// the old one, whose page and API then name both successors, while each new item's history links back to it.
/// </summary>
public abstract class LineageSplitTests(DraftPortalFixture portal)
{
    private const string OldName = "食品经营许可";
    private const string SalesName = "食品经营许可（食品销售）";
    private const string CateringName = "食品经营许可（餐饮服务）";

    [Fact]
    public async Task Split_creates_two_new_items()
    {
        var oldCode = await portal.ItemCodeAsync(OldName);

        // The sample's 81 licensing items have the codes 620100-XK-00001 to 00081. The last one is retired here, so
        // a counter that reused the highest stored code, or a retired one, would issue 00081 again.
        await portal.UpdateItemAsync("620100-XK-00081", item => item.Status = PowerItemStatus.Cancelled);
        var codesBefore = await CodesAsync();
        using var officer = await portal.SignInAsync("split-officer", StaffRole.ContentOfficer);
        using var lead = await portal.SignInAsync("split-lead", StaffRole.DepartmentLead);
        using var reviewer = await portal.SignInAsync("split-reviewer", StaffRole.ReviewOfficeReviewer, LineageSteps.ReviewOffice);
        var draftId = await DraftPages.StartFromItemAsync(officer, oldCode);

        var opened = await SplitSteps.OpenAsync(
            officer,
            draftId,
            2,
            ("SplitParts[0].Name", SalesName),
            ("SplitParts[0].PromisedTimeLimitText", "15个工作日"),
            ("SplitParts[1].Name", CateringName),
            ("SplitParts[1].PromisedTimeLimitText", "10个工作日"),
            ("SplitParts[1].HandlingDivision", "餐饮服务食品安全监督管理处"));
        var requestId = LineageSteps.RequestIdOf(opened);
        var requestPage = await officer.GetAsync($"/staff/changes/{requestId}");
        Assert.Equal([SalesName, CateringName], requestPage.Document.QuerySelectorAll(".split-parts .split-part-name").Select(name => name.TextContent));
        Assert.Equal(
            ["事项名称", "承办处室", "承诺办结时限"],
            requestPage.Document.QuerySelectorAll(".split-parts li")[1].QuerySelectorAll("tr[data-label]")
                .Select(row => row.GetAttribute("data-label")));
        await LineageSteps.PublishAsync(lead, reviewer, requestId);

        const string salesCode = "620100-XK-00082";
        const string cateringCode = "620100-XK-00083";
        Assert.DoesNotContain(salesCode, codesBefore);
        Assert.DoesNotContain(cateringCode, codesBefore);
        Assert.Equal(83, await LastSequenceAsync());
        var old = await ItemAsync(oldCode);
        var sales = await ItemAsync(salesCode);
        var catering = await ItemAsync(cateringCode);
        Assert.Equal(PowerItemStatus.Cancelled, old.Status);
        Assert.Equal(OldName, old.Name);
        Assert.Equal((SalesName, PowerItemStatus.InForce, old.DepartmentId), (sales.Name, sales.Status, sales.DepartmentId));
        Assert.Equal((CateringName, PowerItemStatus.InForce, old.DepartmentId), (catering.Name, catering.Status, catering.DepartmentId));
        Assert.Equal("15个工作日", sales.PromisedTimeLimit?.Text);
        Assert.Equal(15, sales.PromisedTimeLimit?.Amount);
        Assert.Equal("10个工作日", catering.PromisedTimeLimit?.Text);
        Assert.Equal(10, catering.PromisedTimeLimit?.Amount);
        Assert.Equal("餐饮服务食品安全监督管理处", catering.HandlingDivision);
        Assert.Equal(old.HandlingDivision, sales.HandlingDivision);
        Assert.Equal(old.LegalBasisText, sales.LegalBasisText);
        Assert.Equal(old.LegalBasisText, catering.LegalBasisText);
        Assert.Null(sales.SourceItemId);

        var oldVersions = await VersionsAsync(old.Id);
        Assert.Equal([1, 2], oldVersions.Select(version => version.Number));
        Assert.Equal(ChangeKind.Split, oldVersions[1].Kind);
        Assert.Equal(requestId, oldVersions[1].ChangeRequestId);
        foreach (var part in new[] { sales, catering })
        {
            var versions = await VersionsAsync(part.Id);
            Assert.Equal([(1, ChangeKind.Split)], versions.Select(version => (version.Number, version.Kind!.Value)));
        }

        Assert.Equal([(sales.Id, requestId), (catering.Id, requestId)], await SuccessorsAsync(old.Id));

        var oldPage = await officer.GetAsync($"/power-items/{oldCode}");
        Assert.Equal(HttpStatusCode.OK, oldPage.Status);
        Assert.Contains("该事项已分设为以下 2 个事项", oldPage.Document.QuerySelector(".successor-notice")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            [$"/power-items/{salesCode}", $"/power-items/{cateringCode}"],
            oldPage.Document.QuerySelectorAll(".successor-notice a").Select(link => link.GetAttribute("href")));
        Assert.Equal($"/power-items/{oldCode}/history", oldPage.Document.QuerySelector(".history-link a")?.GetAttribute("href"));

        using var client = portal.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/power-items/{oldCode}", TestContext.Current.CancellationToken));
        Assert.Equal("Cancelled", json.RootElement.GetProperty("status").GetString());
        Assert.Equal([salesCode, cateringCode], json.RootElement.GetProperty("successors").EnumerateArray().Select(code => code.GetString()));

        foreach (var partCode in new[] { salesCode, cateringCode })
        {
            var history = await officer.GetAsync($"/power-items/{partCode}/history");
            Assert.Equal(HttpStatusCode.OK, history.Status);
            Assert.Contains("本事项由以下事项分设而来", history.Document.QuerySelector(".predecessor-items")?.TextContent, StringComparison.Ordinal);
            Assert.Equal($"/power-items/{oldCode}?archived=true", history.Document.QuerySelector(".predecessor-items a")?.GetAttribute("href"));

            var partPage = await officer.GetAsync($"/power-items/{partCode}");
            Assert.Equal($"/power-items/{oldCode}?archived=true", partPage.Document.QuerySelector(".predecessor-items a")?.GetAttribute("href"));
            Assert.Null(partPage.Document.QuerySelector(".successor-notice"));
        }
    }

    [Fact]
    public async Task Split_without_decision_is_not_published()
    {
        var code = await portal.ItemCodeAsync("特种设备使用登记");
        using var officer = await portal.SignInAsync("undecided-officer", StaffRole.ContentOfficer);
        using var lead = await portal.SignInAsync("undecided-lead", StaffRole.DepartmentLead);
        using var reviewer = await portal.SignInAsync("undecided-reviewer", StaffRole.ReviewOfficeReviewer, LineageSteps.ReviewOffice);
        var draftId = await DraftPages.StartFromItemAsync(officer, code);
        var requestId = LineageSteps.RequestIdOf(await SplitSteps.OpenAsync(
            officer,
            draftId,
            2,
            ("SplitParts[0].Name", "锅炉使用登记"),
            ("SplitParts[1].Name", "压力容器使用登记")));
        Assert.Equal(HttpStatusCode.Redirect, (await LineageSteps.FireAsync(lead, requestId, ChangeTrigger.Submit)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await LineageSteps.FireAsync(reviewer, requestId, ChangeTrigger.Approve)).Status);
        var itemsBefore = await CountAsync(db => db.PowerItems.CountAsync());
        var sequenceBefore = await LastSequenceAsync();

        var final = await LineageSteps.FireAsync(reviewer, requestId, ChangeTrigger.FinalApprove);
        var undocumented = await LineageSteps.FireAsync(
            reviewer,
            requestId,
            ChangeTrigger.RecordGovernmentDecision,
            ("Meeting", "市政府第12次常务会议"),
            ("DecisionDate", "2020-03-02"),
            ("DocumentNumber", " "));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, final.Status);
        Assert.Equal("申请当前为“待政府审定”，不能执行“终审发布”。", final.Error);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, undocumented.Status);
        Assert.Equal("请填写政府审定的文号。", undocumented.Error);
        Assert.Equal("待政府审定", undocumented.Document.QuerySelector(".change-status")?.TextContent);
        Assert.Equal(itemsBefore, await CountAsync(db => db.PowerItems.CountAsync()));
        Assert.Equal(sequenceBefore, await LastSequenceAsync());
        Assert.Equal(0, await CountAsync(db => db.PowerItemVersions.CountAsync(version => version.ChangeRequestId == requestId)));
        Assert.Equal(0, await CountAsync(db => db.PowerItemSuccessions.CountAsync(succession => succession.ChangeRequestId == requestId)));
        Assert.Equal(PowerItemStatus.InForce, (await ItemAsync(code)).Status);
        var records = await RequestRecordsAsync(requestId, "undecided-reviewer");
        Assert.Equal(
            [
                (AuditActions.ContentChanged, AuditResult.Succeeded),
                (AuditActions.ContentChanged, AuditResult.Failed),
                (AuditActions.ContentChanged, AuditResult.Failed),
            ],
            records.Select(record => (record.Action, record.Result)));
        Assert.Equal(["StepNotAllowed", "DecisionIncomplete"], records.Skip(1).Select(record => record.Detail));
    }

    [Fact]
    public async Task Split_rejects_bad_parts()
    {
        using var officer = await portal.SignInAsync("parts-officer", StaffRole.ContentOfficer);
        var draftId = await DraftPages.StartFromItemAsync(officer, await portal.ItemCodeAsync("第三类医疗器械经营许可"));
        var page = await officer.GetAsync($"/staff/drafts/{draftId}?parts=3");
        Assert.Equal(
            ["ElementChange", "Suspend", "Cancel", "Merge", "Split", "Delegate"],
            page.Document.QuerySelectorAll("#kind option").Select(option => option.GetAttribute("value")));
        Assert.Equal(
            ["SplitParts[0].Name", "SplitParts[1].Name", "SplitParts[2].Name"],
            SplitSteps.PartNameFields(page.Document.QuerySelector("form.request-form")!));
        (int Parts, (string Name, string Value)[] Fields, string Message)[] cases =
        [
            (2, [("SplitParts[0].Name", "甲")], "第 2 个分设事项：事项名称不能为空，请填写事项名称。"),
            (2, [("SplitParts[0].Name", "甲"), ("SplitParts[1].Name", " 甲 ")], "分设后的事项名称“甲”重复，请为每个新事项填写不同的名称。"),
            (
                2,
                [("SplitParts[0].Name", "甲"), ("SplitParts[0].PromisedTimeLimitText", "尽快办理"), ("SplitParts[1].Name", "乙")],
                "第 1 个分设事项：无法识别承诺办结时限“尽快办理”：请写成“自受理之日起20日内”“20个工作日”或“3个月”。"
            ),
        ];

        foreach (var (parts, fields, message) in cases)
        {
            var opened = await SplitSteps.OpenAsync(officer, draftId, parts, fields);

            Assert.Equal(HttpStatusCode.UnprocessableEntity, opened.Status);
            Assert.Equal([message], DraftPages.Problems(opened));
        }

        // A crafted request with a single part, which the form never offers.
        var single = await officer.SubmitAsync(
            $"/staff/drafts/{draftId}?handler=OpenRequest",
            ("Kind", nameof(ChangeKind.Split)),
            ("Reason", nameof(ChangeReason.MergeOrSplitNeeded)),
            ("SplitParts[0].Name", "甲"),
            ("SplitParts[0].Type", nameof(PowerType.Licensing)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, single.Status);
        Assert.Equal(["分设须拆分为 2 至 10 个新事项，现填写了 1 个，请调整分设后的事项数。"], DraftPages.Problems(single));
        Assert.False(await portal.WithScopeAsync(services =>
            services.GetRequiredService<ZhengwuDbContext>().ChangeRequests.AnyAsync(request => request.DraftId == draftId)));
    }

    private Task<PowerItem> ItemAsync(string code) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().PowerItems.AsNoTracking().SingleAsync(item => item.Code == code));

    private Task<List<string>> CodesAsync() => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().PowerItems.AsNoTracking().Select(item => item.Code).ToListAsync());

    private Task<int> LastSequenceAsync() => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().ItemCodeCounters.AsNoTracking()
            .Where(counter => counter.RegionCode == "620100" && counter.Type == PowerType.Licensing)
            .Select(counter => counter.LastSequence)
            .SingleAsync());

    private Task<int> CountAsync(Func<ZhengwuDbContext, Task<int>> count) =>
        portal.WithScopeAsync(services => count(services.GetRequiredService<ZhengwuDbContext>()));

    private Task<List<Domain.PowerList.Versions.PowerItemVersion>> VersionsAsync(int itemId) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().PowerItemVersions.AsNoTracking()
            .Where(version => version.PowerItemId == itemId)
            .OrderBy(version => version.Number)
            .ToListAsync());

    private Task<List<AuditRecord>> RequestRecordsAsync(int requestId, string accountName) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().AuditRecords.AsNoTracking()
            .Where(record => record.ObjectType == "change-request" && record.ObjectId == requestId.ToString(System.Globalization.CultureInfo.InvariantCulture)
                && record.AccountName == accountName)
            .OrderBy(record => record.Id)
            .ToListAsync());

    private async Task<List<(int SuccessorId, int RequestId)>> SuccessorsAsync(int itemId)
    {
        var rows = await portal.WithScopeAsync(services =>
            services.GetRequiredService<ZhengwuDbContext>().PowerItemSuccessions.AsNoTracking()
                .Where(succession => succession.PredecessorItemId == itemId)
                .Select(succession => new { succession.SuccessorItemId, succession.ChangeRequestId, succession.Kind })
                .ToListAsync());
        Assert.All(rows, row => Assert.Equal(ChangeKind.Split, row.Kind));

        return [.. rows.OrderBy(row => row.SuccessorItemId).Select(row => (row.SuccessorItemId, row.ChangeRequestId))];
    }
}

public sealed class SqliteLineageSplitTests(SqliteDraftPortalFixture portal)
    : LineageSplitTests(portal), IClassFixture<SqliteDraftPortalFixture>;

public sealed class PostgresLineageSplitTests(PostgresDraftPortalFixture portal)
    : LineageSplitTests(portal), IClassFixture<PostgresDraftPortalFixture>;
