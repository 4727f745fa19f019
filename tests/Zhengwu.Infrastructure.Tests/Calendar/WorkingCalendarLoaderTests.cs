using System.Globalization;
using System.Text.Json;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.Calendar;
using Zhengwu.Infrastructure.Calendar;
using Zhengwu.Infrastructure.Import;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.TestSupport;

namespace Zhengwu.Infrastructure.Tests.Calendar;

/// <summary>
/// At first start the portal loads data/calendar/working-calendar.csv into a database without a calendar, in one
/// transaction with its audit record; a database with a calendar, or a broken file, is left as it is.
/// </summary>
public abstract class WorkingCalendarLoaderTests(DatabaseProvider provider)
{
    private static readonly int[] s_years = [2024, 2025, 2026];

    [Fact]
    public async Task Data_file_loads_into_an_empty_database()
    {
        await using var services = await CalendarServices.CreateAsync(provider, loadDataFile: false);

        var loaded = await services.WithAsync<WorkingCalendarLoader, IReadOnlyList<int>>(
            loader => loader.LoadIfEmptyAsync(TestPaths.WorkingCalendar));
        var years = await services.YearsAsync();
        var records = await services.AuditRecordsAsync();

        Assert.Equal([2024, 2025, 2026], loaded);
        Assert.Equal([2024, 2025, 2026], years.Select(year => year.Year));
        Assert.All(years, year => Assert.Equal(CalendarYearStatus.InForce, year.Status));
        Assert.All(years, year => Assert.Equal(WorkingCalendarLoader.LoaderName, year.UpdatedByName));
        Assert.All(years, year => Assert.Equal(CalendarServices.StartTime, year.UpdatedAt));
        var stored = years.SelectMany(year => year.Days).Select(day =>
            string.Join(",", day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day.Kind.Code(), day.Name, day.Notice));
        var file = CsvRows.Read(TestPaths.WorkingCalendar).Select(row => string.Join(",", row["date"], row["kind"], row["name"], row["notice"]));
        Assert.Equal(file, stored);
        var record = Assert.Single(records);
        Assert.Equal(AuditActions.ContentChanged, record.Action);
        Assert.Equal(WorkingCalendarAdministration.CalendarObject, record.ObjectType);
        Assert.Equal("2024,2025,2026", record.ObjectId);
        Assert.Equal("从 working-calendar.csv 载入 2024、2025、2026 年工作日历（共 108 天），直接生效", record.Detail);
    }

    [Fact]
    public async Task Loaded_calendar_agrees_with_the_shared_holiday_files()
    {
        var files = s_years.Select(year => Path.Combine(TestPaths.SharedData, $"holiday-cn-{year}.json")).ToList();
        Assert.SkipUnless(files.All(File.Exists), "The shared holiday files are not present beside the repository.");
        await using var services = await CalendarServices.CreateAsync(provider);

        var calendar = await services.CalendarAsync();

        var listed = 0;
        foreach (var file in files)
        {
            using var document = JsonDocument.Parse(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
            foreach (var day in document.RootElement.GetProperty("days").EnumerateArray())
            {
                var date = DateOnly.ParseExact(day.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                Assert.Equal(!day.GetProperty("isOffDay").GetBoolean(), calendar.IsWorkingDay(date));
                Assert.Equal(day.GetProperty("name").GetString(), calendar.Find(date)?.Name);
                listed++;
            }
        }

        Assert.Equal(listed, calendar.SpecialDays.Count);
    }

    [Fact]
    public async Task Database_with_a_calendar_is_left_alone()
    {
        await using var services = await CalendarServices.CreateAsync(provider);
        var added = await services.EditAsync(calendar => calendar.AddYearAsync(CalendarServices.Editor, 2027));
        var before = await services.YearsAsync();

        var loaded = await services.WithAsync<WorkingCalendarLoader, IReadOnlyList<int>>(
            loader => loader.LoadIfEmptyAsync(TestPaths.WorkingCalendar));

        Assert.Equal(CalendarOutcome.Done, added.Outcome);
        Assert.Empty(loaded);
        Assert.Equal(before.Select(year => (year.Year, year.Version, year.Days.Count)), (await services.YearsAsync()).Select(year => (year.Year, year.Version, year.Days.Count)));
        Assert.Equal(2, (await services.AuditRecordsAsync()).Count);
    }

    [Fact]
    public async Task Broken_file_names_every_problem_and_writes_nothing()
    {
        await using var services = await CalendarServices.CreateAsync(provider, loadDataFile: false);
        var path = Path.Combine(services.Database.Folder, "broken-calendar.csv");
        await File.WriteAllTextAsync(
            path,
            "date,kind,name,notice\n"
                + "2026-01-01,holiday,元旦,国办发明电〔2025〕7号\n"
                + "2026-02-13,adjusted-workday,春节,国办发明电〔2025〕7号\n"
                + "2026-02-30,holiday,春节,国办发明电〔2025〕7号\n"
                + "2026-01-01,holiday,元旦,国办发明电〔2025〕7号\n"
                + "2026-05-01,day-off,劳动节,\n",
            TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<ImportFileException>(() => services.WithAsync<WorkingCalendarLoader, IReadOnlyList<int>>(
            loader => loader.LoadIfEmptyAsync(path)));

        Assert.Equal(
            $"工作日历文件 {path} 有 4 处错误：\n"
                + "第3行“kind”列（值：“adjusted-workday”）：日期 2026-02-13 是星期五，本来就是工作日：调休上班日必须是星期六或星期日。\n"
                + "第4行“date”列（值：“2026-02-30”）：不是 yyyy-MM-dd 格式的日期，例如 2026-10-01。\n"
                + "第5行“date”列（值：“2026-01-01”）：日期 2026-01-01 已录入为“元旦”（法定节假日）：同一天只能录入一条，请修改已有的那一条。\n"
                + "第6行“kind”列（值：“day-off”）：类型应为 holiday（法定节假日）或 adjusted-workday（调休上班）。",
            error.Message);
        Assert.Empty(await services.YearsAsync());
        Assert.Empty(await services.AuditRecordsAsync());
    }

    [Fact]
    public async Task Year_without_a_holiday_is_refused()
    {
        await using var services = await CalendarServices.CreateAsync(provider, loadDataFile: false);
        var path = Path.Combine(services.Database.Folder, "adjusted-only.csv");
        await File.WriteAllTextAsync(path, "date,kind,name,notice\n2027-02-20,adjusted-workday,春节,国办发明电〔2026〕1号\n", TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<ImportFileException>(() => services.WithAsync<WorkingCalendarLoader, IReadOnlyList<int>>(
            loader => loader.LoadIfEmptyAsync(path)));

        Assert.Equal($"工作日历文件 {path} 有 1 处错误：\n文件：2027 年还没有录入法定节假日，不能生效：请先按国务院办公厅的通知录入放假日期。", error.Message);
    }

    [Fact]
    public async Task Missing_file_or_column_is_reported()
    {
        await using var services = await CalendarServices.CreateAsync(provider, loadDataFile: false);
        var missing = Path.Combine(services.Database.Folder, "none.csv");
        var noNotice = Path.Combine(services.Database.Folder, "no-notice.csv");
        await File.WriteAllTextAsync(noNotice, "date,kind,name\n2026-01-01,holiday,元旦\n", TestContext.Current.CancellationToken);

        var absent = await Assert.ThrowsAsync<ImportFileException>(() => services.WithAsync<WorkingCalendarLoader, IReadOnlyList<int>>(
            loader => loader.LoadIfEmptyAsync(missing)));
        var column = await Assert.ThrowsAsync<ImportFileException>(() => services.WithAsync<WorkingCalendarLoader, IReadOnlyList<int>>(
            loader => loader.LoadIfEmptyAsync(noNotice)));

        Assert.Equal($"文件不存在：{missing}", absent.Message);
        Assert.Equal($"工作日历文件 {noNotice} 缺少“notice”列：表头应为 date,kind,name,notice。", column.Message);
    }
}

public sealed class SqliteWorkingCalendarLoaderTests() : WorkingCalendarLoaderTests(DatabaseProvider.Sqlite);

public sealed class PostgresWorkingCalendarLoaderTests() : WorkingCalendarLoaderTests(DatabaseProvider.Postgres);
