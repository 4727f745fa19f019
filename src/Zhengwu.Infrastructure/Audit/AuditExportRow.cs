using System.Globalization;
using CsvHelper.Configuration.Attributes;
using MiniExcelLibs.Attributes;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Export;

namespace Zhengwu.Infrastructure.Audit;

/// <summary>
/// One exported audit record. Every text cell is escaped against formula injection. The hashes are included so
/// that an auditor can match the export with the stored chain.
/// </summary>
internal sealed class AuditExportRow
{
    // China Standard Time has had no daylight saving time since 1991.
    private static readonly TimeSpan s_chinaOffset = TimeSpan.FromHours(8);

    [Name("序号")]
    [ExcelColumnName("序号")]
    public long Id { get; init; }

    [Name("时间（UTC）")]
    [ExcelColumnName("时间（UTC）")]
    public string OccurredAtUtc { get; init; } = "";

    [Name("时间（北京时间）")]
    [ExcelColumnName("时间（北京时间）")]
    public string OccurredAtChina { get; init; } = "";

    [Name("账号ID")]
    [ExcelColumnName("账号ID")]
    public string? AccountId { get; init; }

    [Name("账号")]
    [ExcelColumnName("账号")]
    public string? AccountName { get; init; }

    [Name("角色")]
    [ExcelColumnName("角色")]
    public string? Role { get; init; }

    [Name("操作")]
    [ExcelColumnName("操作")]
    public string Action { get; init; } = "";

    [Name("对象类型")]
    [ExcelColumnName("对象类型")]
    public string? ObjectType { get; init; }

    [Name("对象ID")]
    [ExcelColumnName("对象ID")]
    public string? ObjectId { get; init; }

    [Name("结果")]
    [ExcelColumnName("结果")]
    public string Result { get; init; } = "";

    [Name("客户端地址")]
    [ExcelColumnName("客户端地址")]
    public string? ClientAddress { get; init; }

    [Name("说明")]
    [ExcelColumnName("说明")]
    public string? Detail { get; init; }

    [Name("前一哈希")]
    [ExcelColumnName("前一哈希")]
    public string PreviousHash { get; init; } = "";

    [Name("哈希")]
    [ExcelColumnName("哈希")]
    public string Hash { get; init; } = "";

    public static AuditExportRow From(AuditRecord record) => new()
    {
        Id = record.Id,
        OccurredAtUtc = record.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        OccurredAtChina = record.OccurredAt.ToOffset(s_chinaOffset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        AccountId = SpreadsheetCells.Escape(record.AccountId),
        AccountName = SpreadsheetCells.Escape(record.AccountName),
        Role = SpreadsheetCells.Escape(record.Role),
        Action = SpreadsheetCells.Escape(record.Action)!,
        ObjectType = SpreadsheetCells.Escape(record.ObjectType),
        ObjectId = SpreadsheetCells.Escape(record.ObjectId),
        Result = record.Result.ToString(),
        ClientAddress = SpreadsheetCells.Escape(record.ClientAddress),
        Detail = SpreadsheetCells.Escape(record.Detail),
        PreviousHash = record.PreviousHash,
        Hash = record.Hash,
    };
}
