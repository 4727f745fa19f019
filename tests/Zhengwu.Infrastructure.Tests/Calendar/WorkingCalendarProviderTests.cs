using Zhengwu.Domain.Calendar;
using Zhengwu.Infrastructure.Calendar;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Tests.Calendar;

/// <summary>
/// The calendar service builds the calendar of the years in force from the database, keeps it for the process and
/// rebuilds it after any change to a year, made on this node or another.
/// </summary>
public abstract class WorkingCalendarProviderTests(DatabaseProvider provider)
{
    private const string Notice = "国办发明电〔2026〕9号";

    [Fact]
    public async Task Stored_calendar_counts_like_the_data_file()
    {
        await using var services = await CalendarServices.CreateAsync(provider);

        var calendar = await services.CalendarAsync();

        Assert.Equal([2024, 2025, 2026], calendar.Years);
        Assert.Equal(108, calendar.SpecialDays.Count);
        Assert.Equal(new DateOnly(2024, 3, 5), calendar.AddWorkingDays(new DateOnly(2024, 2, 1), 20));
        Assert.Equal(new DateOnly(2025, 10, 9), calendar.AddWorkingDays(new DateOnly(2025, 9, 30), 1));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 2, 28)));
        Assert.Equal(new SpecialDay(new DateOnly(2026, 2, 28), SpecialDayKind.AdjustedWorkday, "春节", "国办发明电〔2025〕7号"), calendar.Find(new DateOnly(2026, 2, 28)));
    }

    [Fact]
    public async Task Calendar_is_cached_until_an_edit()
    {
        await using var services = await CalendarServices.CreateAsync(provider);
        var cache = services.Provider.GetService(typeof(WorkingCalendarCache)) as WorkingCalendarCache;

        var first = await services.CalendarAsync();
        var second = await services.CalendarAsync();
        var edit = await services.EditAsync(calendar => calendar.AddDayAsync(
            CalendarServices.Editor, 2026, 1, new SpecialDay(new DateOnly(2026, 12, 31), SpecialDayKind.Holiday, "测试假日", Notice)));
        var third = await services.CalendarAsync();
        var fourth = await services.CalendarAsync();

        Assert.Same(first, second);
        Assert.Equal(CalendarOutcome.Done, edit.Outcome);
        Assert.NotSame(second, third);
        Assert.Same(third, fourth);
        Assert.Equal(2, cache!.Builds);
        Assert.True(first.IsWorkingDay(new DateOnly(2026, 12, 31)));
        Assert.False(third.IsWorkingDay(new DateOnly(2026, 12, 31)));
    }

    [Fact]
    public async Task Draft_year_counts_only_once_in_force()
    {
        await using var services = await CalendarServices.CreateAsync(provider);
        var editor = CalendarServices.Editor;
        await services.EditAsync(calendar => calendar.AddYearAsync(editor, 2027));
        await services.EditAsync(calendar => calendar.AddDayAsync(
            editor, 2027, 1, new SpecialDay(new DateOnly(2027, 1, 1), SpecialDayKind.Holiday, "元旦", Notice)));

        var draft = await services.CalendarAsync();
        var inForce = await services.EditAsync(calendar => calendar.PutInForceAsync(editor, 2027, 2));
        var covered = await services.CalendarAsync();

        Assert.False(draft.Covers(2027));
        Assert.Equal(2027, Assert.Throws<CalendarYearNotCoveredException>(() => draft.AddWorkingDays(new DateOnly(2026, 12, 31), 1)).Year);
        Assert.Equal(CalendarOutcome.Done, inForce.Outcome);
        Assert.Equal([2024, 2025, 2026, 2027], covered.Years);
        Assert.Equal(new DateOnly(2027, 1, 4), covered.AddWorkingDays(new DateOnly(2026, 12, 31), 1));
    }

    [Fact]
    public async Task Edit_on_another_node_rebuilds_this_nodes_calendar()
    {
        await using var services = await CalendarServices.CreateAsync(provider);
        await using var otherNode = services.BuildNode();
        var before = await services.CalendarAsync();
        var otherBefore = await CalendarServices.WithAsync<WorkingCalendarProvider, WorkingCalendar>(otherNode, calendars => calendars.GetAsync());

        var edit = await CalendarServices.WithAsync<WorkingCalendarAdministration, CalendarResult>(otherNode, calendar => calendar.RemoveDayAsync(
            CalendarServices.Editor, 2026, 1, new DateOnly(2026, 10, 10)));
        var after = await services.CalendarAsync();

        Assert.Equal(CalendarOutcome.Done, edit.Outcome);
        Assert.True(before.IsWorkingDay(new DateOnly(2026, 10, 10)));
        Assert.True(otherBefore.IsWorkingDay(new DateOnly(2026, 10, 10)));
        Assert.False(after.IsWorkingDay(new DateOnly(2026, 10, 10)));
    }
}

public sealed class SqliteWorkingCalendarProviderTests() : WorkingCalendarProviderTests(DatabaseProvider.Sqlite);

public sealed class PostgresWorkingCalendarProviderTests() : WorkingCalendarProviderTests(DatabaseProvider.Postgres);
