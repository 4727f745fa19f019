using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Web.Tests.Staff.PowerList;

namespace Zhengwu.Web.Tests.Staff.Changes;

/// <summary>
/// A department merges (合并) two of its items. Publication creates the merged item under a new code and cancels
/// both old items, whose codes then lead to the new item on the public page and in the API.
/// </summary>
public abstract class LineageMergeTests(DraftPortalFixture portal)
{
    private const string MergedName = "食品生产经营许可";

    [Fact]
    public async Task Merge_replaces_both_items()
    {
        var firstCode = await portal.ItemCodeAsync("食品经营许可");
        var secondCode = await portal.ItemCodeAsync("食品生产许可");
        using var officer = await portal.SignInAsync("merge-officer", StaffRole.ContentOfficer);
        using var lead = await portal.SignInAsync("merge-lead", StaffRole.DepartmentLead);
        using var reviewer = await portal.SignInAsync("merge-reviewer", StaffRole.ReviewOfficeReviewer, LineageSteps.ReviewOffice);

        var draftId = await DraftPages.StartFromItemAsync(officer, firstCode);
        (await DraftPages.EditAsync(officer, draftId, ("Elements.Name", MergedName))).RequireRedirect($"/staff/drafts/{draftId}?saved=1");
        var opened = await LineageSteps.OpenAsync(officer, draftId, ChangeKind.Merge, ("MergedItemCodes", secondCode.ToLowerInvariant()));
        var requestId = LineageSteps.RequestIdOf(opened);
        await LineageSteps.PublishAsync(lead, reviewer, requestId);

        // The sample's 81 licensing items took 620100-XK-00001 to 00081, so the merged item gets the next number.
        const string mergedCode = "620100-XK-00082";
        var merged = await ItemAsync(mergedCode);
        var first = await ItemAsync(firstCode);
        var second = await ItemAsync(secondCode);
        Assert.Equal(MergedName, merged.Name);
        Assert.Equal(PowerItemStatus.InForce, merged.Status);
        Assert.Equal(first.DepartmentId, merged.DepartmentId);
        Assert.Equal(PowerItemStatus.Cancelled, first.Status);
        Assert.Equal(PowerItemStatus.Cancelled, second.Status);
        Assert.Equal("食品经营许可", first.Name);
        Assert.Equal(82, await LastSequenceAsync());

        var mergedVersions = await VersionsAsync(merged.Id);
        Assert.Equal([(1, ChangeKind.Merge)], mergedVersions.Select(version => (version.Number, version.Kind!.Value)));
        foreach (var old in new[] { first, second })
        {
            var versions = await VersionsAsync(old.Id);
            Assert.Equal([1, 2], versions.Select(version => version.Number));
            Assert.Equal(ChangeKind.Merge, versions[1].Kind);
            Assert.Equal([(merged.Id, requestId)], await SuccessorsAsync(old.Id));
        }

        using var client = portal.CreateClient();
        foreach (var oldCode in new[] { firstCode, secondCode })
        {
            // The retired code redirects for good to the merged item, which says where the visitor came from.
            var redirect = await officer.GetAsync($"/power-items/{oldCode}");
            Assert.Equal(HttpStatusCode.MovedPermanently, redirect.Status);
            Assert.Equal($"/power-items/{mergedCode}?from={oldCode}", redirect.Location);
            var landing = await officer.GetAsync(redirect.Location!);
            Assert.Equal(HttpStatusCode.OK, landing.Status);
            Assert.Contains($"您访问的事项编码 {oldCode}", landing.Document.QuerySelector(".redirect-notice")?.TextContent, StringComparison.Ordinal);
            Assert.Equal($"/power-items/{oldCode}?archived=true", landing.Document.QuerySelector(".redirect-notice a")?.GetAttribute("href"));

            // The retired item's own page stays readable on request.
            var page = await officer.GetAsync($"/power-items/{oldCode}?archived=true");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Equal($"/power-items/{mergedCode}", page.Document.QuerySelector(".successor-notice a")?.GetAttribute("href"));
            Assert.Contains("该事项已合并", page.Document.QuerySelector(".successor-notice")?.TextContent, StringComparison.Ordinal);

            using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/power-items/{oldCode}", TestContext.Current.CancellationToken));
            Assert.Equal("Cancelled", json.RootElement.GetProperty("status").GetString());
            Assert.Equal([mergedCode], json.RootElement.GetProperty("successors").EnumerateArray().Select(code => code.GetString()));
        }

        using var mergedJson = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/power-items/{mergedCode}", TestContext.Current.CancellationToken));
        Assert.Equal(0, mergedJson.RootElement.GetProperty("successors").GetArrayLength());
    }

    [Fact]
    public async Task Merge_rejects_invalid_codes()
    {
        using var officer = await portal.SignInAsync("reject-officer", StaffRole.ContentOfficer);
        var ownCode = await portal.ItemCodeAsync("特种设备使用登记");
        var suspendedCode = await portal.ItemCodeAsync("药品零售企业经营许可");
        await portal.UpdateItemAsync(suspendedCode, item => item.Status = PowerItemStatus.Suspended);
        var otherDepartmentCode = (await portal.ItemCodesAsync("兰州市发展和改革委员会"))[0];
        var draftId = await DraftPages.StartFromItemAsync(officer, ownCode);
        (string Codes, string Message)[] cases =
        [
            ("", "请填写要合并的其他事项编码，至少一个。"),
            ("620100-XK-1", "事项编码“620100-XK-1”格式不正确：应形如 620100-XK-00001。"),
            ("620100-XK-99999", "没有编码为 620100-XK-99999 的事项，请核对要合并的事项编码。"),
            (ownCode, $"事项 {ownCode} 就是本草稿修改的事项，请只填写要并入的其他事项。"),
            (otherDepartmentCode, $"事项 {otherDepartmentCode} 不属于本部门，只能合并本部门的事项。"),
            (suspendedCode, $"事项 {suspendedCode} 已暂停或取消，只能合并正在实施的事项。"),
        ];

        foreach (var (codes, message) in cases)
        {
            var opened = await LineageSteps.OpenAsync(officer, draftId, ChangeKind.Merge, ("MergedItemCodes", codes));

            Assert.Equal(HttpStatusCode.UnprocessableEntity, opened.Status);
            Assert.Equal([message], DraftPages.Problems(opened));
        }

        Assert.False(await portal.WithScopeAsync(services =>
            services.GetRequiredService<ZhengwuDbContext>().ChangeRequests.AnyAsync(request => request.DraftId == draftId)));
    }

    private Task<PowerItem> ItemAsync(string code) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().PowerItems.AsNoTracking().SingleAsync(item => item.Code == code));

    private Task<int> LastSequenceAsync() => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().ItemCodeCounters.AsNoTracking()
            .Where(counter => counter.RegionCode == "620100" && counter.Type == PowerType.Licensing)
            .Select(counter => counter.LastSequence)
            .SingleAsync());

    private Task<List<Domain.PowerList.Versions.PowerItemVersion>> VersionsAsync(int itemId) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().PowerItemVersions.AsNoTracking()
            .Where(version => version.PowerItemId == itemId)
            .OrderBy(version => version.Number)
            .ToListAsync());

    private async Task<List<(int SuccessorId, int RequestId)>> SuccessorsAsync(int itemId)
    {
        var rows = await portal.WithScopeAsync(services =>
            services.GetRequiredService<ZhengwuDbContext>().PowerItemSuccessions.AsNoTracking()
                .Where(succession => succession.PredecessorItemId == itemId)
                .Select(succession => new { succession.SuccessorItemId, succession.ChangeRequestId, succession.Kind })
                .ToListAsync());
        Assert.All(rows, row => Assert.Equal(ChangeKind.Merge, row.Kind));

        return [.. rows.Select(row => (row.SuccessorItemId, row.ChangeRequestId))];
    }
}

public sealed class SqliteLineageMergeTests(SqliteDraftPortalFixture portal)
    : LineageMergeTests(portal), IClassFixture<SqliteDraftPortalFixture>;

public sealed class PostgresLineageMergeTests(PostgresDraftPortalFixture portal)
    : LineageMergeTests(portal), IClassFixture<PostgresDraftPortalFixture>;
