using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Parsing;

namespace Zhengwu.Domain.Tests.PowerList.Parsing;

public class LegalBasisParserTests
{
    [Fact]
    public void Single_title_with_articles()
    {
        var basis = Assert.Single(LegalBasisParser.Parse("《中华人民共和国民办教育促进法》第十二条、第十七条"));

        Assert.Equal("中华人民共和国民办教育促进法", basis.Title);
        Assert.Equal("第十二条、第十七条", basis.Articles);
        Assert.Null(basis.DocumentNumber);
    }

    [Fact]
    public void Title_without_articles_has_null_articles()
    {
        var basis = Assert.Single(LegalBasisParser.Parse("《实验动物管理条例》"));

        Assert.Equal("实验动物管理条例", basis.Title);
        Assert.Null(basis.Articles);
        Assert.Null(basis.DocumentNumber);
    }

    [Fact]
    public void Full_width_semicolon_separates_citations()
    {
        var bases = LegalBasisParser.Parse("《中华人民共和国教师法》第十三条；《教师资格条例》第十三条");

        Assert.Equal(2, bases.Count);
        Assert.Equal("中华人民共和国教师法", bases[0].Title);
        Assert.Equal("第十三条", bases[0].Articles);
        Assert.Equal("教师资格条例", bases[1].Title);
        Assert.Equal("第十三条", bases[1].Articles);
    }

    [Fact]
    public void Three_citations_keep_their_order()
    {
        var bases = LegalBasisParser.Parse(
            "《排污许可管理条例》第六条；《中华人民共和国环境保护法》第四十五条；《中华人民共和国水污染防治法》第二十一条");

        Assert.Equal(["排污许可管理条例", "中华人民共和国环境保护法", "中华人民共和国水污染防治法"],
            bases.Select(basis => basis.Title));
        Assert.Equal(["第六条", "第四十五条", "第二十一条"], bases.Select(basis => basis.Articles));
    }

    [Theory]
    [InlineData("《中华人民共和国公路法》第五十条;《公路安全保护条例》第三十五条")]
    [InlineData("《中华人民共和国公路法》第五十条，《公路安全保护条例》第三十五条")]
    [InlineData("《中华人民共和国公路法》第五十条,《公路安全保护条例》第三十五条")]
    [InlineData("《中华人民共和国公路法》第五十条、《公路安全保护条例》第三十五条")]
    [InlineData("《中华人民共和国公路法》第五十条\n《公路安全保护条例》第三十五条")]
    [InlineData("《中华人民共和国公路法》第五十条\r\n《公路安全保护条例》第三十五条")]
    [InlineData("《中华人民共和国公路法》第五十条《公路安全保护条例》第三十五条")]
    public void Every_separator_splits_citations(string cell)
    {
        var bases = LegalBasisParser.Parse(cell);

        Assert.Equal(2, bases.Count);
        Assert.Equal("中华人民共和国公路法", bases[0].Title);
        Assert.Equal("第五十条", bases[0].Articles);
        Assert.Equal("公路安全保护条例", bases[1].Title);
        Assert.Equal("第三十五条", bases[1].Articles);
    }

    [Fact]
    public void Document_number_after_title()
    {
        var bases = LegalBasisParser.Parse(
            "《企业投资项目核准和备案管理条例》第三条；《国务院关于发布政府核准的投资项目目录（2016年本）的通知》（国发〔2016〕72号）");

        Assert.Equal(2, bases.Count);
        Assert.Equal("第三条", bases[0].Articles);
        Assert.Null(bases[0].DocumentNumber);
        Assert.Equal("国务院关于发布政府核准的投资项目目录（2016年本）的通知", bases[1].Title);
        Assert.Equal("国发〔2016〕72号", bases[1].DocumentNumber);
        Assert.Null(bases[1].Articles);
    }

    [Fact]
    public void Run_together_cell_splits_into_five()
    {
        var bases = LegalBasisParser.Parse(
            "《企业投资项目核准和备案管理条例》《国务院关于发布政府核准的投资项目目录(2016年本)的通知》(国发〔2016〕72号)"
            + "《浙江省加强县级人民政府行政管理职能若干规定》"
            + "《浙江省人民政府关于发布政府核准的投资项目目录(浙江省2017年本)的通知》(浙政发〔2017〕16号)"
            + "《浙江省人民政府办公厅关于印发浙江省投资项目审批事项目录(2020年)的通知》(浙政办发〔2020〕48号)");

        Assert.Equal(
            [
                "企业投资项目核准和备案管理条例",
                "国务院关于发布政府核准的投资项目目录(2016年本)的通知",
                "浙江省加强县级人民政府行政管理职能若干规定",
                "浙江省人民政府关于发布政府核准的投资项目目录(浙江省2017年本)的通知",
                "浙江省人民政府办公厅关于印发浙江省投资项目审批事项目录(2020年)的通知",
            ],
            bases.Select(basis => basis.Title));
        Assert.Equal(
            [null, "国发〔2016〕72号", null, "浙政发〔2017〕16号", "浙政办发〔2020〕48号"],
            bases.Select(basis => basis.DocumentNumber));
        Assert.All(bases, basis => Assert.Null(basis.Articles));
    }

    [Fact]
    public void Inner_title_marks_become_angle_brackets()
    {
        var bases = LegalBasisParser.Parse(
            "《中华人民共和国节约能源法》《固定资产投资项目节能审查办法》(国家发展改革委令2016年第44号)"
            + "《浙江省实施〈中华人民共和国节约能源法〉办法》"
            + "《省发展改革委关于印发<浙江省节能审查办法>的通知》(浙发改能源〔2019〕532号)"
            + "《市发改委关于印发<杭州市固定资产项目节能审查办法>的通知》(杭发改能源〔2021〕191号)");

        Assert.Equal(5, bases.Count);
        Assert.Equal("国家发展改革委令2016年第44号", bases[1].DocumentNumber);
        Assert.Equal("浙江省实施〈中华人民共和国节约能源法〉办法", bases[2].Title);
        Assert.Equal("省发展改革委关于印发〈浙江省节能审查办法〉的通知", bases[3].Title);
        Assert.Equal("浙发改能源〔2019〕532号", bases[3].DocumentNumber);
        Assert.Equal("市发改委关于印发〈杭州市固定资产项目节能审查办法〉的通知", bases[4].Title);
        Assert.Equal("杭发改能源〔2021〕191号", bases[4].DocumentNumber);
    }

    [Fact]
    public void Cut_off_bracket_keeps_its_text()
    {
        var bases = LegalBasisParser.Parse("《中华人民共和国节约能源法》《固定资产投资项目节能审查办法》(国家发展改革委");

        Assert.Equal(2, bases.Count);
        Assert.Equal("固定资产投资项目节能审查办法", bases[1].Title);
        Assert.Equal("国家发展改革委", bases[1].DocumentNumber);
    }

    [Fact]
    public void Unclosed_title_keeps_its_text()
    {
        var bases = LegalBasisParser.Parse("《中华人民共和国行政许可法》第十二条；《医疗机构管理条");

        Assert.Equal(2, bases.Count);
        Assert.Equal("医疗机构管理条", bases[1].Title);
    }

    [Theory]
    [InlineData("《国务院关于取消和下放一批行政许可事项的决定》(国发[2020]13号)")]
    [InlineData("《国务院关于取消和下放一批行政许可事项的决定》（国发【2020】13号）")]
    [InlineData("《国务院关于取消和下放一批行政许可事项的决定》（国发［２０２０］１３号）")]
    [InlineData("《国务院关于取消和下放一批行政许可事项的决定》（国发(2020)13号）")]
    [InlineData("《国务院关于取消和下放一批行政许可事项的决定》（国发〔 2020 〕13号）")]
    [InlineData("《国务院关于取消和下放一批行政许可事项的决定》 国发〔2020〕13号")]
    public void Document_number_variants_are_normalized(string cell)
    {
        var basis = Assert.Single(LegalBasisParser.Parse(cell));

        Assert.Equal("国务院关于取消和下放一批行政许可事项的决定", basis.Title);
        Assert.Equal("国发〔2020〕13号", basis.DocumentNumber);
        Assert.Null(basis.Articles);
    }

    [Theory]
    [InlineData("《中华人民共和国水法》第三十九条第一款", "第三十九条第一款")]
    [InlineData("《城市道路管理条例》第三十条、第三十一条、第三十三条", "第三十条、第三十一条、第三十三条")]
    [InlineData("《中华人民共和国体育法》第一百零五条", "第一百零五条")]
    [InlineData("《中华人民共和国行政许可法》第二十九条和第三十二条", "第二十九条和第三十二条")]
    [InlineData("《城市房地产开发经营管理条例》第二十二条第(一)项至第(三)项", "第二十二条第(一)项至第(三)项")]
    [InlineData("《中华人民共和国行政许可法》 第12条", "第12条")]
    public void Article_runs_are_kept_as_written(string cell, string expected)
    {
        var basis = Assert.Single(LegalBasisParser.Parse(cell));

        Assert.Equal(expected, basis.Articles);
    }

    [Fact]
    public void Articles_after_separator_join_previous()
    {
        var basis = Assert.Single(LegalBasisParser.Parse("《中华人民共和国公路法》第四十四条；第四十五条"));

        Assert.Equal("中华人民共和国公路法", basis.Title);
        Assert.Equal("第四十四条；第四十五条", basis.Articles);
    }

    [Fact]
    public void Plain_text_becomes_its_title()
    {
        var basis = Assert.Single(LegalBasisParser.Parse("国务院令第412号"));

        Assert.Equal("国务院令第412号", basis.Title);
        Assert.Null(basis.DocumentNumber);
        Assert.Null(basis.Articles);
    }

    [Fact]
    public void Plain_text_splits_trailing_number()
    {
        var basis = Assert.Single(LegalBasisParser.Parse("国务院对确需保留的行政审批项目设定行政许可的决定（国务院令第412号）"));

        Assert.Equal("国务院对确需保留的行政审批项目设定行政许可的决定", basis.Title);
        Assert.Equal("国务院令第412号", basis.DocumentNumber);
    }

    [Fact]
    public void Plain_and_titled_citations_mix()
    {
        var bases = LegalBasisParser.Parse("《中华人民共和国行政许可法》第十二条；国务院令第412号");

        Assert.Equal(2, bases.Count);
        Assert.Equal("中华人民共和国行政许可法", bases[0].Title);
        Assert.Equal("国务院令第412号", bases[1].Title);
    }

    [Fact]
    public void Edition_bracket_stays_in_title()
    {
        var basis = Assert.Single(LegalBasisParser.Parse("《中华人民共和国食品安全法》（2021年修正）第三十五条"));

        Assert.Equal("中华人民共和国食品安全法（2021年修正）", basis.Title);
        Assert.Equal("第三十五条", basis.Articles);
    }

    [Fact]
    public void Unassigned_words_stay_in_articles()
    {
        var basis = Assert.Single(LegalBasisParser.Parse("《中华人民共和国行政许可法》有关规定"));

        Assert.Equal("中华人民共和国行政许可法", basis.Title);
        Assert.Equal("有关规定", basis.Articles);
    }

    [Fact]
    public void Words_after_articles_stay_attached()
    {
        var basis = Assert.Single(LegalBasisParser.Parse("《中华人民共和国城乡规划法》第三十七条规定的情形"));

        Assert.Equal("第三十七条规定的情形", basis.Articles);
    }

    [Fact]
    public void Footnote_marks_are_ignored()
    {
        var basis = Assert.Single(LegalBasisParser.Parse("《专利代理条例》*"));

        Assert.Equal("专利代理条例", basis.Title);
        Assert.Null(basis.Articles);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ；\n")]
    [InlineData(null)]
    public void Empty_cell_gives_no_bases(string? cell)
    {
        Assert.Empty(LegalBasisParser.Parse(cell));
    }

    [Theory]
    [InlineData("《企业投资项目核准和备案管理条例》《国务院关于发布政府核准的投资项目目录(2016年本)的通知》(国发〔2016〕72号)"
        + "《浙江省人民政府关于发布政府核准的投资项目目录(浙江省2017年本)的通知》(浙政发〔2017〕16号)")]
    [InlineData("《中华人民共和国节约能源法》《固定资产投资项目节能审查办法》(国家发展改革委")]
    [InlineData("《中华人民共和国城市房地产管理法》第四十五条；《城市房地产开发经营管理条例》第二十二条、第二十四条")]
    [InlineData("《中华人民共和国民办教育促进法》《中华人民共和国中外合作办学条例》"
        + "《国务院关于当前发展学前教育的若干意见》(国发〔2010〕41号)《浙江省加强县级人民政府行政管理职能若干规定》")]
    [InlineData("《中华人民共和国行政许可法》有关规定；国务院令第412号，第五条")]
    public void No_text_is_lost(string cell)
    {
        var bases = LegalBasisParser.Parse(cell);

        var parsed = string.Concat(bases.Select(basis => basis.Title + basis.DocumentNumber + basis.Articles));
        Assert.Equal(TextNormalizer.ForSearch(cell), TextNormalizer.ForSearch(parsed));
    }

}
