using Zhengwu.Domain.Calendar;
using static Zhengwu.Domain.Tests.Calendar.OfficialCalendar;

namespace Zhengwu.Domain.Tests.Calendar;

/// <summary>The checks on a year and its special days as the service center enters them, with their Chinese messages.</summary>
public class SpecialDayRulesTests
{
    private const string Notice = "国办发明电〔2026〕9号";

    private static readonly SpecialDay[] s_entered =
    [
        new(Day("2027-02-06"), SpecialDayKind.Holiday, "春节", Notice),
        new(Day("2027-02-20"), SpecialDayKind.AdjustedWorkday, "春节", Notice),
    ];

    [Fact]
    public void Holiday_on_a_weekend_is_accepted()
    {
        // 2027-02-07 is a Sunday inside a holiday period, as the notices list such days.
        var problems = SpecialDayRules.Check(2027, new SpecialDay(Day("2027-02-07"), SpecialDayKind.Holiday, "春节", Notice), s_entered);

        Assert.Empty(problems);
    }

    [Fact]
    public void Adjusted_workday_on_a_weekend_is_accepted()
    {
        var problems = SpecialDayRules.Check(2027, new SpecialDay(Day("2027-02-21"), SpecialDayKind.AdjustedWorkday, "春节", Notice), s_entered);

        Assert.Empty(problems);
    }

    [Fact]
    public void Adjusted_workday_on_a_weekday_names_the_day()
    {
        var problems = SpecialDayRules.Check(2027, new SpecialDay(Day("2027-02-10"), SpecialDayKind.AdjustedWorkday, "春节", Notice), s_entered);

        Assert.Equal([new CalendarProblem("Kind", "日期 2027-02-10 是星期三，本来就是工作日：调休上班日必须是星期六或星期日。")], problems);
    }

    [Fact]
    public void Date_outside_the_year_names_the_date()
    {
        var problems = SpecialDayRules.Check(2027, new SpecialDay(Day("2028-01-01"), SpecialDayKind.Holiday, "元旦", Notice), s_entered);

        Assert.Equal([new CalendarProblem("Date", "日期 2028-01-01 不在 2027 年内：请填写 2027-01-01 至 2027-12-31 之间的日期。")], problems);
    }

    [Fact]
    public void Duplicate_date_names_the_entered_day()
    {
        var problems = SpecialDayRules.Check(2027, new SpecialDay(Day("2027-02-20"), SpecialDayKind.Holiday, "元宵节", Notice), s_entered);

        Assert.Equal(
            [new CalendarProblem("Date", "日期 2027-02-20 已录入为“春节”（调休上班）：同一天只能录入一条，请修改已有的那一条。")],
            problems);
    }

    [Fact]
    public void Name_and_notice_are_required_and_short()
    {
        var blank = SpecialDayRules.Check(2027, new SpecialDay(Day("2027-04-05"), SpecialDayKind.Holiday, " ", ""), s_entered);
        var longName = new string('节', 21);
        var longNotice = "国办发明电" + new string('〔', 46);
        var tooLong = SpecialDayRules.Check(2027, new SpecialDay(Day("2027-04-05"), SpecialDayKind.Holiday, longName, longNotice), s_entered);

        Assert.Equal(
            [
                new CalendarProblem("Name", "请填写节日名称，例如“春节”。"),
                new CalendarProblem("Notice", "请填写放假安排所依据的通知文号，例如“国办发明电〔2025〕7号”。"),
            ],
            blank);
        Assert.Equal(
            [
                new CalendarProblem("Name", $"节日名称“{new string('节', 20)}…”超过 20 个字。"),
                new CalendarProblem("Notice", $"通知文号“国办发明电{new string('〔', 15)}…”超过 50 个字。"),
            ],
            tooLong);
    }

    [Theory]
    [InlineData(2027, "2026-11-05", null)]
    [InlineData(2023, "2026-11-05", null)] // an earlier year may be entered for old cases
    [InlineData(2028, "2026-11-05", "2028 年的节假日安排尚未公布：国务院办公厅每年秋季公布下一年的安排，现在最多可添加 2027 年。")]
    [InlineData(2026, "2026-11-05", "2026 年的工作日历已存在：请在列表中打开该年修改。")]
    [InlineData(1999, "2026-11-05", "年份“1999”超出范围：请填写 2000 至 2099 之间的年份。")]
    public void New_year_is_checked(int year, string today, string? message)
    {
        var problems = SpecialDayRules.CheckNewYear(year, [2024, 2025, 2026], Day(today));

        Assert.Equal(message is null ? [] : [new CalendarProblem("Year", message)], problems);
    }

    [Fact]
    public void Year_needs_a_holiday_to_come_into_force()
    {
        var adjustedOnly = SpecialDayRules.CheckInForce(2027, [s_entered[1]]);

        Assert.Equal([new CalendarProblem("Year", "2027 年还没有录入法定节假日，不能生效：请先按国务院办公厅的通知录入放假日期。")], adjustedOnly);
        Assert.Empty(SpecialDayRules.CheckInForce(2027, s_entered));
    }
}
