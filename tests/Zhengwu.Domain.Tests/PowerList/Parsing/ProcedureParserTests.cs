using Zhengwu.Domain.PowerList.Parsing;

namespace Zhengwu.Domain.Tests.PowerList.Parsing;

public class ProcedureParserTests
{
    [Theory]
    [InlineData("申请→受理→审查→决定→送达")]
    [InlineData("申请->受理->审查->决定->送达")]
    [InlineData("申请＞受理＞审查＞决定＞送达")]
    [InlineData("申请>受理>审查>决定>送达")]
    [InlineData("申请、受理、审查、决定、送达")]
    [InlineData("申请\n受理\n审查\r\n决定\n送达")]
    [InlineData(" 申请 → 受理→审查 -> 决定＞送达 ")]
    public void Every_separator_splits_steps(string text)
    {
        var steps = ProcedureParser.Parse(text);

        Assert.Equal(["申请", "受理", "审查", "决定", "送达"], steps);
    }

    [Fact]
    public void Bracketed_remark_stays_in_step()
    {
        var steps = ProcedureParser.Parse("申请→受理→审查（含现场核查/查验）→决定→送达");

        Assert.Equal(["申请", "受理", "审查（含现场核查/查验）", "决定", "送达"], steps);
    }

    [Fact]
    public void Separators_inside_brackets_do_not_split()
    {
        var steps = ProcedureParser.Parse("申请→审查（书面审查、现场核查）→决定");

        Assert.Equal(["申请", "审查（书面审查、现场核查）", "决定"], steps);
    }

    [Fact]
    public void Empty_steps_are_dropped()
    {
        var steps = ProcedureParser.Parse("申请→→受理→");

        Assert.Equal(["申请", "受理"], steps);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void Empty_text_gives_no_steps(string? text)
    {
        Assert.Empty(ProcedureParser.Parse(text));
    }
}
