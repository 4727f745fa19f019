using Zhengwu.Domain.Audit;

namespace Zhengwu.Domain.Tests.Audit;

public class AuditChainTests
{
    // Produced with: printf 'zhengwu-audit-v1\n1:1\n28:2026-03-02T01:02:03.4567890Z\n3:u-1\n6:张三\n15:content-officer\n
    // 15:login.succeeded\n-\n-\n9:Succeeded\n8:10.0.0.8\n-\n64:000…000\n' | sha256sum (one printf, 64 zeros).
    private const string FirstHash = "22482e05218cc61a7d47bf50e7f0ff074cc8d3c6af4efa8494fab5a5f0ae3512";

    // Produced the same way from the canonical text in Second_record_hash_matches_sha256sum.
    private const string SecondHash = "e73113570464528b41cd0a91476c4d66de9a928865a065c4bc405099939e0c29";

    private static readonly DateTimeOffset s_firstTime = new DateTimeOffset(2026, 3, 2, 9, 2, 3, TimeSpan.FromHours(8))
        .AddTicks(4_567_890);

    private static readonly AuditEntry s_login = new(AuditActions.LoginSucceeded, AuditResult.Succeeded)
    {
        AccountId = "u-1",
        AccountName = "张三",
        Role = "content-officer",
        ClientAddress = "10.0.0.8",
    };

    private static readonly AuditEntry s_failure = new(AuditActions.LoginFailed, AuditResult.Failed)
    {
        ObjectType = "account",
        ObjectId = "u-1",
        ClientAddress = "10.0.0.9",
        Detail = "第3次失败",
    };

    [Fact]
    public void Canonical_text_lists_every_field()
    {
        var record = First();

        var expected = "zhengwu-audit-v1\n1:1\n28:2026-03-02T01:02:03.4567890Z\n3:u-1\n6:张三\n15:content-officer\n"
            + "15:login.succeeded\n-\n-\n9:Succeeded\n8:10.0.0.8\n-\n64:" + new string('0', 64) + "\n";
        Assert.Equal(expected, AuditChain.CanonicalText(record));
    }

    [Fact]
    public void First_record_hash_matches_sha256sum()
    {
        var record = First();

        Assert.Equal(1, record.Id);
        Assert.Equal(new string('0', 64), record.PreviousHash);
        Assert.Equal(FirstHash, record.Hash);
    }

    [Fact]
    public void Second_record_hash_matches_sha256sum()
    {
        var second = Second(First());

        var expected = "zhengwu-audit-v1\n1:2\n28:2026-03-02T01:05:00.0000000Z\n-\n-\n-\n12:login.failed\n7:account\n3:u-1\n"
            + "6:Failed\n8:10.0.0.9\n13:第3次失败\n64:" + FirstHash + "\n";
        Assert.Equal(expected, AuditChain.CanonicalText(second));
        Assert.Equal(2, second.Id);
        Assert.Equal(FirstHash, second.PreviousHash);
        Assert.Equal(SecondHash, second.Hash);
    }

    [Fact]
    public void Append_stores_time_in_utc_microseconds()
    {
        var record = AuditChain.Append(AuditChainLink.Genesis, s_login, s_firstTime.AddTicks(7));

        Assert.Equal(TimeSpan.Zero, record.OccurredAt.Offset);
        Assert.Equal(new DateTime(2026, 3, 2, 1, 2, 3, DateTimeKind.Utc).AddTicks(4_567_890), record.OccurredAt.UtcDateTime);
    }

    [Fact]
    public void Null_and_empty_fields_hash_differently()
    {
        var withNull = AuditChain.Append(AuditChainLink.Genesis, s_login, s_firstTime);
        var withEmpty = AuditChain.Append(AuditChainLink.Genesis, s_login with { Role = "" }, s_firstTime);

        Assert.NotEqual(withNull.Hash, withEmpty.Hash);
    }

    [Fact]
    public void Moving_text_between_fields_changes_hash()
    {
        // Joined by newlines alone, both pairs of fields would read "a\nb\nc".
        var left = AuditChain.Append(AuditChainLink.Genesis, s_login with { ObjectType = "a\nb", ObjectId = "c" }, s_firstTime);
        var right = AuditChain.Append(AuditChainLink.Genesis, s_login with { ObjectType = "a", ObjectId = "b\nc" }, s_firstTime);

        Assert.NotEqual(left.Hash, right.Hash);
    }

    [Fact]
    public void Append_masks_detail_and_object_id()
    {
        var entry = s_login with { ObjectId = "620102199001011234", Detail = "password=hunter2 电话13812345678" };

        var record = AuditChain.Append(AuditChainLink.Genesis, entry, s_firstTime);

        Assert.Equal("620102********1234", record.ObjectId);
        Assert.Equal("password=*** 电话138****5678", record.Detail);
    }

    [Fact]
    public void Append_cuts_long_detail_without_splitting_pairs()
    {
        var detail = new string('a', AuditRecord.MaxDetailLength - 1) + "😀tail";

        var record = AuditChain.Append(AuditChainLink.Genesis, s_login with { Detail = detail }, s_firstTime);

        Assert.Equal(new string('a', AuditRecord.MaxDetailLength - 1), record.Detail);
    }

    [Fact]
    public void Append_replaces_unpaired_surrogates_and_nul()
    {
        var record = AuditChain.Append(AuditChainLink.Genesis, s_login with { Detail = "a\uD800b\0c😀" }, s_firstTime);

        Assert.Equal("a\uFFFDb\uFFFDc😀", record.Detail);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Login.Failed")]
    [InlineData("login failed")]
    [InlineData("login..failed")]
    [InlineData(".login")]
    public void Append_rejects_malformed_action(string action)
    {
        var exception = Assert.Throws<ArgumentException>(
            () => AuditChain.Append(AuditChainLink.Genesis, s_login with { Action = action }, s_firstTime));

        Assert.Contains($"'{action}'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Append_rejects_undefined_result()
    {
        Assert.Throws<ArgumentException>(
            () => AuditChain.Append(AuditChainLink.Genesis, s_login with { Result = (AuditResult)9 }, s_firstTime));
    }

    [Fact]
    public void Append_continues_from_anchor()
    {
        var anchor = new AuditChainLink(41, SecondHash);

        var record = AuditChain.Append(anchor, s_login, s_firstTime);

        Assert.Equal(42, record.Id);
        Assert.Equal(SecondHash, record.PreviousHash);
    }

    internal static AuditRecord First() => AuditChain.Append(AuditChainLink.Genesis, s_login, s_firstTime);

    internal static AuditRecord Second(AuditRecord first) =>
        AuditChain.Append(AuditChainLink.To(first), s_failure, new DateTimeOffset(2026, 3, 2, 1, 5, 0, TimeSpan.Zero));
}
