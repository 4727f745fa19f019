using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.Calendar;
using Zhengwu.Infrastructure.Calendar;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Tests.Calendar;

/// <summary>
/// The service center's changes to the calendar: each checked, versioned and saved with one content.changed audit
/// record; a refused or stale change writes nothing.
/// </summary>
public abstract class WorkingCalendarAdministrationTests(DatabaseProvider provider)
{
    private const string Notice = "国办发明电〔2026〕9号";

    private static readonly CalendarEditor s_editor = CalendarServices.Editor;

    [Fact]
    public async Task Year_is_entered_put_in_force_and_audited()
    {
        await using var services = await CalendarServices.CreateAsync(provider);

        var results = new List<CalendarResult>
        {
            await services.EditAsync(calendar => calendar.AddYearAsync(s_editor, 2027)),
            await services.EditAsync(calendar => calendar.AddDayAsync(s_editor, 2027, 1, Day("2027-02-06", SpecialDayKind.Holiday, "春节"))),
            await services.EditAsync(calendar => calendar.AddDayAsync(s_editor, 2027, 2, Day("2027-02-07", SpecialDayKind.Holiday, "  春节 "))),
            await services.EditAsync(calendar => calendar.AddDayAsync(s_editor, 2027, 3, Day("2027-02-20", SpecialDayKind.AdjustedWorkday, "春节"))),
            await services.EditAsync(calendar => calendar.UpdateDayAsync(s_editor, 2027, 4, Date("2027-02-20"), Day("2027-02-21", SpecialDayKind.AdjustedWorkday, "春节"))),
            await services.EditAsync(calendar => calendar.UpdateDayAsync(s_editor, 2027, 5, Date("2027-02-06"), Day("2027-02-06", SpecialDayKind.Holiday, "春节（除夕）"))),
            await services.EditAsync(calendar => calendar.RemoveDayAsync(s_editor, 2027, 6, Date("2027-02-07"))),
            await services.EditAsync(calendar => calendar.PutInForceAsync(s_editor, 2027, 7)),
        };
        var year = (await services.YearsAsync()).Single(entry => entry.Year == 2027);
        var records = (await services.AuditRecordsAsync()).Skip(1).ToList();

        Assert.All(results, result => Assert.Equal(CalendarOutcome.Done, result.Outcome));
        Assert.Equal((CalendarYearStatus.InForce, 8, s_editor.Id, "zhongxin.admin", CalendarServices.StartTime), (year.Status, year.Version, year.UpdatedById!.Value, year.UpdatedByName, year.UpdatedAt));
        Assert.Equal(
            [Day("2027-02-06", SpecialDayKind.Holiday, "春节（除夕）"), Day("2027-02-21", SpecialDayKind.AdjustedWorkday, "春节")],
            year.Days.Select(day => day.ToSpecialDay()));
        Assert.Equal(
            [
                "新增 2027 年工作日历（录入中，尚未生效）",
                $"2027 年：新增 2027-02-06（星期六）春节，法定节假日，{Notice}",
                $"2027 年：新增 2027-02-07（星期日）春节，法定节假日，{Notice}",
                $"2027 年：新增 2027-02-20（星期六）春节，调休上班，{Notice}",
                $"2027 年：将 2027-02-20（星期六）春节，调休上班，{Notice} 改为 2027-02-21（星期日）春节，调休上班，{Notice}",
                $"2027 年：将 2027-02-06（星期六）春节，法定节假日，{Notice} 改为 2027-02-06（星期六）春节（除夕），法定节假日，{Notice}",
                $"2027 年：删除 2027-02-07（星期日）春节，法定节假日，{Notice}",
                "2027 年工作日历生效：1 个法定节假日，1 个调休上班日",
            ],
            records.Select(record => record.Detail));
        Assert.All(records, record =>
        {
            Assert.Equal(AuditActions.ContentChanged, record.Action);
            Assert.Equal(AuditResult.Succeeded, record.Result);
            Assert.Equal(nameof(StaffRole.ServiceCenterAdministrator), record.Role);
            Assert.Equal("zhongxin.admin", record.AccountName);
            Assert.Equal(WorkingCalendarAdministration.CalendarObject, record.ObjectType);
            Assert.Equal("2027", record.ObjectId);
            Assert.Equal("10.0.0.9", record.ClientAddress);
        });
    }

    [Fact]
    public async Task Refused_day_names_the_value_and_writes_nothing()
    {
        await using var services = await CalendarServices.CreateAsync(provider);
        await services.EditAsync(calendar => calendar.AddYearAsync(s_editor, 2027));
        await services.EditAsync(calendar => calendar.AddDayAsync(s_editor, 2027, 1, Day("2027-02-06", SpecialDayKind.Holiday, "春节")));
        var before = await services.AuditRecordsAsync();

        var weekday = await services.EditAsync(calendar => calendar.AddDayAsync(s_editor, 2027, 2, Day("2027-02-10", SpecialDayKind.AdjustedWorkday, "春节")));
        var outside = await services.EditAsync(calendar => calendar.AddDayAsync(s_editor, 2027, 2, Day("2028-01-01", SpecialDayKind.Holiday, "元旦")));
        var duplicate = await services.EditAsync(calendar => calendar.AddDayAsync(s_editor, 2027, 2, Day("2027-02-06", SpecialDayKind.Holiday, "除夕")));
        var moved = await services.EditAsync(calendar => calendar.UpdateDayAsync(s_editor, 2027, 2, Date("2027-02-06"), Day("2026-02-06", SpecialDayKind.Holiday, "春节")));

        Assert.Equal(["日期 2027-02-10 是星期三，本来就是工作日：调休上班日必须是星期六或星期日。"], weekday.Problems.Select(problem => problem.Message));
        Assert.Equal(["日期 2028-01-01 不在 2027 年内：请填写 2027-01-01 至 2027-12-31 之间的日期。"], outside.Problems.Select(problem => problem.Message));
        Assert.Equal(["日期 2027-02-06 已录入为“春节”（法定节假日）：同一天只能录入一条，请修改已有的那一条。"], duplicate.Problems.Select(problem => problem.Message));
        Assert.Equal(["日期 2026-02-06 不在 2027 年内：请填写 2027-01-01 至 2027-12-31 之间的日期。"], moved.Problems.Select(problem => problem.Message));
        Assert.All([weekday, outside, duplicate, moved], result => Assert.Equal(CalendarOutcome.Invalid, result.Outcome));
        var year = (await services.YearsAsync()).Single(entry => entry.Year == 2027);
        Assert.Equal(2, year.Version);
        Assert.Equal([Date("2027-02-06")], year.Days.Select(day => day.Date));
        Assert.Equal(before.Count, (await services.AuditRecordsAsync()).Count);
    }

    [Fact]
    public async Task Change_from_an_old_version_is_a_conflict()
    {
        await using var services = await CalendarServices.CreateAsync(provider);
        await services.EditAsync(calendar => calendar.AddYearAsync(s_editor, 2027));
        var other = s_editor with { Id = Guid.Parse("00000000-0000-0000-0000-0000000000c2"), UserName = "zhongxin.other" };
        var first = await services.EditAsync(calendar => calendar.AddDayAsync(other, 2027, 1, Day("2027-01-01", SpecialDayKind.Holiday, "元旦")));
        var before = await services.AuditRecordsAsync();

        var stale = await services.EditAsync(calendar => calendar.AddDayAsync(s_editor, 2027, 1, Day("2027-02-06", SpecialDayKind.Holiday, "春节")));
        var staleForce = await services.EditAsync(calendar => calendar.PutInForceAsync(s_editor, 2027, 1));

        Assert.Equal(CalendarOutcome.Done, first.Outcome);
        Assert.Equal(CalendarOutcome.Conflict, stale.Outcome);
        Assert.Equal((2, "zhongxin.other"), (stale.Year!.Version, stale.Year.UpdatedByName));
        Assert.Equal(CalendarOutcome.Conflict, staleForce.Outcome);
        var year = (await services.YearsAsync()).Single(entry => entry.Year == 2027);
        Assert.Equal((CalendarYearStatus.Draft, 2), (year.Status, year.Version));
        Assert.Equal([Date("2027-01-01")], year.Days.Select(day => day.Date));
        Assert.Equal(before.Count, (await services.AuditRecordsAsync()).Count);
    }

    [Fact]
    public async Task Simultaneous_changes_keep_one()
    {
        await using var services = await CalendarServices.CreateAsync(provider);
        await services.EditAsync(calendar => calendar.AddYearAsync(s_editor, 2027));

        var results = await Task.WhenAll(Enumerable.Range(1, 6).Select(index => services.EditAsync(calendar => calendar.AddDayAsync(
            s_editor, 2027, 1, Day($"2027-03-0{index}", SpecialDayKind.Holiday, "测试")))));

        Assert.Single(results, result => result.Outcome == CalendarOutcome.Done);
        Assert.All(results.Where(result => result.Outcome != CalendarOutcome.Done), result => Assert.Equal(CalendarOutcome.Conflict, result.Outcome));
        var year = (await services.YearsAsync()).Single(entry => entry.Year == 2027);
        Assert.Equal(2, year.Version);
        Assert.Single(year.Days);
        Assert.Equal(2, (await services.AuditRecordsAsync()).Count(record => record.ObjectId == "2027"));
    }

    [Fact]
    public async Task Year_in_force_keeps_a_holiday_and_is_not_deleted()
    {
        await using var services = await CalendarServices.CreateAsync(provider);
        var version = (await services.YearsAsync()).Single(entry => entry.Year == 2024).Version;
        var holidays = (await services.YearsAsync()).Single(entry => entry.Year == 2024).Days.Where(day => day.Kind == SpecialDayKind.Holiday).ToList();
        foreach (var day in holidays.Skip(1))
        {
            Assert.Equal(CalendarOutcome.Done, (await services.EditAsync(calendar => calendar.RemoveDayAsync(s_editor, 2024, version, day.Date))).Outcome);
            version++;
        }

        var last = holidays[0];
        var removeLast = await services.EditAsync(calendar => calendar.RemoveDayAsync(s_editor, 2024, version, last.Date));
        var delete = await services.EditAsync(calendar => calendar.DeleteYearAsync(s_editor, 2024, version));

        var expected = "2024 年还没有录入法定节假日，不能生效：请先按国务院办公厅的通知录入放假日期。";
        Assert.Equal([expected], removeLast.Problems.Select(problem => problem.Message));
        Assert.Equal(["2024 年的日历已生效，不能删除：期限计算可能已用到它。如有错误，请逐日修改。"], delete.Problems.Select(problem => problem.Message));
        Assert.Equal(CalendarYearStatus.InForce, (await services.YearsAsync()).Single(entry => entry.Year == 2024).Status);
    }

    [Fact]
    public async Task Draft_year_is_deleted_with_its_days()
    {
        await using var services = await CalendarServices.CreateAsync(provider);
        await services.EditAsync(calendar => calendar.AddYearAsync(s_editor, 2027));
        await services.EditAsync(calendar => calendar.AddDayAsync(s_editor, 2027, 1, Day("2027-01-01", SpecialDayKind.Holiday, "元旦")));
        var empty = await services.EditAsync(calendar => calendar.AddYearAsync(s_editor, 2023));
        var notInForce = await services.EditAsync(calendar => calendar.PutInForceAsync(s_editor, 2023, 1));

        var deleted = await services.EditAsync(calendar => calendar.DeleteYearAsync(s_editor, 2027, 2));

        Assert.Equal(CalendarOutcome.Done, deleted.Outcome);
        Assert.Equal(CalendarOutcome.Done, empty.Outcome);
        Assert.Equal(["2023 年还没有录入法定节假日，不能生效：请先按国务院办公厅的通知录入放假日期。"], notInForce.Problems.Select(problem => problem.Message));
        Assert.Equal([2023, 2024, 2025, 2026], (await services.YearsAsync()).Select(year => year.Year));
        Assert.Equal("删除 2027 年工作日历草稿（1 天）", (await services.AuditRecordsAsync())[^1].Detail);
    }

    [Fact]
    public async Task Year_is_checked_before_it_is_added()
    {
        await using var services = await CalendarServices.CreateAsync(provider);

        var existing = await services.EditAsync(calendar => calendar.AddYearAsync(s_editor, 2026));
        var tooFar = await services.EditAsync(calendar => calendar.AddYearAsync(s_editor, 2028));

        Assert.Equal(["2026 年的工作日历已存在：请在列表中打开该年修改。"], existing.Problems.Select(problem => problem.Message));
        Assert.Equal(["2028 年的节假日安排尚未公布：国务院办公厅每年秋季公布下一年的安排，现在最多可添加 2027 年。"], tooFar.Problems.Select(problem => problem.Message));
        Assert.Single(await services.AuditRecordsAsync());
    }

    [Fact]
    public async Task Other_roles_are_denied_and_audited()
    {
        await using var services = await CalendarServices.CreateAsync(provider);
        var officer = s_editor with { Role = StaffRole.ContentOfficer, UserName = "neirong" };

        var add = await services.EditAsync(calendar => calendar.AddYearAsync(officer, 2027));
        var remove = await services.EditAsync(calendar => calendar.RemoveDayAsync(officer, 2026, 1, Date("2026-01-01")));

        Assert.Equal((CalendarOutcome.Denied, CalendarOutcome.Denied), (add.Outcome, remove.Outcome));
        var denials = (await services.AuditRecordsAsync()).Skip(1).ToList();
        Assert.Equal([AuditActions.AccessDenied, AuditActions.AccessDenied], denials.Select(record => record.Action));
        Assert.Equal(["2027", "2026"], denials.Select(record => record.ObjectId));
        Assert.All(denials, record => Assert.Equal((AuditResult.Denied, "ContentOfficer", "neirong"), (record.Result, record.Role!, record.AccountName!)));
        Assert.Equal([2024, 2025, 2026], (await services.YearsAsync()).Select(year => year.Year));
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static SpecialDay Day(string date, SpecialDayKind kind, string name) => new(Date(date), kind, name, Notice);
}

public sealed class SqliteWorkingCalendarAdministrationTests() : WorkingCalendarAdministrationTests(DatabaseProvider.Sqlite);

public sealed class PostgresWorkingCalendarAdministrationTests() : WorkingCalendarAdministrationTests(DatabaseProvider.Postgres);
