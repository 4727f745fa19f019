using System.Globalization;
using System.Net;
using System.Text;
using CsvHelper;
using MiniExcelLibs;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Tests.Staff.PowerList;

/// <summary>
/// A department's staff export every item of their department as CSV or XLSX: classified items are included and
/// labelled 涉密, other departments' items are absent, formula-like cells are escaped, and every export is audited.
/// </summary>
public abstract class ExportItemsTests(DraftPortalFixture portal)
{
    private const string Classified = "食品安全违法行为举报奖励";
    private const string FormulaName = "=HYPERLINK(\"https://example.invalid\",\"点击\")";

    [Fact]
    public async Task Csv_export_contains_every_department_item()
    {
        var (classifiedCode, formulaCode) = await PrepareAsync();
        using var officer = await portal.SignInAsync("csv-officer", StaffRole.ContentOfficer);
        var departmentId = await portal.DepartmentIdAsync(DraftPortalFixture.MarketDepartment);

        using var response = await officer.GetForDownloadAsync($"/staff/power-items/export?department={departmentId}&format=csv");
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"{await ShortNameAsync()}-事项-{Today()}.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = ReadCsv(bytes);
        await AssertRowsAsync(rows, classifiedCode, formulaCode);
        Assert.Contains($",\"'{FormulaName.Replace("\"", "\"\"", StringComparison.Ordinal)}\",", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        await AssertAuditedAsync("csv-officer", departmentId, rows.Count, "Csv");
    }

    [Fact]
    public async Task Xlsx_export_contains_every_department_item()
    {
        var (classifiedCode, formulaCode) = await PrepareAsync();
        using var lead = await portal.SignInAsync("xlsx-lead", StaffRole.DepartmentLead);
        var departmentId = await portal.DepartmentIdAsync(DraftPortalFixture.MarketDepartment);

        // The item list links the export of the department.
        var items = await lead.GetAsync("/staff/power-items");
        var link = items.Document.QuerySelectorAll("a").Single(anchor => anchor.TextContent == "Excel").GetAttribute("href")!;
        Assert.Equal($"/staff/power-items/export?department={departmentId}&format=xlsx", link);
        using var response = await lead.GetForDownloadAsync(link);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"{await ShortNameAsync()}-事项-{Today()}.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
        using var stream = new MemoryStream(bytes);
        var rows = stream.Query(useHeaderRow: true, sheetName: "权力事项")
            .Cast<IDictionary<string, object?>>()
            .Select(row => row.ToDictionary(cell => cell.Key, cell => cell.Value?.ToString() ?? ""))
            .ToList();
        await AssertRowsAsync(rows, classifiedCode, formulaCode);
        await AssertAuditedAsync("xlsx-lead", departmentId, rows.Count, "Xlsx");
    }

    [Fact]
    public async Task Export_defaults_to_own_department_as_xlsx()
    {
        await PrepareAsync();
        using var officer = await portal.SignInAsync("default-export-officer", StaffRole.ContentOfficer);

        using var response = await officer.GetForDownloadAsync("/staff/power-items/export");
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_format_is_refused_without_export()
    {
        using var officer = await portal.SignInAsync("pdf-export-officer", StaffRole.ContentOfficer);

        using var response = await officer.GetForDownloadAsync("/staff/power-items/export?format=pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(await portal.ReadRecordsAsync("pdf-export-officer"), record => record.Action == AuditActions.Export);
    }

    [Fact]
    public async Task Item_list_shows_classified_item_labelled_without_public_link()
    {
        var (classifiedCode, _) = await PrepareAsync();
        using var officer = await portal.SignInAsync("list-officer", StaffRole.ContentOfficer);

        var items = await officer.GetAsync("/staff/power-items");

        Assert.Equal(await portal.ItemCodesAsync(DraftPortalFixture.MarketDepartment), items.Document.QuerySelectorAll("table.staff-items tbody tr").Select(row => row.GetAttribute("data-code")));
        var row = items.Document.QuerySelector($"tr[data-code='{classifiedCode}']")!;
        Assert.Contains("涉密", row.QuerySelectorAll(".badge").Select(badge => badge.TextContent));
        Assert.Null(row.QuerySelector($"a[href='/power-items/{classifiedCode}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await portal.GetPageAsync($"/power-items/{classifiedCode}")).Status);
    }

    /// <summary>Classifies one item and gives another a formula-like name; running it twice changes nothing more.</summary>
    private async Task<(string ClassifiedCode, string FormulaCode)> PrepareAsync()
    {
        var classifiedCode = await portal.ItemCodeAsync(Classified);
        // The department's only inspection item, 食品生产经营监督检查, found by its code because it is renamed.
        var formulaCode = (await portal.ItemCodesAsync(DraftPortalFixture.MarketDepartment))
            .Single(code => code.Contains("-JC-", StringComparison.Ordinal));
        await portal.UpdateItemAsync(classifiedCode, item => item.IsClassified = true);
        await portal.UpdateItemAsync(formulaCode, item => item.Name = FormulaName);

        return (classifiedCode, formulaCode);
    }

    private async Task AssertRowsAsync(List<Dictionary<string, string>> rows, string classifiedCode, string formulaCode)
    {
        var codes = await portal.ItemCodesAsync(DraftPortalFixture.MarketDepartment);
        Assert.Equal(12, codes.Count);
        Assert.Equal(codes, rows.Select(row => row["事项编码"]));
        Assert.Empty(rows.Select(row => row["事项编码"]).Intersect(await portal.OtherItemCodesAsync(DraftPortalFixture.MarketDepartment)));
        var classified = rows.Single(row => row["事项编码"] == classifiedCode);
        Assert.Equal(Classified, classified["事项名称"]);
        Assert.Equal("涉密，不公开", classified["公开属性"]);
        Assert.Equal(["涉密，不公开"], rows.Select(row => row["公开属性"]).Where(value => value != "公开").ToList());
        Assert.Equal("'" + FormulaName, rows.Single(row => row["事项编码"] == formulaCode)["事项名称"]);
        Assert.All(rows, row => Assert.Equal("兰州市市场监督管理局", row["实施机关"]));
        Assert.All(rows, row => Assert.False(row["事项名称"].StartsWith('=')));
    }

    private async Task AssertAuditedAsync(string userName, int departmentId, int count, string format)
    {
        var export = Assert.Single(await portal.ReadRecordsAsync(userName), record => record.Action == AuditActions.Export);
        Assert.Equal(AuditResult.Succeeded, export.Result);
        Assert.Equal("department", export.ObjectType);
        Assert.Equal(departmentId.ToString(CultureInfo.InvariantCulture), export.ObjectId);
        Assert.Equal($"导出兰州市市场监督管理局事项 {count} 项（{format}）", export.Detail);
    }

    private Task<string> ShortNameAsync() => portal.DepartmentShortNameAsync(DraftPortalFixture.MarketDepartment);

    private string Today() => portal.Clock.GetUtcNow().ToOffset(ChinaTime.Offset).ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static List<Dictionary<string, string>> ReadCsv(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = new List<Dictionary<string, string>>();
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        while (csv.Read())
        {
            rows.Add(header.ToDictionary(name => name, name => csv.GetField(name) ?? ""));
        }

        return rows;
    }
}

public sealed class SqliteExportItemsTests(SqliteDraftPortalFixture portal)
    : ExportItemsTests(portal), IClassFixture<SqliteDraftPortalFixture>;

public sealed class PostgresExportItemsTests(PostgresDraftPortalFixture portal)
    : ExportItemsTests(portal), IClassFixture<PostgresDraftPortalFixture>;
