using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Domain.PowerList.Drafts;

namespace Zhengwu.Domain.Tests.PowerList.Lineage;

public class SplitPartsTests
{
    private static ChangeRequest Split() => new(ChangeKind.Split, ChangeReason.MergeOrSplitNeeded, "", 1, "620100", 42, null);

    private static DraftElements Part(string name, string? promised = null) =>
        new() { Name = name, Type = PowerType.Licensing, PromisedTimeLimitText = promised };

    [Fact]
    public void Parts_kept_in_order_with_trimmed_names()
    {
        var request = Split();
        var first = Part(" 食品经营许可（食品销售） ", "15个工作日");

        var error = request.ChooseSplitParts([first, Part("食品经营许可（餐饮服务）")]);

        Assert.Null(error);
        Assert.Equal(["食品经营许可（食品销售）", "食品经营许可（餐饮服务）"], request.SplitParts.Select(part => part.Name));
        Assert.Equal("15个工作日", request.SplitParts[0].PromisedTimeLimitText);
        Assert.NotSame(first, request.SplitParts[0]);
        Assert.Equal(" 食品经营许可（食品销售） ", first.Name);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(11)]
    public void Part_count_outside_two_to_ten_is_rejected(int count)
    {
        var request = Split();

        var error = request.ChooseSplitParts([.. Enumerable.Range(1, count).Select(number => Part($"事项{number}"))]);

        Assert.Equal(new ChangeError.SplitPartCount(count), error);
        Assert.Empty(request.SplitParts);
    }

    [Fact]
    public void Ten_parts_are_accepted()
    {
        var request = Split();

        var error = request.ChooseSplitParts([.. Enumerable.Range(1, 10).Select(number => Part($"事项{number}"))]);

        Assert.Null(error);
        Assert.Equal(10, request.SplitParts.Count);
    }

    [Fact]
    public void Invalid_part_is_named_by_number()
    {
        var error = Split().ChooseSplitParts([Part("甲"), Part("乙", "尽快"), Part(" ")]);

        Assert.Equal(
            "第 2 个分设事项：无法识别承诺办结时限“尽快”：请写成“自受理之日起20日内”“20个工作日”或“3个月”。",
            error?.Message);
    }

    [Fact]
    public void Names_equal_after_trimming_are_rejected()
    {
        var request = Split();

        var error = request.ChooseSplitParts([Part("甲"), Part("乙"), Part("甲 ")]);

        Assert.Equal(new ChangeError.SplitPartNameRepeated("甲"), error);
        Assert.Equal("分设后的事项名称“甲”重复，请为每个新事项填写不同的名称。", error?.Message);
        Assert.Empty(request.SplitParts);
    }

    [Fact]
    public void Parts_only_for_split()
    {
        var merge = new ChangeRequest(ChangeKind.Merge, ChangeReason.MergeOrSplitNeeded, "", 1, "620100", 42, null);

        Assert.Throws<InvalidOperationException>(() => merge.ChooseSplitParts([Part("甲"), Part("乙")]));
    }

    [Fact]
    public void Take_over_links_to_created_item()
    {
        var request = new ChangeRequest(ChangeKind.TakeOver, ChangeReason.DelegatedFromAbove, "", 9, "620102", null, null)
        {
            SourceItemId = 7,
        };

        request.AttachItem(120);

        Assert.Equal((120, 7), (request.PowerItemId, request.SourceItemId));
        Assert.Throws<InvalidOperationException>(() => request.AttachItem(121));
        Assert.Throws<InvalidOperationException>(() => Split().AttachItem(121));
    }
}
