using System.Globalization;
using System.Text;
using CsvHelper;
using MiniExcelLibs;

namespace Zhengwu.Infrastructure.Audit;

/// <summary>Writes audit records as CSV or XLSX, reading them page by page.</summary>
internal static class AuditExport
{
    public static async Task<long> WriteCsvAsync(
        AuditLog log,
        DateTimeOffset from,
        DateTimeOffset to,
        Stream output,
        CancellationToken cancellationToken)
    {
        long count = 0;
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        var rows = log.ReadAsync(long.MinValue, long.MaxValue, from, to, cancellationToken)
            .Select(record =>
            {
                count++;

                return AuditExportRow.From(record);
            });
        await csv.WriteRecordsAsync(rows, cancellationToken);

        return count;
    }

    public static async Task<long> WriteXlsxAsync(
        AuditLog log,
        DateTimeOffset from,
        DateTimeOffset to,
        Stream output,
        CancellationToken cancellationToken)
    {
        long count = 0;

        // MiniExcel's SaveAsAsync takes an IEnumerable, so the pages are read with blocking queries.
        var rows = log.Read(long.MinValue, from, to).Select(record =>
        {
            count++;

            return AuditExportRow.From(record);
        });
        await output.SaveAsAsync(rows, sheetName: "审计日志", cancellationToken: cancellationToken);

        return count;
    }
}
