using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Infrastructure.Export;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Pages.Staff.Audit;

/// <summary>
/// Exports the audit records of a range of Beijing-time days as a CSV or XLSX download. Every export is itself
/// recorded with its format, range and record count.
/// </summary>
public sealed class ExportModel(AuditLog log, TimeProvider clock) : PageModel
{
    private const string CsvType = "text/csv; charset=utf-8";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const int DefaultDays = 30;

    [BindProperty]
    public string? Format { get; set; }

    [BindProperty]
    public string? From { get; set; }

    [BindProperty]
    public string? To { get; set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public void OnGet()
    {
        var today = BeijingDays.Today(clock);
        Format = "csv";
        From = today.AddDays(-DefaultDays).ToString(BeijingDays.Format, CultureInfo.InvariantCulture);
        To = today.ToString(BeijingDays.Format, CultureInfo.InvariantCulture);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var format = ParseFormat();
        var from = Required("from", "开始日期", From);
        var to = Required("to", "结束日期", To);
        BeijingDays.CheckOrder(from, to, Errors);
        if (Errors.Count > 0 || format is null || from is null || to is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;

            return Page();
        }

        return await ExportAsync(format.Value, from.Value, to.Value, cancellationToken);
    }

    /// <summary>
    /// Writes the export to a temporary file that is deleted when the download closes it, so a large export
    /// is not held in memory and leaves no copy on the server.
    /// </summary>
    private async Task<IActionResult> ExportAsync(
        ExportFormat format,
        DateOnly from,
        DateOnly to,
        CancellationToken cancellationToken)
    {
        var file = CreateTemporaryFile();
        try
        {
            var count = await log.ExportAsync(
                format,
                BeijingDays.StartOf(from),
                BeijingDays.EndOf(to),
                file,
                cancellationToken);
            var entry = AuditLogEntry.For(
                HttpContext,
                AuditActions.Export,
                AuditResult.Succeeded,
                Describe(format, from, to, count));
            await log.AppendAsync(entry, cancellationToken);
            file.Position = 0;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }

        // Pages get no-store from their antiforgery token; a download has none, so it is set here.
        Response.Headers.CacheControl = "no-store";
        var extension = format == ExportFormat.Csv ? "csv" : "xlsx";
        var name = string.Create(CultureInfo.InvariantCulture, $"audit-{from:yyyyMMdd}-{to:yyyyMMdd}.{extension}");

        return File(file, format == ExportFormat.Csv ? CsvType : XlsxType, name);
    }

    private static FileStream CreateTemporaryFile() => new(
        Path.Combine(Path.GetTempPath(), "zhengwu-audit-" + Path.GetRandomFileName()),
        FileMode.CreateNew,
        FileAccess.ReadWrite,
        FileShare.None,
        bufferSize: 81920,
        FileOptions.DeleteOnClose | FileOptions.Asynchronous);

    private static string Describe(ExportFormat format, DateOnly from, DateOnly to, long count) =>
        string.Create(CultureInfo.InvariantCulture, $"{format} {from:yyyy-MM-dd}..{to:yyyy-MM-dd}, {count} records");

    private ExportFormat? ParseFormat()
    {
        switch (Format)
        {
            case "csv":
                return ExportFormat.Csv;
            case "xlsx":
                return ExportFormat.Xlsx;
            case null or "":
                Errors["format"] = "缺少导出格式：请选择 csv 或 xlsx。";

                return null;
            default:
                Errors["format"] = $"导出格式“{DisplayText.Shorten(Format)}”无效：请选择 csv 或 xlsx。";

                return null;
        }
    }

    private DateOnly? Required(string name, string label, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            Errors[name] = $"缺少{label}：请按 yyyy-MM-dd 填写，例如 2026-03-01。";

            return null;
        }

        return BeijingDays.Parse(name, label, text, Errors);
    }
}
