using Zhengwu.Domain.Audit;

namespace Zhengwu.Domain.Tests.Audit;

public class AuditChainVerifyTests
{
    private static readonly DateTimeOffset s_start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Intact_chain_has_no_break()
    {
        var records = Chain(5);

        Assert.Null(AuditChain.Verify(records));
    }

    [Fact]
    public void Empty_chain_has_no_break()
    {
        Assert.Null(AuditChain.Verify([]));
    }

    [Fact]
    public void Changed_action_breaks_at_record()
    {
        var records = Chain(5);
        records[2] = records[2] with { Action = AuditActions.LoginSucceeded };

        var found = AuditChain.Verify(records);

        Assert.Equal(new AuditChainBreak(3, AuditBreakReason.Altered, 2), found);
    }

    [Fact]
    public void Every_field_is_covered_by_hash()
    {
        var record = Chain(1)[0];
        AuditRecord[] changed =
        [
            record with { OccurredAt = record.OccurredAt.AddTicks(10) },
            record with { AccountId = "u-2" },
            record with { AccountName = "李四" },
            record with { Role = null },
            record with { Action = "login.succeeded" },
            record with { ObjectType = "role" },
            record with { ObjectId = "7" },
            record with { Result = AuditResult.Denied },
            record with { ClientAddress = "10.0.0.1" },
            record with { Detail = "x" },
            record with { PreviousHash = new string('f', 64) },
        ];

        foreach (var edited in changed)
        {
            Assert.Equal(AuditBreakReason.Altered, AuditChain.Verify([edited])?.Reason);
        }
    }

    [Fact]
    public void Recomputed_hash_breaks_next_link()
    {
        var records = Chain(4);
        var edited = records[1] with { Detail = "edited" };
        records[1] = edited with { Hash = AuditChain.ComputeHash(edited) };

        var found = AuditChain.Verify(records);

        Assert.Equal(new AuditChainBreak(3, AuditBreakReason.LinkBroken, 2), found);
    }

    [Fact]
    public void Removed_middle_record_is_missing()
    {
        var records = Chain(5);
        records.RemoveAt(2);

        var found = AuditChain.Verify(records);

        Assert.Equal(new AuditChainBreak(4, AuditBreakReason.Missing, 2), found);
    }

    [Fact]
    public void Removed_first_record_is_missing()
    {
        var records = Chain(3);
        records.RemoveAt(0);

        var found = AuditChain.Verify(records);

        Assert.Equal(new AuditChainBreak(2, AuditBreakReason.Missing, 0), found);
    }

    [Fact]
    public void Swapped_records_break_at_first()
    {
        var records = Chain(4);
        (records[1], records[2]) = (records[2], records[1]);

        var found = AuditChain.Verify(records);

        Assert.Equal(new AuditChainBreak(3, AuditBreakReason.Missing, 1), found);
    }

    [Fact]
    public void Renumbered_swap_is_altered()
    {
        var records = Chain(4);
        var second = records[1];
        var third = records[2];
        records[1] = third with { Id = 2 };
        records[2] = second with { Id = 3 };

        var found = AuditChain.Verify(records);

        Assert.Equal(new AuditChainBreak(2, AuditBreakReason.Altered, 1), found);
    }

    [Fact]
    public void Duplicated_record_is_out_of_order()
    {
        var records = Chain(3);
        records.Insert(2, records[1]);

        var found = AuditChain.Verify(records);

        Assert.Equal(new AuditChainBreak(2, AuditBreakReason.OutOfOrder, 2), found);
    }

    [Fact]
    public void Chain_after_anchor_verifies_from_anchor()
    {
        var records = Chain(6);
        var anchor = AuditChainLink.To(records[2]);
        var kept = records.Skip(3).ToList();

        Assert.Null(AuditChain.Verify(kept, anchor));
        Assert.Equal(new AuditChainBreak(4, AuditBreakReason.Missing, 0), AuditChain.Verify(kept));
    }

    [Fact]
    public void Wrong_anchor_hash_breaks_link()
    {
        var records = Chain(6);
        var kept = records.Skip(3).ToList();

        var found = AuditChain.Verify(kept, new AuditChainLink(3, records[1].Hash));

        Assert.Equal(new AuditChainBreak(4, AuditBreakReason.LinkBroken, 3), found);
    }

    [Fact]
    public void Verifier_counts_and_stops_at_break()
    {
        var records = Chain(4);
        records[1] = records[1] with { Detail = "edited" };
        var verifier = new AuditChainVerifier(AuditChainLink.Genesis);

        var results = records.Select(verifier.Check).ToList();

        Assert.Null(results[0]);
        Assert.All(results.Skip(1), result => Assert.Equal(2, result?.RecordId));
        Assert.Equal(1, verifier.Count);
        Assert.Equal(AuditChainLink.To(records[0]), verifier.Last);
    }

    [Theory]
    [InlineData(AuditBreakReason.Altered, 7, 6, "审计记录 #7 的内容与其哈希不符：该记录被修改。")]
    [InlineData(AuditBreakReason.LinkBroken, 7, 6, "审计记录 #7 的前一哈希与记录 #6 不符：记录 #6 被修改或替换。")]
    [InlineData(AuditBreakReason.Missing, 7, 5, "审计记录 #7 之前缺少 #6：记录被删除或顺序错乱。")]
    [InlineData(AuditBreakReason.Missing, 9, 5, "审计记录 #9 之前缺少 #6至#8：记录被删除或顺序错乱。")]
    [InlineData(AuditBreakReason.OutOfOrder, 5, 6, "审计记录 #5 出现在 #6 之后：记录重复或顺序错乱。")]
    public void Break_message_names_records(AuditBreakReason reason, long id, long previous, string expected)
    {
        Assert.Equal(expected, new AuditChainBreak(id, reason, previous).Message);
    }

    [Fact]
    public void Log_message_names_missing_range()
    {
        var found = new AuditChainBreak(9, AuditBreakReason.Missing, 5);

        Assert.Equal(
            "Audit record 9 follows a gap: records 6 to 8 are missing (deleted, or the records are out of order).",
            found.LogMessage);
    }

    private static List<AuditRecord> Chain(int count)
    {
        var records = new List<AuditRecord>();
        var previous = AuditChainLink.Genesis;
        for (var index = 0; index < count; index++)
        {
            var entry = new AuditEntry(AuditActions.LoginFailed, AuditResult.Failed)
            {
                AccountId = "u-1",
                Role = "auditor",
                Detail = $"attempt {index + 1}",
            };
            var record = AuditChain.Append(previous, entry, s_start.AddMinutes(index));
            records.Add(record);
            previous = AuditChainLink.To(record);
        }

        return records;
    }
}
