using Zhengwu.Domain.PowerList.Changes;

namespace Zhengwu.Domain.Tests.PowerList.Lineage;

public class ChangeTargetTests
{
    private static ChangeRequest New(ChangeKind kind) =>
        new(kind, ChangeReason.MergeOrSplitNeeded, "", 1, "620100", 42, null);

    [Fact]
    public void Counties_kept_once_in_order()
    {
        var request = New(ChangeKind.Delegate);

        var error = request.ChooseCounties([" 620103", "620102", "620103", ""]);

        Assert.Null(error);
        Assert.Equal(["620103", "620102"], request.CountyCodes);
    }

    [Fact]
    public void No_county_is_rejected()
    {
        var request = New(ChangeKind.Delegate);

        var error = request.ChooseCounties(["", " ", null!]);

        Assert.Equal(new ChangeError.CountiesMissing(), error);
        Assert.Empty(request.CountyCodes);
    }

    [Fact]
    public void Counties_only_for_delegation()
    {
        Assert.Throws<InvalidOperationException>(() => New(ChangeKind.Merge).ChooseCounties(["620102"]));
    }

    [Fact]
    public void Merged_codes_normalised_once()
    {
        var request = New(ChangeKind.Merge);

        var error = request.ChooseMergedItems(["620100-xk-00007", "620100-XK-00007 ", "620100-CF-00002"]);

        Assert.Null(error);
        Assert.Equal(["620100-XK-00007", "620100-CF-00002"], request.MergedItemCodes);
    }

    [Fact]
    public void No_merged_code_is_rejected()
    {
        var error = New(ChangeKind.Merge).ChooseMergedItems([]);

        Assert.Equal(new ChangeError.MergedItemsMissing(), error);
    }

    [Theory]
    [InlineData("620100-XK-0007")]
    [InlineData("620100-ZZ-00007")]
    [InlineData("620100-XK-00000")]
    [InlineData("食品经营许可")]
    public void Malformed_merged_code_is_rejected(string code)
    {
        var request = New(ChangeKind.Merge);

        var error = request.ChooseMergedItems(["620100-XK-00001", code]);

        Assert.Equal(new ChangeError.MergedItemInvalid(code.ToUpperInvariant()), error);
        Assert.Empty(request.MergedItemCodes);
    }

    [Fact]
    public void Merged_items_only_for_merge()
    {
        Assert.Throws<InvalidOperationException>(() => New(ChangeKind.Delegate).ChooseMergedItems(["620100-XK-00001"]));
    }

    [Theory]
    [InlineData(ChangeKind.Add, true)]
    [InlineData(ChangeKind.ElementChange, true)]
    [InlineData(ChangeKind.Delegate, true)]
    [InlineData(ChangeKind.Merge, true)]
    [InlineData(ChangeKind.Cancel, false)]
    [InlineData(ChangeKind.Suspend, false)]
    [InlineData(ChangeKind.Resume, false)]
    [InlineData(ChangeKind.TakeOver, true)]
    [InlineData(ChangeKind.Split, false)]
    public void Kinds_carrying_elements(ChangeKind kind, bool expected)
    {
        Assert.Equal(expected, kind.CarriesElements());
    }
}
