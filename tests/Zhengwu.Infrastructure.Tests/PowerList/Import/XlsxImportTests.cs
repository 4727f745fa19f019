using MiniExcelLibs;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Tests.PowerList.Import;

/// <summary>The first 12 rows of the sample power list, saved as XLSX with the published Chinese headers.</summary>
public abstract class XlsxImportTests(DatabaseProvider provider)
{
    private const int Rows = 12;

    [Fact]
    public async Task Xlsx_list_creates_items()
    {
        await using var database = await ImportDatabase.CreateAsync(provider);
        await database.ImportSampleDepartmentsAsync();

        var report = await database.ImportItemsAsync(WriteXlsx(database));

        Assert.Empty(report.Errors);
        Assert.Equal(Rows, report.Created);
        var codes = (await database.ItemsAsync()).ToDictionary(item => item.Name, item => item.Code);
        Assert.Equal("620100-XK-00001", codes["企业投资项目核准"]);
        Assert.Equal("620100-QT-00001", codes["政府投资项目审批"]);
        Assert.Equal("620100-GG-00001", codes["适龄儿童少年义务教育入学"]);
    }

    [Fact]
    public async Task Xlsx_and_csv_store_same_items()
    {
        await using var fromXlsx = await ImportDatabase.CreateAsync(provider);
        await using var fromCsv = await ImportDatabase.CreateAsync(provider);
        await fromXlsx.ImportSampleDepartmentsAsync();
        await fromCsv.ImportSampleDepartmentsAsync();

        await fromXlsx.ImportItemsAsync(WriteXlsx(fromXlsx));
        await fromCsv.ImportItemsAsync(WriteCsv(fromCsv));

        Assert.Equal(await fromCsv.SnapshotAsync(), await fromXlsx.SnapshotAsync());
        var xlsxItems = await fromXlsx.ItemsAsync();
        var csvItems = await fromCsv.ItemsAsync();
        Assert.Equal(csvItems.Select(item => item.LegalBasisText), xlsxItems.Select(item => item.LegalBasisText));
        Assert.Equal(csvItems.Select(item => item.AgencyText), xlsxItems.Select(item => item.AgencyText));
        Assert.Equal(csvItems.Select(item => item.Remarks), xlsxItems.Select(item => item.Remarks));
        Assert.Equal(csvItems.Select(item => item.LegalBases.Count), xlsxItems.Select(item => item.LegalBases.Count));
    }

    [Fact]
    public async Task Csv_after_xlsx_is_unchanged()
    {
        await using var database = await ImportDatabase.CreateAsync(provider);
        await database.ImportSampleDepartmentsAsync();
        await database.ImportItemsAsync(WriteXlsx(database));

        var report = await database.ImportItemsAsync(WriteCsv(database));

        Assert.Empty(report.Errors);
        Assert.Equal(0, report.Created);
        Assert.Equal(Rows, report.Unchanged);
    }

    private static List<Dictionary<string, string>> SampleRows() =>
        [.. CsvRows.Read(ImportDatabase.Sample("lanzhou-power-items.csv")).Take(Rows)];

    /// <summary>Saves the rows with 序号 as a number, the way a spreadsheet program stores it.</summary>
    private static string WriteXlsx(ImportDatabase database)
    {
        var path = Path.Combine(database.Database.Folder, "items.xlsx");
        var rows = SampleRows().Select(row => row.ToDictionary(
            cell => cell.Key,
            cell => cell.Key == "序号" ? (object)int.Parse(cell.Value, System.Globalization.CultureInfo.InvariantCulture) : cell.Value));
        MiniExcel.SaveAs(path, rows.ToList());

        return path;
    }

    private static string WriteCsv(ImportDatabase database)
    {
        var rows = SampleRows();

        return database.WriteFile("items.csv", CsvRows.Write([.. rows[0].Keys], rows.Select(row => row.Values.ToList())));
    }
}

public sealed class SqliteXlsxImportTests() : XlsxImportTests(DatabaseProvider.Sqlite);

public sealed class PostgresXlsxImportTests() : XlsxImportTests(DatabaseProvider.Postgres);
