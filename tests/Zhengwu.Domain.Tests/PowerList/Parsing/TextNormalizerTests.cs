using Zhengwu.Domain.PowerList.Parsing;

namespace Zhengwu.Domain.Tests.PowerList.Parsing;

public class TextNormalizerTests
{
    [Fact]
    public void Normalize_folds_full_width_ascii()
    {
        Assert.Equal("(2016年本)ABC123,;", TextNormalizer.Normalize("（2016年本）ＡＢＣ１２３，；"));
    }

    [Fact]
    public void Normalize_keeps_chinese_marks()
    {
        Assert.Equal("《浙江省实施〈节约能源法〉办法》国发〔2016〕72号、。",
            TextNormalizer.Normalize("《浙江省实施〈节约能源法〉办法》国发〔2016〕72号、。"));
    }

    [Fact]
    public void Normalize_collapses_and_trims_whitespace()
    {
        Assert.Equal("兰州市 教育局 审批", TextNormalizer.Normalize("\u3000 兰州市\t\n 教育局\u3000审批  "));
    }

    [Fact]
    public void Normalize_returns_empty_for_null()
    {
        Assert.Equal("", TextNormalizer.Normalize(null));
    }

    [Theory]
    [InlineData("固定资产投资项目核准(含国发〔2016〕72号文件规定的外商投资项目)*",
        "固定资产投资项目核准(含国发〔2016〕72号文件规定的外商投资项目)")]
    [InlineData("区发改经信局＊", "区发改经信局")]
    [InlineData("※教师资格认定", "教师资格认定")]
    [InlineData("校车*使用许可 ", "校车使用许可")]
    [InlineData("", "")]
    public void StripFootnoteMarks_removes_every_mark(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.StripFootnoteMarks(text));
    }

    [Fact]
    public void ForSearch_drops_punctuation_and_spaces()
    {
        Assert.Equal("国务院关于发布政府核准的投资项目目录2016年本的通知",
            TextNormalizer.ForSearch("《国务院关于发布政府核准的投资项目目录（2016年本）的通知》"));
    }

    [Fact]
    public void ForSearch_lower_cases_full_width_letters()
    {
        Assert.Equal("icp许可证2024", TextNormalizer.ForSearch(" ＩＣＰ 许可证，２０２４ "));
    }

    [Fact]
    public void ForSearch_matches_both_bracket_widths()
    {
        var halfWidth = TextNormalizer.ForSearch("投资项目目录(2016年本)");
        var fullWidth = TextNormalizer.ForSearch("投资项目目录（２０１６年本）");

        Assert.Equal(halfWidth, fullWidth);
    }

    [Fact]
    public void CollapseWhitespace_keeps_full_width_brackets()
    {
        Assert.Equal("烟花爆竹经营（零售）许可", TextNormalizer.CollapseWhitespace("  烟花爆竹经营（零售）许可\n"));
    }

    [Fact]
    public void CollapseWhitespace_joins_runs_with_one_space()
    {
        Assert.Equal("食品 经营许可", TextNormalizer.CollapseWhitespace("食品 \u3000\t经营许可"));
    }
}
