using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Infrastructure.PowerList;
using Zhengwu.Infrastructure.PowerList.Search;
using Zhengwu.TestSupport;

namespace Zhengwu.Infrastructure.Tests.PowerList.Search;

/// <summary>
/// Eight items of 兰州市市场监督管理局 written so that the ranking of one- and two-character queries can be
/// worked out by hand. Imported without the law library, so no cited article text adds matches.
/// </summary>
public abstract class ShortQuerySearchFixture(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Department = "兰州市市场监督管理局";

    private static readonly string[][] s_rows =
    [
        ["1", Department, "税务登记", "行政确认", Department, "《市场主体登记管理条例》第三条", ""],
        ["2", Department, "车船税减免确认", "行政确认", Department, "《市场主体登记管理条例》第三条", ""],
        ["3", Department, "对偷税行为的处罚", "行政处罚", Department, "《中华人民共和国税收征收管理法》第六十三条", ""],
        ["4", Department, "食品经营许可", "行政许可", Department, "《中华人民共和国食品安全法》第三十五条", "免税"],
        ["5", Department, "城镇燃气经营许可", "行政许可", Department, "《城镇燃气管理条例》第十五条", ""],
        ["6", Department, "药品零售许可证核发", "行政许可", Department, "《中华人民共和国行政许可法》第十二条", ""],
        ["7", Department, "排污登记", "其他行政权力", Department, "《中华人民共和国行政许可法》第十二条", ""],
        ["8", Department, "噪声监测", "行政检查", Department, "《中华人民共和国环境保护法》第十条", "无需许可"],
    ];

    private ImportDatabase? _database;

    public ImportDatabase Database => _database ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async ValueTask InitializeAsync()
    {
        _database = await ImportDatabase.CreateAsync(provider);
        _database.Laws = LawLibrary.None;
        await _database.ImportSampleDepartmentsAsync();
        var header = new[] { "序号", "主管部门", "事项名称", "权力类型", "实施机关", "设定和实施依据", "备注" };
        var path = _database.WriteFile("short-query-items.csv", CsvRows.Write(header, s_rows));
        Assert.Empty((await _database.ImportItemsAsync(path)).Errors);
    }

    public Task<PowerItemSearchResult> SearchAsync(string query, int page = 1, int pageSize = 100) =>
        Database.WithContextAsync(db =>
            new PowerItemSearch(db, new PowerListQueries(db), SearchSynonyms.Empty)
                .SearchAsync(new PowerItemSearchRequest(query, Page: page, PageSize: pageSize)));

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteShortQuerySearchFixture() : ShortQuerySearchFixture(DatabaseProvider.Sqlite);

public sealed class PostgresShortQuerySearchFixture() : ShortQuerySearchFixture(DatabaseProvider.Postgres);
