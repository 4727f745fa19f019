using System.Globalization;

namespace Zhengwu.Domain.Audit;

/// <summary>The first record at which an audit chain fails verification, and why.</summary>
/// <param name="RecordId">The sequence number of the record verification stopped at.</param>
/// <param name="Reason">What is wrong with it.</param>
/// <param name="PreviousId">The sequence number of the last record, or anchor, that verified.</param>
public sealed record AuditChainBreak(long RecordId, AuditBreakReason Reason, long PreviousId)
{
    /// <summary>A Chinese description for the audit administrator's pages and the command line.</summary>
    public string Message => Reason switch
    {
        AuditBreakReason.Altered => Format("审计记录 #{0} 的内容与其哈希不符：该记录被修改。", RecordId),
        AuditBreakReason.LinkBroken => Format(
            "审计记录 #{0} 的前一哈希与记录 #{1} 不符：记录 #{1} 被修改或替换。", RecordId, PreviousId),
        AuditBreakReason.Missing => Format(
            "审计记录 #{0} 之前缺少 {1}：记录被删除或顺序错乱。",
            RecordId,
            FirstMissing == LastMissing ? Format("#{0}", FirstMissing) : Format("#{0}至#{1}", FirstMissing, LastMissing)),
        _ => Format("审计记录 #{0} 出现在 #{1} 之后：记录重复或顺序错乱。", RecordId, PreviousId),
    };

    /// <summary>An English description for logs.</summary>
    public string LogMessage => Reason switch
    {
        AuditBreakReason.Altered => Format("Audit record {0} does not match its hash: the record was changed.", RecordId),
        AuditBreakReason.LinkBroken => Format(
            "Audit record {0} does not carry the hash of record {1}: record {1} was changed or replaced.",
            RecordId,
            PreviousId),
        AuditBreakReason.Missing => Format(
            "Audit record {0} follows a gap: {1} missing (deleted, or the records are out of order).",
            RecordId,
            FirstMissing == LastMissing
                ? Format("record {0} is", FirstMissing)
                : Format("records {0} to {1} are", FirstMissing, LastMissing)),
        _ => Format("Audit record {0} comes after record {1}: records are duplicated or out of order.", RecordId, PreviousId),
    };

    private long FirstMissing => PreviousId + 1;

    private long LastMissing => RecordId - 1;

    private static string Format(string format, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, format, values);
}
