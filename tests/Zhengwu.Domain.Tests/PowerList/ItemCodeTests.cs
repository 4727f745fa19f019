using Zhengwu.Domain.PowerList;

namespace Zhengwu.Domain.Tests.PowerList;

public class ItemCodeTests
{
    [Fact]
    public void Format_shows_region_type_and_sequence()
    {
        Assert.Equal("620100-XK-00012", ItemCode.Format("620100", PowerType.Licensing, 12));
    }

    [Theory]
    [InlineData("620100-XK-00012", true)]
    [InlineData("620102-GG-00001", true)]
    [InlineData("620100-XX-00012", false)]
    [InlineData("620100-XK-00000", false)]
    [InlineData("620100XK00012", false)]
    [InlineData("000100-XK-00012", false)]
    [InlineData("", false)]
    public void IsWellFormed_accepts_only_registry_codes(string code, bool expected)
    {
        Assert.Equal(expected, ItemCode.IsWellFormed(code));
    }

    [Fact]
    public void Counter_never_issues_a_code_twice()
    {
        var counter = new ItemCodeCounter("620100", PowerType.Penalty);

        var first = counter.Issue();
        var second = counter.Issue();

        Assert.Equal("620100-CF-00001", first);
        Assert.Equal("620100-CF-00002", second);
    }
}
