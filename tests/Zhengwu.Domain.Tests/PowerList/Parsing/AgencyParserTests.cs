using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Parsing;

namespace Zhengwu.Domain.Tests.PowerList.Parsing;

public class AgencyParserTests
{
    [Fact]
    public void Single_agency_is_statutory()
    {
        var agency = Assert.Single(AgencyParser.Parse("兰州市教育局"));

        Assert.Equal("兰州市教育局", agency.Name);
        Assert.Equal(AgencyNature.Statutory, agency.Nature);
        Assert.Null(agency.Qualifier);
    }

    [Fact]
    public void Remark_becomes_qualifier()
    {
        var agency = Assert.Single(AgencyParser.Parse("区教育局(部分为审批,部分为省教育厅委托事项)"));

        Assert.Equal("区教育局", agency.Name);
        Assert.Equal("部分为审批,部分为省教育厅委托事项", agency.Qualifier);
        Assert.Equal(AgencyNature.Entrusted, agency.Nature);
    }

    [Theory]
    [InlineData("各县（区）应急管理局")]
    [InlineData("各县(区)应急管理局")]
    [InlineData("各县（市、区）应急管理局")]
    [InlineData("兰州市（中川）机场管理局")]
    public void Short_bracket_stays_in_name(string cell)
    {
        var agency = Assert.Single(AgencyParser.Parse(cell));

        Assert.Equal(cell, agency.Name);
        Assert.Null(agency.Qualifier);
        Assert.Equal(AgencyNature.Statutory, agency.Nature);
    }

    [Fact]
    public void Short_entrustment_remark_is_qualifier()
    {
        var agency = Assert.Single(AgencyParser.Parse("市体育局（委托）"));

        Assert.Equal("市体育局", agency.Name);
        Assert.Equal("委托", agency.Qualifier);
        Assert.Equal(AgencyNature.Entrusted, agency.Nature);
    }

    [Fact]
    public void Authorisation_sets_authorised_nature()
    {
        var agency = Assert.Single(AgencyParser.Parse("兰州住房公积金管理中心（法律法规授权组织）"));

        Assert.Equal("兰州住房公积金管理中心", agency.Name);
        Assert.Equal("法律法规授权组织", agency.Qualifier);
        Assert.Equal(AgencyNature.Authorised, agency.Nature);
    }

    [Fact]
    public void Entrustment_in_name_is_detected()
    {
        var agency = Assert.Single(AgencyParser.Parse("受委托的乡镇人民政府"));

        Assert.Equal("受委托的乡镇人民政府", agency.Name);
        Assert.Equal(AgencyNature.Entrusted, agency.Nature);
    }

    [Fact]
    public void Remark_without_nature_words_is_statutory()
    {
        var agency = Assert.Single(AgencyParser.Parse("市教育局（市属高校除外）"));

        Assert.Equal("市教育局", agency.Name);
        Assert.Equal("市属高校除外", agency.Qualifier);
        Assert.Equal(AgencyNature.Statutory, agency.Nature);
    }

    [Fact]
    public void Every_separator_splits_agencies()
    {
        var agencies = AgencyParser.Parse("市公安局、市交通运输局；市应急管理局;市林业局，市水务局,市民政局/市商务局\n市审计局");

        Assert.Equal(
            ["市公安局", "市交通运输局", "市应急管理局", "市林业局", "市水务局", "市民政局", "市商务局", "市审计局"],
            agencies.Select(agency => agency.Name));
    }

    [Fact]
    public void Separators_inside_brackets_do_not_split()
    {
        var agencies = AgencyParser.Parse("区教育局(部分为审批,部分为省教育厅委托事项)、区卫生健康局");

        Assert.Equal(2, agencies.Count);
        Assert.Equal("区教育局", agencies[0].Name);
        Assert.Equal(AgencyNature.Entrusted, agencies[0].Nature);
        Assert.Equal("区卫生健康局", agencies[1].Name);
        Assert.Equal(AgencyNature.Statutory, agencies[1].Nature);
    }

    [Theory]
    [InlineData("区发改经信局*")]
    [InlineData("区发改经信局＊")]
    [InlineData("※区发改经信局")]
    [InlineData("  区发改经信局 ")]
    public void Marks_and_spaces_are_removed(string cell)
    {
        var agency = Assert.Single(AgencyParser.Parse(cell));

        Assert.Equal("区发改经信局", agency.Name);
    }

    [Fact]
    public void Bracket_only_cell_keeps_text()
    {
        var agency = Assert.Single(AgencyParser.Parse("（由省教育厅委托实施）"));

        Assert.Equal("（由省教育厅委托实施）", agency.Name);
        Assert.Equal(AgencyNature.Entrusted, agency.Nature);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" 、 ")]
    [InlineData(null)]
    public void Empty_cell_gives_no_agencies(string? cell)
    {
        Assert.Empty(AgencyParser.Parse(cell));
    }
}
