using Zhengwu.Domain.PowerList.Parsing;

namespace Zhengwu.Domain.Tests.PowerList.Parsing;

public class MaterialListParserTests
{
    [Fact]
    public void Parenthesised_chinese_numbers_split_lines()
    {
        var items = MaterialListParser.Parse("(一)设置申请书\n(二)设置可行性研究报告\n(三)选址报告和建筑设计平面图");

        Assert.Equal(["设置申请书", "设置可行性研究报告", "选址报告和建筑设计平面图"], items);
    }

    [Fact]
    public void Full_width_brackets_split_lines()
    {
        var items = MaterialListParser.Parse("（一）筹设批准书\n（二）筹设情况报告");

        Assert.Equal(["筹设批准书", "筹设情况报告"], items);
    }

    [Fact]
    public void Inner_references_do_not_split()
    {
        var items = MaterialListParser.Parse("(一)本条例第二十二条第(一)项至第(三)项规定的证明材料\n(二)营业执照和资质等级证书");

        Assert.Equal(["本条例第二十二条第(一)项至第(三)项规定的证明材料", "营业执照和资质等级证书"], items);
    }

    [Fact]
    public void Semicolons_inside_items_are_kept()
    {
        var items = MaterialListParser.Parse(
            "(一)有50个以上的个人会员或者30个以上的单位会员；个人会员、单位会员混合组成的，会员总数不得少于50个\n(二)有规范的名称和相应的组织机构");

        Assert.Equal(2, items.Count);
        Assert.Equal("有50个以上的个人会员或者30个以上的单位会员；个人会员、单位会员混合组成的，会员总数不得少于50个", items[0]);
        Assert.Equal("有规范的名称和相应的组织机构", items[1]);
    }

    [Theory]
    [InlineData("1.申请书；2.身份证明；3.营业执照复印件")]
    [InlineData("1、申请书\n2、身份证明\n3、营业执照复印件")]
    [InlineData("1)申请书 2)身份证明 3)营业执照复印件")]
    [InlineData("（1）申请书；（2）身份证明；（3）营业执照复印件。")]
    [InlineData("１．申请书\n２．身份证明\n３．营业执照复印件")]
    [InlineData("①申请书②身份证明③营业执照复印件")]
    [InlineData("一、申请书\n二、身份证明\n三、营业执照复印件")]
    public void Numbering_styles_all_split(string cell)
    {
        var items = MaterialListParser.Parse(cell);

        Assert.Equal(["申请书", "身份证明", "营业执照复印件"], items);
    }

    [Fact]
    public void Decimal_numbers_do_not_split()
    {
        var items = MaterialListParser.Parse("1.申请书；2.层高不低于2.8米的场所证明");

        Assert.Equal(["申请书", "层高不低于2.8米的场所证明"], items);
    }

    [Fact]
    public void Other_numbering_style_stays_inside()
    {
        var items = MaterialListParser.Parse("(一)申请书，包括：1.名称；2.住所\n(二)章程");

        Assert.Equal(["申请书，包括：1.名称；2.住所", "章程"], items);
    }

    [Fact]
    public void Out_of_sequence_number_stays_inside()
    {
        var items = MaterialListParser.Parse("(一)申请书\n(三)章程");

        Assert.Equal(["申请书\n(三)章程"], items);
    }

    [Fact]
    public void Text_before_first_number_is_kept()
    {
        var items = MaterialListParser.Parse("申请材料如下：\n1.申请书\n2.章程");

        Assert.Equal(["申请材料如下：", "申请书", "章程"], items);
    }

    [Fact]
    public void Unnumbered_cell_splits_at_lines_and_semicolons()
    {
        var items = MaterialListParser.Parse("申请书\n身份证明；营业执照;章程");

        Assert.Equal(["申请书", "身份证明", "营业执照", "章程"], items);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n ")]
    [InlineData(null)]
    public void Empty_cell_gives_no_items(string? cell)
    {
        Assert.Empty(MaterialListParser.Parse(cell));
    }
}
