using Zhengwu.Bench.Generator;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Infrastructure.PowerList;
using Zhengwu.TestSupport;

namespace Zhengwu.Infrastructure.Tests.Bench;

/// <summary>
/// The load-test generator: the same seed gives the same rows, and the rows import without errors into a
/// database holding the sample departments.
/// </summary>
public abstract class PowerItemGeneratorTests(DatabaseProvider provider)
{
    private static readonly string s_words =
        Path.Combine(TestPaths.RepositoryRoot, "bench", "Zhengwu.Bench.Generator", "words");

    private static readonly List<string> s_departments =
        PowerListCsv.ReadDepartmentNames(ImportDatabase.Sample("lanzhou-departments.csv"));

    [Fact]
    public void Same_seed_gives_same_rows()
    {
        var first = Generate(seed: 7, count: 200);
        var second = Generate(seed: 7, count: 200);
        var other = Generate(seed: 8, count: 200);

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Rows_have_unique_names_and_known_departments()
    {
        var rows = Generate(seed: 1, count: 2000);

        Assert.Equal(Enumerable.Range(1, 2000), rows.Select(row => row.Sequence));
        Assert.Equal(2000, rows.Select(row => row.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(rows, row => Assert.Contains(row.Department, s_departments));
        Assert.All(rows, row => Assert.Equal(row.Department, row.Agency));
        Assert.All(rows, row => Assert.StartsWith("《", row.LegalBasis, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Generated_rows_import_without_errors()
    {
        await using var database = await ImportDatabase.CreateAsync(provider);
        database.Laws = LawLibrary.None;
        await database.ImportSampleDepartmentsAsync();
        var path = Path.Combine(database.Database.Folder, "generated.csv");
        PowerListCsv.Write(path, Generate(seed: 3, count: 300));

        var report = await database.ImportItemsAsync(path);

        Assert.Empty(report.Errors);
        Assert.Equal(300, report.Created);
        Assert.Equal(300, (await database.ItemsAsync()).Count);
    }

    [Theory]
    [InlineData(1, "一")]
    [InlineData(3, "三")]
    [InlineData(10, "十")]
    [InlineData(15, "十五")]
    [InlineData(20, "二十")]
    [InlineData(32, "三十二")]
    [InlineData(99, "九十九")]
    public void Article_numbers_read_as_laws_write_them(int number, string expected) =>
        Assert.Equal(expected, ChineseNumeral.Format(number));

    private static List<SyntheticPowerItem> Generate(int seed, int count) =>
        [.. new PowerItemGenerator(WordLists.Load(s_words), s_departments, seed).Generate(count)];
}

public sealed class SqlitePowerItemGeneratorTests() : PowerItemGeneratorTests(DatabaseProvider.Sqlite);

public sealed class PostgresPowerItemGeneratorTests() : PowerItemGeneratorTests(DatabaseProvider.Postgres);
