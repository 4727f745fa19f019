using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Domain.PowerList.Lineage;

namespace Zhengwu.Domain.Tests.PowerList.Lineage;

public class PowerItemSuccessionTests
{
    [Theory]
    [InlineData(ChangeKind.Merge)]
    [InlineData(ChangeKind.Split)]
    public void Merge_and_split_link_items(ChangeKind kind)
    {
        var succession = new PowerItemSuccession(3, 7, 11, kind);

        Assert.Equal(3, succession.PredecessorItemId);
        Assert.Equal(7, succession.SuccessorItemId);
        Assert.Equal(11, succession.ChangeRequestId);
        Assert.Equal(kind, succession.Kind);
    }

    [Theory]
    [InlineData(ChangeKind.Add)]
    [InlineData(ChangeKind.Cancel)]
    [InlineData(ChangeKind.Delegate)]
    [InlineData(ChangeKind.ElementChange)]
    public void Other_kinds_are_rejected(ChangeKind kind)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PowerItemSuccession(3, 7, 11, kind));
    }

    [Fact]
    public void Item_cannot_succeed_itself()
    {
        Assert.Throws<ArgumentException>(() => new PowerItemSuccession(5, 5, 11, ChangeKind.Merge));
    }
}
