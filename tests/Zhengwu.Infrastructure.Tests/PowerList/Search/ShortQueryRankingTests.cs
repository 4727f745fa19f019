using Zhengwu.Infrastructure.PowerList.Search;

namespace Zhengwu.Infrastructure.Tests.PowerList.Search;

/// <summary>
/// Ranks the eight items of <see cref="ShortQuerySearchFixture"/>. A bigram scores 16 in the name, 4 in the
/// department and 4 in the agencies, 2 in a legal basis title and 1 in the remarks. Ties go to the shorter
/// name. A one-character query has no bigram, so every match scores 0 and the shortest name comes first.
/// </summary>
public abstract class ShortQueryRankingTests(ShortQuerySearchFixture items)
{
    [Fact]
    public async Task One_character_query_orders_by_name_length()
    {
        var result = await items.SearchAsync("税");

        // 税务登记 (4 characters), 食品经营许可 (6, remarks 免税), 车船税减免确认 (7), 对偷税行为的处罚 (8).
        Assert.Equal(4, result.Total);
        Assert.Equal(["税务登记", "食品经营许可", "车船税减免确认", "对偷税行为的处罚"], Names(result));
    }

    [Fact]
    public async Task Two_character_query_ranks_by_field_weight()
    {
        var result = await items.SearchAsync("许可");

        // 药品零售许可证核发: name 16 + basis title 行政许可法 2 = 18. 食品经营许可 and 城镇燃气经营许可: name 16,
        // the shorter name first. 排污登记: basis title 2. 噪声监测: remarks 无需许可 1.
        Assert.Equal(5, result.Total);
        Assert.Equal(["药品零售许可证核发", "食品经营许可", "城镇燃气经营许可", "排污登记", "噪声监测"], Names(result));
    }

    [Fact]
    public async Task Four_character_query_needs_whole_word()
    {
        var result = await items.SearchAsync("经营许可");

        // 经营, 营许 and 许可 are all in both names (3 × 16 = 48). 药品零售许可证核发 has 许可 but not 经营许可.
        Assert.Equal(2, result.Total);
        Assert.Equal(["食品经营许可", "城镇燃气经营许可"], Names(result));
    }

    [Fact]
    public async Task Second_page_continues_ranking()
    {
        var first = await items.SearchAsync("许可", page: 1, pageSize: 2);
        var second = await items.SearchAsync("许可", page: 2, pageSize: 2);

        Assert.Equal(5, second.Total);
        Assert.Equal(3, second.PageCount);
        Assert.Equal(["药品零售许可证核发", "食品经营许可"], Names(first));
        Assert.Equal(["城镇燃气经营许可", "排污登记"], Names(second));
    }

    private static string[] Names(PowerItemSearchResult result) => [.. result.Items.Select(item => item.Name)];
}

public sealed class SqliteShortQueryRankingTests(SqliteShortQuerySearchFixture items)
    : ShortQueryRankingTests(items), IClassFixture<SqliteShortQuerySearchFixture>;

public sealed class PostgresShortQueryRankingTests(PostgresShortQuerySearchFixture items)
    : ShortQueryRankingTests(items), IClassFixture<PostgresShortQuerySearchFixture>;
