using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.PowerList;
using Zhengwu.Infrastructure.PowerList.Search;
using Zhengwu.TestSupport;

namespace Zhengwu.Infrastructure.Tests.PowerList.Search;

/// <summary>
/// The in-memory index returns the same total and the same items in the same order as the database path, on the
/// sample set with its elements and law library, for queries of one to four characters, synonyms, several terms,
/// filters, later pages and a query without a match.
/// </summary>
public abstract class SearchIndexParityTests(SampleSearchFixture sample)
{
    public static TheoryData<string?, string?, PowerType?, int, int> Requests => new()
    {
        { "税", null, null, 1, 20 },
        { "药", null, null, 1, 100 },
        { "许可", null, null, 1, 100 },
        { "许可", null, null, 2, 20 },
        { "户口", null, null, 1, 20 },
        { "护照", null, null, 1, 20 },
        { "食品", null, null, 1, 20 },
        { "社保", null, null, 1, 20 },
        { "营业执照", null, null, 1, 20 },
        { "建设工程", null, null, 1, 20 },
        { "经营许可", null, null, 1, 50 },
        { "对未取得", null, null, 1, 20 },
        { "许可 登记", null, null, 1, 100 },
        { "条例", null, null, 2, 100 },
        { "许可", "620100", PowerType.Licensing, 1, 100 },
        { "许可", "620102", null, 1, 20 },
        { "鲸鱼骨骼", null, null, 1, 20 },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Index_matches_database_path(string? query, string? region, PowerType? type, int page, int pageSize)
    {
        var request = new PowerItemSearchRequest(query, region, Type: type, Page: page, PageSize: pageSize);
        var index = await sample.Database.WithContextAsync(db => PowerItemSearchIndexBuilder.BuildAsync(db, default));
        var source = new FixedIndexSource(index);

        var fromDatabase = await SearchAsync(request, null);
        var fromIndex = await SearchAsync(request, source);

        Assert.Equal(fromDatabase.Total, fromIndex.Total);
        Assert.Equal(fromDatabase.Items.Select(item => item.Code), fromIndex.Items.Select(item => item.Code));
        Assert.Equal(fromDatabase.Items, fromIndex.Items);
        Assert.Equal(fromDatabase.Contexts.OrderBy(pair => pair.Key), fromIndex.Contexts.OrderBy(pair => pair.Key));
        Assert.Equal(1, source.Requests);
        Assert.Equal(0, source.StaleReports);
    }

    [Fact]
    public async Task Index_holds_every_listed_item()
    {
        var index = await sample.Database.WithContextAsync(db => PowerItemSearchIndexBuilder.BuildAsync(db, default));

        // The sample set has 142 items and none of them is classified or cancelled.
        Assert.Equal(142, index.Count);
        Assert.True(index.PostingCount > index.Count, $"{index.PostingCount} postings");
    }

    [Fact]
    public async Task Index_holds_result_line()
    {
        var index = await sample.Database.WithContextAsync(db => PowerItemSearchIndexBuilder.BuildAsync(db, default));
        var terms = SearchTerm.Parse("户口迁移", SearchSynonyms.Empty);

        var (total, hits) = index.SearchPage(terms, new PowerItemSearchFilter(null, null, null), 0, 20);

        // Row 18 of lanzhou-power-items.csv: 户口迁移登记, the first 行政确认 item of the city, published by 兰州市公安局.
        var line = Assert.Single(hits).Summary;
        Assert.Equal(1, total);
        Assert.Equal("620100-QR-00001", line.Code);
        Assert.Equal("户口迁移登记", line.Name);
        Assert.Equal(PowerType.Confirmation, line.Type);
        Assert.Equal(PowerItemStatus.InForce, line.Status);
        Assert.Equal("兰州市公安局", line.DepartmentName);
        Assert.Equal("620100", line.RegionCode);
        Assert.Equal("兰州市", line.RegionName);
    }

    [Fact]
    public async Task Database_path_serves_without_index()
    {
        var source = new FixedIndexSource(null);

        var result = await SearchAsync(new PowerItemSearchRequest("户口"), source);

        Assert.Equal(1, source.Requests);
        Assert.Equal("户口迁移登记", result.Items[0].Name);
    }

    private Task<PowerItemSearchResult> SearchAsync(PowerItemSearchRequest request, IPowerItemSearchIndexSource? source) =>
        sample.Database.WithContextAsync(db =>
            new PowerItemSearch(db, new PowerListQueries(db), SearchSynonyms.Load(TestPaths.Synonyms), source)
                .SearchAsync(request));

    /// <summary>Supplies one index, or none, and counts how often the search asked for it.</summary>
    private sealed class FixedIndexSource(PowerItemSearchIndex? index) : IPowerItemSearchIndexSource
    {
        public int Requests { get; private set; }

        public int StaleReports { get; private set; }

        public ValueTask<PowerItemSearchIndex?> IndexAsync(CancellationToken cancellationToken)
        {
            Requests++;

            return ValueTask.FromResult(index);
        }

        public void ReportStale(PowerItemSearchIndex index) => StaleReports++;
    }
}

public sealed class SqliteSearchIndexParityTests(SqliteSampleSearchFixture sample)
    : SearchIndexParityTests(sample), IClassFixture<SqliteSampleSearchFixture>;

public sealed class PostgresSearchIndexParityTests(PostgresSampleSearchFixture sample)
    : SearchIndexParityTests(sample), IClassFixture<PostgresSampleSearchFixture>;
