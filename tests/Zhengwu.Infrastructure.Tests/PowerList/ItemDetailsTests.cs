using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Organization;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Infrastructure.PowerList;
using Zhengwu.TestSupport;

namespace Zhengwu.Infrastructure.Tests.PowerList;

/// <summary>
/// The department and region of an item page. They come from the lists kept per content version, which another
/// node's change reaches only at the next version check, so a department missing from those lists is read from the
/// database.
/// </summary>
public abstract class ItemDetailsTests(DatabaseProvider provider)
{
    private const string Item = "体育类民办非企业单位成立登记";

    [Fact]
    public async Task Department_newer_than_lists_is_read()
    {
        await using var database = await CreateAsync();
        var code = (await database.ItemAsync(Item)).Code;
        var cache = new PublicContentCache(new UnchangedVersion());

        var before = await database.WithContextAsync(db => new PowerListQueries(db, cache).GetItemAsync(code));
        var moved = await database.WithContextAsync(async db =>
        {
            var department = new Department("620100", "兰州市信鸽协会管理办公室", "市信鸽办", DepartmentKind.Office);
            db.Departments.Add(department);
            await db.SaveChangesAsync();
            var item = await db.PowerItems.SingleAsync(item => item.Code == code);
            item.DepartmentId = department.Id;
            await db.SaveChangesAsync();

            return department.Id;
        });
        var after = await database.WithContextAsync(db => new PowerListQueries(db, cache).GetItemAsync(code));

        Assert.Equal("兰州市体育局", before!.Department.Name);
        Assert.Equal(moved, after!.Department.Id);
        Assert.Equal("兰州市信鸽协会管理办公室", after.Department.Name);
        Assert.Equal(("620100", "兰州市", RegionLevel.City), (after.Region.Code, after.Region.Name, after.Region.Level));
    }

    [Fact]
    public async Task Details_match_without_lists()
    {
        await using var database = await CreateAsync();
        var code = (await database.ItemAsync(Item)).Code;

        var cached = await database.WithContextAsync(db =>
            new PowerListQueries(db, new PublicContentCache(new UnchangedVersion())).GetItemAsync(code));
        var direct = await database.WithContextAsync(db => new PowerListQueries(db).GetItemAsync(code));

        Assert.Equal("兰州市体育局", direct!.Department.Name);
        Assert.Equal(direct.Department.Id, cached!.Department.Id);
        Assert.Equal(direct.Department.Name, cached.Department.Name);
        Assert.Equal((direct.Region.Code, direct.Region.Name, direct.Region.Level), (cached.Region.Code, cached.Region.Name, cached.Region.Level));
    }

    private async Task<ImportDatabase> CreateAsync()
    {
        var database = await ImportDatabase.CreateAsync(provider);
        await database.ImportSampleDepartmentsAsync();
        var path = database.WriteFile("items.csv", $"""
            序号,主管部门,事项名称,权力类型,实施机关,设定和实施依据
            1,兰州市体育局,{Item},行政许可,兰州市体育局,《民办非企业单位登记管理暂行条例》第三条
            """);
        Assert.Empty((await database.ImportItemsAsync(path)).Errors);

        return database;
    }

    /// <summary>A node that has not yet read any content version after the first, so its lists are never reloaded.</summary>
    private sealed class UnchangedVersion : IContentVersionSource
    {
        public ValueTask<long> CurrentNumberAsync(CancellationToken cancellationToken) => ValueTask.FromResult(1L);
    }
}

public sealed class SqliteItemDetailsTests() : ItemDetailsTests(DatabaseProvider.Sqlite);

public sealed class PostgresItemDetailsTests() : ItemDetailsTests(DatabaseProvider.Postgres);
