using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Infrastructure.PowerList;
using Zhengwu.Infrastructure.PowerList.Search;
using Zhengwu.TestSupport;

namespace Zhengwu.Infrastructure.Tests.PowerList;

/// <summary>A classified item is stored but never listed, counted, searched or shown.</summary>
public abstract class ClassifiedItemTests(DatabaseProvider provider)
{
    private const string Public = "体育类民办非企业单位成立登记";
    private const string Classified = "国防体育训练场地使用审批";

    [Fact]
    public async Task Classified_item_is_stored_flagged()
    {
        await using var database = await CreateAsync();

        Assert.True((await database.ItemAsync(Classified)).IsClassified);
        Assert.False((await database.ItemAsync(Public)).IsClassified);
    }

    [Fact]
    public async Task Classified_item_is_never_found()
    {
        await using var database = await CreateAsync();

        var byName = await SearchAsync(database, new PowerItemSearchRequest("国防体育训练"));
        var byDepartment = await SearchAsync(database, new PowerItemSearchRequest("体育"));
        var browse = await SearchAsync(database, new PowerItemSearchRequest(null));

        Assert.Equal(0, byName.Total);
        Assert.Empty(byName.Items);
        Assert.Equal(Public, Assert.Single(byDepartment.Items).Name);
        Assert.Equal(1, browse.Total);
    }

    [Fact]
    public async Task Classified_item_is_never_counted()
    {
        await using var database = await CreateAsync();

        var (regions, departments, types) = await database.WithContextAsync(async db =>
        {
            var queries = new PowerListQueries(db);
            var regions = await queries.GetRegionsAsync();
            var departments = await queries.GetDepartmentsAsync("620100");
            var sports = departments.Single(department => department.Name == "兰州市体育局");

            return (regions, departments, await queries.GetTypeCountsAsync(sports.Id));
        });

        Assert.Equal(1, regions.Single(region => region.Code == "620100").ItemCount);
        Assert.Equal(1, departments.Single(department => department.Name == "兰州市体育局").ItemCount);
        var count = Assert.Single(types);
        Assert.Equal(PowerType.Licensing, count.Type);
        Assert.Equal(1, count.Count);
    }

    [Fact]
    public async Task Classified_item_page_is_not_found()
    {
        await using var database = await CreateAsync();
        var classified = await database.ItemAsync(Classified);
        var open = await database.ItemAsync(Public);

        var hidden = await database.WithContextAsync(db => new PowerListQueries(db).GetItemAsync(classified.Code));
        var shown = await database.WithContextAsync(db => new PowerListQueries(db).GetItemAsync(open.Code));

        Assert.Null(hidden);
        Assert.Equal(Public, shown!.Item.Name);
    }

    private async Task<ImportDatabase> CreateAsync()
    {
        var database = await ImportDatabase.CreateAsync(provider);
        await database.ImportSampleDepartmentsAsync();
        var path = database.WriteFile("classified.csv", $"""
            序号,主管部门,事项名称,权力类型,实施机关,设定和实施依据,是否涉密
            1,兰州市体育局,{Public},行政许可,兰州市体育局,《民办非企业单位登记管理暂行条例》第三条,否
            2,兰州市体育局,{Classified},行政许可,兰州市体育局,《中华人民共和国国防法》第二十条,是
            """);
        var report = await database.ImportItemsAsync(path);
        Assert.Empty(report.Errors);
        Assert.Equal(2, report.Created);

        return database;
    }

    private static Task<PowerItemSearchResult> SearchAsync(ImportDatabase database, PowerItemSearchRequest request) =>
        database.WithContextAsync(db =>
            new PowerItemSearch(db, new PowerListQueries(db), SearchSynonyms.Load(TestPaths.Synonyms)).SearchAsync(request));
}

public sealed class SqliteClassifiedItemTests() : ClassifiedItemTests(DatabaseProvider.Sqlite);

public sealed class PostgresClassifiedItemTests() : ClassifiedItemTests(DatabaseProvider.Postgres);
