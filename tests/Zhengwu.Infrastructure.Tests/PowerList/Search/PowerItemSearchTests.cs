using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.PowerList.Search;

namespace Zhengwu.Infrastructure.Tests.PowerList.Search;

/// <summary>
/// Searches the sample set. The expected hits were found by reading lanzhou-power-items.csv and
/// data/search-synonyms.csv, where 营业执照 is a synonym of 设立登记 and 社保 of 社会保险.
/// </summary>
public abstract class PowerItemSearchTests(SampleSearchFixture sample)
{
    [Fact]
    public async Task Business_licence_finds_registration_penalty()
    {
        var result = await sample.SearchAsync(new PowerItemSearchRequest("营业执照"));

        Assert.Equal("对未经设立登记从事经营活动的处罚", result.Items[0].Name);
        Assert.Equal("620100-CF-00010", result.Items[0].Code);
    }

    [Theory]
    [InlineData("食品", new[] { "食品经营许可", "食品生产许可", "对未取得食品生产经营许可从事食品生产经营活动的处罚", "对违法生产经营的食品及相关物品的查封、扣押", "食品生产经营监督检查", "食品安全违法行为举报奖励" })]
    [InlineData("建设工程", new[] { "建设工程规划许可证核发", "对未取得建设工程规划许可证进行建设的处罚", "特殊建设工程消防设计审查", "特殊建设工程消防验收", "建设工程质量监督检查", "建设工程安全生产监督检查" })]
    public async Task Name_matches_rank_first(string query, string[] named)
    {
        var result = await sample.SearchAsync(new PowerItemSearchRequest(query, PageSize: 100));

        Assert.True(result.Total >= named.Length, $"{result.Total} hits");
        var first = result.Items.Take(named.Length).Select(item => item.Name).Order(StringComparer.Ordinal);
        Assert.Equal(named.Order(StringComparer.Ordinal), first);
        Assert.All(result.Items.Skip(named.Length), item => Assert.DoesNotContain(query, item.Name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("户口", "户口迁移登记")]
    [InlineData("社保", "社会保险登记")]
    public async Task Two_character_query_finds_item(string query, string expected)
    {
        var result = await sample.SearchAsync(new PowerItemSearchRequest(query));

        Assert.NotEmpty(result.Items);
        Assert.Equal(expected, result.Items[0].Name);
    }

    [Fact]
    public async Task One_character_query_finds_items()
    {
        var result = await sample.SearchAsync(new PowerItemSearchRequest("药", PageSize: 100));

        var names = result.Items.Select(item => item.Name).ToList();
        Assert.Contains("兽药经营许可证核发", names);
        Assert.Contains("农药经营许可", names);
        Assert.Contains("药品零售企业经营许可", names);
        Assert.Equal(result.Total, names.Count);
    }

    [Fact]
    public async Task Region_filter_limits_results()
    {
        var city = await sample.SearchAsync(new PowerItemSearchRequest(null, RegionCode: "620100"));
        var county = await sample.SearchAsync(new PowerItemSearchRequest(null, RegionCode: "620102"));

        Assert.Equal(142, city.Total);
        Assert.Equal(0, county.Total);
        Assert.Empty(county.Items);
    }

    [Fact]
    public async Task Department_and_type_filters_combine()
    {
        var police = await DepartmentIdAsync("兰州市公安局");

        var all = await sample.SearchAsync(new PowerItemSearchRequest(null, DepartmentId: police, PageSize: 100));
        var licensing = await sample.SearchAsync(new PowerItemSearchRequest(null, DepartmentId: police, Type: PowerType.Licensing));
        var everyLicence = await sample.SearchAsync(new PowerItemSearchRequest(null, Type: PowerType.Licensing));
        var searched = await sample.SearchAsync(new PowerItemSearchRequest("许可", DepartmentId: police, Type: PowerType.Confirmation));

        Assert.Equal(13, all.Total);
        Assert.All(all.Items, item => Assert.Equal("兰州市公安局", item.DepartmentName));
        Assert.Equal(9, licensing.Total);
        Assert.All(licensing.Items, item => Assert.Equal(PowerType.Licensing, item.Type));
        Assert.Equal(81, everyLicence.Total);
        Assert.Equal(0, searched.Total);
    }

    [Fact]
    public async Task Pages_cover_every_item_once()
    {
        var codes = new List<string>();
        PowerItemSearchResult? last = null;
        for (var page = 1; page <= 8; page++)
        {
            last = await sample.SearchAsync(new PowerItemSearchRequest(null, Page: page, PageSize: 20));
            Assert.Equal(142, last.Total);
            Assert.Equal(8, last.PageCount);
            codes.AddRange(last.Items.Select(item => item.Code));
        }

        Assert.Equal(2, last!.Items.Count);
        Assert.Equal(142, codes.Count);
        Assert.Equal(142, codes.Distinct().Count());
    }

    [Fact]
    public async Task Page_size_is_capped()
    {
        var result = await sample.SearchAsync(new PowerItemSearchRequest(null, PageSize: 1000));

        Assert.Equal(PowerItemSearchRequest.MaxPageSize, result.PageSize);
        Assert.Equal(100, result.Items.Count);
    }

    private Task<int> DepartmentIdAsync(string name) =>
        sample.Database.WithContextAsync(db =>
            db.Departments.Where(department => department.Name == name).Select(department => department.Id).SingleAsync());
}

public sealed class SqlitePowerItemSearchTests(SqliteSampleSearchFixture sample)
    : PowerItemSearchTests(sample), IClassFixture<SqliteSampleSearchFixture>;

public sealed class PostgresPowerItemSearchTests(PostgresSampleSearchFixture sample)
    : PowerItemSearchTests(sample), IClassFixture<PostgresSampleSearchFixture>;
