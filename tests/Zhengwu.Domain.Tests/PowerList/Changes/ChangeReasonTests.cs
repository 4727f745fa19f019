using Zhengwu.Domain.PowerList.Changes;

namespace Zhengwu.Domain.Tests.PowerList.Changes;

public class ChangeReasonTests
{
    public static TheoryData<ChangeKind, ChangeReason> KindsAndReasons()
    {
        var data = new TheoryData<ChangeKind, ChangeReason>();
        foreach (var kind in Enum.GetValues<ChangeKind>())
        {
            foreach (var reason in Enum.GetValues<ChangeReason>())
            {
                data.Add(kind, reason);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(KindsAndReasons))]
    public void Kind_accepts_only_its_reasons(ChangeKind kind, ChangeReason reason)
    {
        var error = ChangeRequest.CheckReason(kind, reason, "说明");

        if (Accepts(kind, (int)reason))
        {
            Assert.Null(error);
        }
        else
        {
            Assert.Equal(new ChangeError.ReasonNotForKind(kind, reason), error);
        }
    }

    [Fact]
    public void Reason_codes_are_fixed()
    {
        int[] codes =
        [
            101, 102, 103, 104, 105, 106, 107, 108,
            201, 202, 203, 204, 205,
            301, 302, 303, 304,
            401,
        ];

        Assert.Equal(codes, Enum.GetValues<ChangeReason>().Select(reason => (int)reason));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(2000)]
    public void Explanation_up_to_2000_is_accepted(int? length)
    {
        var explanation = length is null ? null : new string('说', length.Value);

        var error = ChangeRequest.CheckReason(ChangeKind.Merge, ChangeReason.MergeOrSplitNeeded, explanation);

        Assert.Null(error);
    }

    [Fact]
    public void Explanation_over_2000_is_rejected()
    {
        var error = ChangeRequest.CheckReason(ChangeKind.Merge, ChangeReason.MergeOrSplitNeeded, new string('说', 2001));

        Assert.Equal(new ChangeError.ExplanationTooLong(2001), error);
        Assert.Equal("说明共 2001 个字，超过上限 2000 个字，请精简后再提交。", error?.Message);
    }

    [Fact]
    public void Explanation_limit_counts_characters()
    {
        // U+20BB7 is a CJK Extension B character, used in personal and place names, stored as two UTF-16 units.
        var explanation = string.Concat(Enumerable.Repeat("\U00020BB7", 1500));

        var error = ChangeRequest.CheckReason(ChangeKind.Merge, ChangeReason.MergeOrSplitNeeded, explanation);

        Assert.Null(error);
    }

    [Fact]
    public void Wrong_reason_message()
    {
        var error = ChangeRequest.CheckReason(ChangeKind.Resume, ChangeReason.NoCasesForThreeYears, null);

        Assert.Equal("“三年以上未发生办件”不是恢复申请可选的理由，请从列表中选择。", error?.Message);
    }

    // CheckReason validates what a department enters, so a code outside the enum gives an error, not an exception.
    [Theory]
    [InlineData(0)]
    [InlineData(109)]
    [InlineData(999)]
    public void Undefined_reason_is_rejected(int code)
    {
        var error = ChangeRequest.CheckReason(ChangeKind.Add, (ChangeReason)code, "说明");

        Assert.NotNull(error);
    }

    // Zero is the default of ChangeKind, which a request body without a kind binds to.
    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void Undefined_kind_accepts_no_reason(int code)
    {
        var error = ChangeRequest.CheckReason((ChangeKind)code, ChangeReason.LawEnactedOrRevised, "说明");

        Assert.NotNull(error);
    }

    /// <summary>
    /// Returns whether a kind accepts a reason code: adjustments 101 to 108, element changes 201 to 205,
    /// suspensions 301 to 304 and resumptions 401 only.
    /// </summary>
    private static bool Accepts(ChangeKind kind, int code) => kind switch
    {
        ChangeKind.Add or ChangeKind.Cancel or ChangeKind.Delegate or ChangeKind.TakeOver or ChangeKind.Merge
            or ChangeKind.Split => code is >= 101 and <= 108,
        ChangeKind.ElementChange => code is >= 201 and <= 205,
        ChangeKind.Suspend => code is >= 301 and <= 304,
        ChangeKind.Resume => code == 401,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
