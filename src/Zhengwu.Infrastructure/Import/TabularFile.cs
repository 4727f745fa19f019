using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;

namespace Zhengwu.Infrastructure.Import;

/// <summary>A CSV or XLSX sheet read into rows keyed by canonical column names.</summary>
public sealed class TabularFile
{
    private TabularFile(IReadOnlyList<string> columns, IReadOnlyList<TabularRow> rows)
    {
        Columns = columns;
        Rows = rows;
    }

    /// <summary>The canonical names of the columns the header row contains, in sheet order.</summary>
    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<TabularRow> Rows { get; }

    public bool Has(string column) => Columns.Contains(column);

    /// <summary>
    /// Reads <paramref name="path"/> by its extension (.csv in UTF-8, with or without BOM, or .xlsx), renaming
    /// header cells through <paramref name="aliases"/>. Throws <see cref="ImportFileException"/> when the file
    /// cannot be read as a sheet.
    /// </summary>
    public static TabularFile Read(string path, IReadOnlyDictionary<string, string> aliases)
    {
        if (!File.Exists(path))
        {
            throw new ImportFileException($"文件不存在：{path}");
        }

        var extension = Path.GetExtension(path).ToUpperInvariant();

        return extension switch
        {
            ".CSV" => ReadCsv(path, aliases),
            ".XLSX" => ReadXlsx(path, aliases),
            _ => throw new ImportFileException($"不支持的文件类型“{extension}”：请提供 .csv（UTF-8）或 .xlsx 文件。"),
        };
    }

    private static TabularFile ReadCsv(string path, IReadOnlyDictionary<string, string> aliases)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectColumnCountChanges = false,
            BadDataFound = null,
            MissingFieldFound = null,
        };
        var strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        using var reader = new StreamReader(path, strictUtf8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, configuration);
        try
        {
            return ReadCsvRecords(csv, aliases);
        }
        catch (DecoderFallbackException exception)
        {
            throw new ImportFileException($"文件不是 UTF-8 编码：{path}。请另存为 UTF-8 编码的 CSV。", exception);
        }
    }

    private static TabularFile ReadCsvRecords(CsvReader csv, IReadOnlyDictionary<string, string> aliases)
    {
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            throw new ImportFileException("文件为空：第1行应为表头。");
        }

        var columns = header.Select(name => Canonical(name, aliases)).ToList();
        var rows = new List<TabularRow>();
        while (csv.Read())
        {
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var index = 0; index < columns.Count; index++)
            {
                cells[columns[index]] = csv.TryGetField(index, out string? value) ? value ?? "" : "";
            }

            rows.Add(new TabularRow(rows.Count + 2, cells));
        }

        return new TabularFile(columns, rows);
    }

    private static TabularFile ReadXlsx(string path, IReadOnlyDictionary<string, string> aliases)
    {
        List<IDictionary<string, object?>> records;
        try
        {
            records = [.. MiniExcel.Query(path, useHeaderRow: true).Cast<IDictionary<string, object?>>()];
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or InvalidOperationException)
        {
            throw new ImportFileException($"无法读取 XLSX 文件：{path}。请确认它是有效的 Excel 2007 及以上格式文件。", exception);
        }

        var header = MiniExcel.GetColumns(path, useHeaderRow: true)?.ToList() ?? [];
        if (header.Count == 0)
        {
            throw new ImportFileException("文件为空：第1行应为表头。");
        }

        var columns = header.Select(name => Canonical(name, aliases)).ToList();
        var rows = records.Select((record, index) => ToRow(record, header, columns, index + 2)).ToList();

        return new TabularFile(columns, rows);
    }

    private static TabularRow ToRow(
        IDictionary<string, object?> record,
        List<string> header,
        List<string> columns,
        int number)
    {
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var index = 0; index < header.Count; index++)
        {
            record.TryGetValue(header[index], out var value);
            cells[columns[index]] = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        }

        return new TabularRow(number, cells);
    }

    private static string Canonical(string header, IReadOnlyDictionary<string, string> aliases)
    {
        var trimmed = header.Trim().Trim('\uFEFF');

        return aliases.TryGetValue(trimmed, out var canonical) ? canonical : trimmed;
    }
}
