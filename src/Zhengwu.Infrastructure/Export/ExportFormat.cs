namespace Zhengwu.Infrastructure.Export;

/// <summary>The spreadsheet formats of downloads.</summary>
public enum ExportFormat
{
    /// <summary>UTF-8 CSV with a byte order mark, so that Excel reads the Chinese headers correctly.</summary>
    Csv = 1,

    Xlsx = 2,
}
