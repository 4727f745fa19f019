using Zhengwu.Infrastructure.Import;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Tests.Organization;

/// <summary>Department sheets with one problem each: the problem is reported and nothing is written.</summary>
public abstract class DepartmentImporterTests(DatabaseProvider provider)
{
    private const string Header = "region_code,region_name,department_name,short_name,kind,note";

    [Fact]
    public async Task Duplicate_department_row_is_rejected()
    {
        await using var database = await ImportDatabase.CreateAsync(provider);
        var path = database.WriteFile("duplicate.csv", $"""
            {Header}
            620100,兰州市,兰州市教育局,市教育局,department,
            620100,兰州市,兰州市体育局,市体育局,department,
            620100,兰州市,兰州市教育局,市教育局,department,
            """);

        var error = await AssertRejectedAsync(database, path, 4, "department_name", "兰州市教育局");

        Assert.Contains("第2行", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Same_name_in_two_regions_is_accepted()
    {
        await using var database = await ImportDatabase.CreateAsync(provider);
        var path = database.WriteFile("two-regions.csv", $"""
            {Header}
            620102,城关区,教育局,城关区教育局,department,
            620103,七里河区,教育局,七里河区教育局,department,
            """);

        var report = await database.ImportDepartmentsAsync(path);

        Assert.Empty(report.Errors);
        Assert.Equal(4, report.Created);
    }

    [Fact]
    public async Task Five_digit_region_code_is_rejected()
    {
        await using var database = await ImportDatabase.CreateAsync(provider);
        var path = database.WriteFile("bad-region.csv", $"""
            {Header}
            620100,兰州市,兰州市教育局,市教育局,department,
            62010,兰州市,兰州市体育局,市体育局,department,
            """);

        await AssertRejectedAsync(database, path, 3, "region_code", "62010");
    }

    [Fact]
    public async Task Unknown_kind_is_rejected()
    {
        await using var database = await ImportDatabase.CreateAsync(provider);
        var path = database.WriteFile("bad-kind.csv", $"""
            {Header}
            620100,兰州市,兰州市教育局,市教育局,department,
            620100,兰州市,兰州市体育局,市体育局,bureau,
            """);

        await AssertRejectedAsync(database, path, 3, "kind", "bureau");
    }

    [Fact]
    public async Task Bad_region_in_regions_file_is_rejected()
    {
        await using var database = await ImportDatabase.CreateAsync(provider);
        var path = database.WriteFile("regions.csv", """
            region_code,region_name,level,parent_code
            620100,兰州市,city,
            0620102,城关区,county,620100
            """);
        var before = await database.SnapshotAsync();

        var report = await database.ImportRegionsAsync(path);

        var error = Assert.Single(report.Errors);
        Assert.Equal(3, error.Row);
        Assert.Equal("region_code", error.Column);
        Assert.Equal("0620102", error.Value);
        Assert.Equal(before, await database.SnapshotAsync());
    }

    private static async Task<ImportProblem> AssertRejectedAsync(ImportDatabase database, string path, int row, string column, string value)
    {
        var before = await database.SnapshotAsync();

        var report = await database.ImportDepartmentsAsync(path);

        var error = Assert.Single(report.Errors);
        Assert.Equal(row, error.Row);
        Assert.Equal(column, error.Column);
        Assert.Equal(value, error.Value);
        Assert.Equal(before, await database.SnapshotAsync());

        return error;
    }
}

public sealed class SqliteDepartmentImporterTests() : DepartmentImporterTests(DatabaseProvider.Sqlite);

public sealed class PostgresDepartmentImporterTests() : DepartmentImporterTests(DatabaseProvider.Postgres);
