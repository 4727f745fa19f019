using System.Globalization;
using System.Net;
using System.Text;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;

namespace Zhengwu.Web.Tests.Staff.Audit;

/// <summary>
/// The export page returns the records of a Beijing-time range as a CSV or XLSX download with formula cells
/// escaped, records every export, and rejects an invalid format or range with a Chinese message.
/// </summary>
public abstract class AuditExportTests(AuditPortalFixture portal)
{
    private const string TokenField = "__RequestVerificationToken";

    [Fact]
    public async Task Csv_export_escapes_formula_cells()
    {
        var formula = await portal.AppendAsync(
            AuditLogPageTests.Entry("export-formula", AuditActions.ContentChanged, AuditResult.Succeeded, "=1+2"));
        using var auditor = await portal.SignInAsync("export-auditor", StaffRole.AuditAdministrator);
        var (from, to) = Range();
        var stored = await portal.ReadRecordsAsync();
        var token = (await auditor.GetAsync("/staff/audit/export")).FormToken!;

        using var response = await auditor.PostForDownloadAsync(
            "/staff/audit/export",
            ("Format", "csv"),
            ("From", from),
            ("To", to),
            (TokenField, token));
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var fileName = $"audit-{from.Replace("-", "", StringComparison.Ordinal)}-{to.Replace("-", "", StringComparison.Ordinal)}.csv";
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(stored.Count + 1, lines.Length);
        Assert.StartsWith("序号,时间（UTC）,时间（北京时间）,", lines[0], StringComparison.Ordinal);
        var formulaId = formula.Id.ToString(CultureInfo.InvariantCulture) + ",";
        var formulaLine = Assert.Single(lines, line => line.StartsWith(formulaId, StringComparison.Ordinal));
        Assert.Contains(",'=1+2,", formulaLine, StringComparison.Ordinal);
        Assert.DoesNotContain(",=1+2,", formulaLine, StringComparison.Ordinal);

        var export = Assert.Single(
            await portal.ReadRecordsAsync("export-auditor"),
            record => record.Action == AuditActions.Export);
        Assert.Equal($"Csv {from}..{to}, {stored.Count} records", export.Detail);
        Assert.Equal(AuditResult.Succeeded, export.Result);
        Assert.Equal(nameof(StaffRole.AuditAdministrator), export.Role);
    }

    [Fact]
    public async Task Xlsx_export_returns_workbook()
    {
        using var auditor = await portal.SignInAsync("xlsx-auditor", StaffRole.AuditAdministrator);
        var (from, to) = Range();
        var token = (await auditor.GetAsync("/staff/audit/export")).FormToken!;

        using var response = await auditor.PostForDownloadAsync(
            "/staff/audit/export",
            ("Format", "xlsx"),
            ("From", from),
            ("To", to),
            (TokenField, token));
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            response.Content.Headers.ContentType?.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        var export = Assert.Single(
            await portal.ReadRecordsAsync("xlsx-auditor"),
            record => record.Action == AuditActions.Export);
        Assert.StartsWith($"Xlsx {from}..{to}, ", export.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_rejects_invalid_choices()
    {
        using var auditor = await portal.SignInAsync("invalid-export", StaffRole.AuditAdministrator);
        ((string Name, string Value)[] Fields, string Error)[] cases =
        [
            ([("Format", "pdf"), ("From", "2026-03-01"), ("To", "2026-03-02")], "导出格式“pdf”无效：请选择 csv 或 xlsx。"),
            ([("From", "2026-03-01"), ("To", "2026-03-02")], "缺少导出格式：请选择 csv 或 xlsx。"),
            ([("Format", "csv"), ("To", "2026-03-02")], "缺少开始日期：请按 yyyy-MM-dd 填写，例如 2026-03-01。"),
            ([("Format", "csv"), ("From", "2026-03-01"), ("To", "03/02/2026")], "结束日期“03/02/2026”不是 yyyy-MM-dd 格式的日期，例如 2026-03-01。"),
            ([("Format", "csv"), ("From", "2026-03-02"), ("To", "2026-03-01")], "结束日期 2026-03-01 早于开始日期 2026-03-02。"),
            ([("Format", "csv"), ("From", "2026-03-01"), ("To", "2100-01-01")], "结束日期“2100-01-01”超出范围：请填写 2000-01-01 至 2099-12-31 之间的日期。"),
        ];

        foreach (var (fields, error) in cases)
        {
            var page = await auditor.SubmitAsync("/staff/audit/export", fields);

            Assert.Equal(HttpStatusCode.BadRequest, page.Status);
            Assert.Equal([error], page.Document.QuerySelectorAll(".error-summary li").Select(item => item.TextContent));
        }

        Assert.DoesNotContain(
            await portal.ReadRecordsAsync("invalid-export"),
            record => record.Action == AuditActions.Export);
    }

    /// <summary>Returns a range of Beijing days from the day before the clock's day to the day after.</summary>
    private (string From, string To) Range()
    {
        var today = portal.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8));

        return (
            today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}

public sealed class SqliteAuditExportTests(SqliteAuditPortalFixture portal)
    : AuditExportTests(portal), IClassFixture<SqliteAuditPortalFixture>;

public sealed class PostgresAuditExportTests(PostgresAuditPortalFixture portal)
    : AuditExportTests(portal), IClassFixture<PostgresAuditPortalFixture>;
