using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Parsing;

namespace Zhengwu.Domain.Tests.PowerList.Parsing;

public class TimeLimitParserTests
{
    [Fact]
    public void Licensing_days_are_working_days()
    {
        var limit = Parse("自受理之日起20日内", PowerType.Licensing);

        Assert.Equal(20, limit.Amount);
        Assert.Equal(TimeLimitUnit.WorkingDays, limit.Unit);
        Assert.Null(limit.Extension);
    }

    [Fact]
    public void Other_types_days_are_natural_days()
    {
        var limit = Parse("自受理之日起20日内", PowerType.Benefit);

        Assert.Equal(20, limit.Amount);
        Assert.Equal(TimeLimitUnit.NaturalDays, limit.Unit);
    }

    [Fact]
    public void Chinese_numeral_days_are_read()
    {
        var limit = Parse("自收到申请之日起七日内，对符合条件的申请颁发施工许可证", PowerType.Licensing);

        Assert.Equal(7, limit.Amount);
        Assert.Equal(TimeLimitUnit.WorkingDays, limit.Unit);
    }

    [Fact]
    public void Tian_counts_like_ri()
    {
        var limit = Parse("5天内办结", PowerType.Confirmation);

        Assert.Equal(5, limit.Amount);
        Assert.Equal(TimeLimitUnit.NaturalDays, limit.Unit);
    }

    [Theory]
    [InlineData(PowerType.Licensing)]
    [InlineData(PowerType.Penalty)]
    public void Working_days_stay_working_days(PowerType type)
    {
        var limit = Parse("45个工作日", type);

        Assert.Equal(45, limit.Amount);
        Assert.Equal(TimeLimitUnit.WorkingDays, limit.Unit);
    }

    [Fact]
    public void Months_are_read_as_months()
    {
        var limit = Parse("自受理之日起三个月内以书面形式作出是否批准的决定", PowerType.Licensing);

        Assert.Equal(3, limit.Amount);
        Assert.Equal(TimeLimitUnit.Months, limit.Unit);
        Assert.Null(limit.WorkingDays);
    }

    [Fact]
    public void Years_become_twelve_months_each()
    {
        var limit = Parse("一年内", PowerType.Other);

        Assert.Equal(12, limit.Amount);
        Assert.Equal(TimeLimitUnit.Months, limit.Unit);
    }

    [Fact]
    public void Extension_is_read_separately()
    {
        var limit = Parse(
            "自受理行政许可申请之日起二十日内作出决定；二十日内不能作出决定的，经本行政机关负责人批准，可以延长十日",
            PowerType.Licensing);

        Assert.Equal(20, limit.Amount);
        Assert.Equal(10, limit.Extension);
        Assert.Equal(TimeLimitUnit.WorkingDays, limit.Unit);
    }

    [Fact]
    public void Extension_alone_is_no_limit()
    {
        Assert.False(TimeLimitParser.TryParse("经批准可以延长十日", PowerType.Licensing, out var limit));
        Assert.Null(limit);
    }

    [Fact]
    public void First_of_several_limits_wins()
    {
        var limit = Parse("自收到环境影响报告书之日起六十日内，收到环境影响报告表之日起三十日内", PowerType.Licensing);

        Assert.Equal(60, limit.Amount);
    }

    [Fact]
    public void Article_numbers_are_not_amounts()
    {
        var limit = Parse("自收到本条例第十一条所列全部有效文件之日起60日内，作出准予或者不予登记的决定", PowerType.Licensing);

        Assert.Equal(60, limit.Amount);
    }

    [Fact]
    public void Dates_are_not_amounts()
    {
        var limit = Parse("自2024年3月1日起15个工作日内", PowerType.Other);

        Assert.Equal(15, limit.Amount);
        Assert.Equal(TimeLimitUnit.WorkingDays, limit.Unit);
    }

    [Fact]
    public void Successive_stages_return_the_first()
    {
        var limit = Parse(
            "教育行政部门自收到申请材料之日起3个工作日内送同级公安机关交通管理部门、交通运输部门征求意见，两部门在3个工作日内回复",
            PowerType.Licensing);

        Assert.Equal(3, limit.Amount);
        Assert.Equal(TimeLimitUnit.WorkingDays, limit.Unit);
    }

    [Theory]
    [InlineData("20", 20)]
    [InlineData("２０", 20)]
    [InlineData("十五", 15)]
    [InlineData("20个工作日", 20)]
    [InlineData("自受理申请之日起二十个工作日内准予注册", 20)]
    [InlineData("自受理之日起２０个工作日内作出决定", 20)]
    public void Promised_limits_are_working_days(string text, int expected)
    {
        var limit = Parse(text, PowerType.PublicService);

        Assert.Equal(expected, limit.Amount);
        Assert.Equal(TimeLimitUnit.WorkingDays, limit.Unit);
    }

    [Theory]
    [InlineData("即时办结")]
    [InlineData("符合条件的当场办结")]
    public void Instant_conclusion_is_zero_days(string text)
    {
        var limit = Parse(text, PowerType.Licensing);

        Assert.Equal(0, limit.Amount);
        Assert.Equal(TimeLimitUnit.WorkingDays, limit.Unit);
    }

    [Fact]
    public void Stated_limit_wins_over_instant()
    {
        var limit = Parse("材料齐全的即时办结，需要核查的5个工作日内办结", PowerType.Licensing);

        Assert.Equal(5, limit.Amount);
    }

    [Fact]
    public void Text_keeps_the_original()
    {
        const string text = "自受理之日起２０日内";

        var limit = Parse(text, PowerType.Licensing);

        Assert.Equal(text, limit.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    [InlineData("依法及时作出决定")]
    public void Text_without_limit_fails(string? text)
    {
        Assert.False(TimeLimitParser.TryParse(text, PowerType.Licensing, out var limit));
        Assert.Null(limit);
    }

    private static TimeLimit Parse(string text, PowerType type)
    {
        Assert.True(TimeLimitParser.TryParse(text, type, out var limit));
        Assert.NotNull(limit);

        return limit;
    }
}
