using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Infrastructure.PowerList;
using Zhengwu.Infrastructure.PowerList.Import;
using Zhengwu.Infrastructure.PowerList.Search;
using Zhengwu.Web.Caching;

namespace Zhengwu.Web.Tests.PowerList;

/// <summary>
/// The node's search index after content changes. The fixture's node keeps serving its index while the content
/// version moved on, so the tests rebuild it by calling <see cref="PowerItemSearchIndexHolder.RefreshAsync"/>
/// instead of waiting for the version check. The sample set has one item named 户口迁移登记 and one named
/// 社会保险登记, one named 固定资产投资项目节能审查, and none whose text contains 信鸽.
/// </summary>
public abstract class SearchIndexRefreshTests(SearchIndexPortalFixture portal)
{
    [Fact]
    public async Task Published_item_found_after_refresh()
    {
        await RefreshAsync();
        var code = await ImportAsync("兰州市市场监督管理局,信鸽竞翔活动备案,其他行政权力");

        await RefreshAsync();
        var fresh = await SearchAsync("信鸽", pageSize: 98);

        Assert.Equal(1, fresh.Root.GetProperty("total").GetInt32());
        Assert.Equal([code], fresh.ItemCodes());
        Assert.Equal([code], await IndexedCodesAsync("信鸽"));
    }

    [Fact]
    public async Task Classified_item_never_shown()
    {
        await RefreshAsync();
        var before = await SearchAsync("户口迁移", pageSize: 100);
        var code = Assert.Single(before.ItemCodes());

        await ChangeAsync(code, item => item.IsClassified = true);
        var stale = await SearchAsync("户口迁移", pageSize: 99);
        await RefreshAsync();
        var fresh = await SearchAsync("户口迁移", pageSize: 98);

        Assert.Equal(0, stale.Root.GetProperty("total").GetInt32());
        Assert.Empty(stale.ItemCodes());
        Assert.Equal(0, fresh.Root.GetProperty("total").GetInt32());
        Assert.Empty(fresh.ItemCodes());
    }

    [Fact]
    public async Task Cancelled_item_never_shown()
    {
        await RefreshAsync();
        var before = await SearchAsync("社会保险登记", pageSize: 100);
        var code = Assert.Single(before.ItemCodes());

        await ChangeAsync(code, item => item.Status = PowerItemStatus.Cancelled);
        var stale = await SearchAsync("社会保险登记", pageSize: 99);
        await RefreshAsync();
        var fresh = await SearchAsync("社会保险登记", pageSize: 98);

        Assert.Equal(0, stale.Root.GetProperty("total").GetInt32());
        Assert.Empty(stale.ItemCodes());
        Assert.Equal(0, fresh.Root.GetProperty("total").GetInt32());
        Assert.DoesNotContain(code, await IndexedCodesAsync("社会保险登记"));
    }

    [Fact]
    public async Task Changed_item_shown_as_stored()
    {
        await RefreshAsync();
        var before = await SearchAsync("节能审查", pageSize: 100);
        var code = Assert.Single(before.ItemCodes());
        var indexed = portal.Factory.Services.GetRequiredService<PowerItemSearchIndexHolder>().Current!;

        await ChangeAsync(code, item =>
        {
            item.Name = "固定资产投资项目节能审查（含变更）";
            item.Status = PowerItemStatus.Suspended;
        });
        var stale = await SearchAsync("节能审查", pageSize: 99);

        // The search ran on the index built before the change, whose line still has the old name and status. A
        // rebuild that the search started replaces the holder's index but not this one. The page shows the stored row.
        var (_, hits) = indexed.SearchPage(
            SearchTerm.Parse("节能审查", SearchSynonyms.Empty), new PowerItemSearchFilter(null, null, null), 0, 10);
        var old = Assert.Single(hits).Summary;
        Assert.Equal(("固定资产投资项目节能审查", PowerItemStatus.InForce), (old.Name, old.Status));
        var line = Assert.Single(stale.Root.GetProperty("items").EnumerateArray());
        Assert.Equal(code, line.GetProperty("code").GetString());
        Assert.Equal("固定资产投资项目节能审查（含变更）", line.GetProperty("name").GetString());
        Assert.Equal("Suspended", line.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Database_serves_until_first_build()
    {
        using var holder = new PowerItemSearchIndexHolder(
            portal.Factory.Services.GetRequiredService<IServiceScopeFactory>(),
            NullLogger<PowerItemSearchIndexHolder>.Instance);
        var source = new NodeSearchIndex(
            holder,
            portal.Factory.Services.GetRequiredService<ContentVersionMonitor>(),
            portal.Factory.Services.GetRequiredService<IOptions<PublicCacheOptions>>());

        var result = await portal.WithScopeAsync(services =>
            new PowerItemSearch(
                    services.GetRequiredService<ZhengwuDbContext>(),
                    services.GetRequiredService<PowerListQueries>(),
                    services.GetRequiredService<SearchSynonyms>(),
                    source)
                .SearchAsync(new PowerItemSearchRequest("营业执照"), TestContext.Current.CancellationToken));
        await holder.RefreshAsync(TestContext.Current.CancellationToken);

        // The holder had no index when the search ran, so the page came from the database.
        Assert.Equal("对未经设立登记从事经营活动的处罚", result.Items[0].Name);
        Assert.NotNull(holder.Current);
        Assert.Same(holder.Current, await source.IndexAsync(TestContext.Current.CancellationToken));
    }

    private Task RefreshAsync() =>
        portal.Factory.Services.GetRequiredService<PowerItemSearchIndexHolder>().RefreshAsync(TestContext.Current.CancellationToken);

    /// <summary>
    /// Searches through the API. Each step of a test asks for another page size, so no step is answered from the
    /// output cache entry of an earlier one.
    /// </summary>
    private Task<JsonResponse> SearchAsync(string query, int pageSize) =>
        portal.GetJsonAsync($"/api/v1/power-items?pageSize={pageSize}&q=" + PortalRequests.Escape(query));

    private async Task<List<string>> IndexedCodesAsync(string query)
    {
        var index = portal.Factory.Services.GetRequiredService<PowerItemSearchIndexHolder>().Current!;
        var terms = SearchTerm.Parse(query, SearchSynonyms.Empty);
        var (_, ids) = index.Search(terms, new PowerItemSearchFilter(null, null, null), 0, 100);

        return await portal.WithScopeAsync(services => services.GetRequiredService<ZhengwuDbContext>().PowerItems
            .Where(item => ids.Contains(item.Id))
            .Select(item => item.Code)
            .ToListAsync(TestContext.Current.CancellationToken));
    }

    private async Task<string> ImportAsync(string row)
    {
        var path = Path.Combine(portal.Factory.Database.Folder, "published-" + Guid.NewGuid().ToString("N") + ".csv");
        await File.WriteAllTextAsync(path, "主管部门,事项名称,权力类型\n" + row + "\n", Encoding.UTF8, TestContext.Current.CancellationToken);
        var report = await portal.WithScopeAsync(services => services.GetRequiredService<PowerItemImporter>().ImportAsync(path));
        Assert.Empty(report.Errors);

        return await portal.WithScopeAsync(services => services.GetRequiredService<ZhengwuDbContext>().PowerItems
            .Where(item => item.Name == "信鸽竞翔活动备案")
            .Select(item => item.Code)
            .SingleAsync(TestContext.Current.CancellationToken));
    }

    private Task<int> ChangeAsync(string code, Action<PowerItem> change) => portal.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<ZhengwuDbContext>();
        var item = await db.PowerItems.SingleAsync(item => item.Code == code, TestContext.Current.CancellationToken);
        change(item);

        return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    });
}

public sealed class SqliteSearchIndexRefreshTests(SqliteSearchIndexPortalFixture portal)
    : SearchIndexRefreshTests(portal), IClassFixture<SqliteSearchIndexPortalFixture>;

public sealed class PostgresSearchIndexRefreshTests(PostgresSearchIndexPortalFixture portal)
    : SearchIndexRefreshTests(portal), IClassFixture<PostgresSearchIndexPortalFixture>;
