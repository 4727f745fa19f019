using System.Net;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.Calendar;
using Zhengwu.Infrastructure.Calendar;
using Zhengwu.Web.Tests.Accounts;

namespace Zhengwu.Web.Tests.Staff.Calendar;

/// <summary>
/// The service center administrator views the years loaded from the data file, adds a year, enters and corrects
/// its days with errors that name the wrong value, and puts it in force. Every change leaves one audit record.
/// Tests that add a year use years of their own, so they do not depend on each other.
/// </summary>
public abstract class CalendarPagesTests(CalendarPortalFixture portal)
{
    private const string Notice = "国办发明电〔2026〕9号";

    [Fact]
    public async Task Years_from_the_data_file_are_listed()
    {
        using var admin = await portal.SignInAsync("calendar-list", StaffRole.ServiceCenterAdministrator);

        var page = await admin.GetAsync("/staff/calendar");
        var dashboard = await admin.GetAsync("/staff");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var rows = page.Document.QuerySelectorAll("table.calendar-years tbody tr")
            .Select(row => string.Join(
                " ",
                row.GetAttribute("data-year"),
                row.QuerySelector(".status")?.TextContent,
                row.QuerySelector(".holidays")?.TextContent,
                row.QuerySelector(".adjusted")?.TextContent,
                row.QuerySelector(".notices")?.TextContent))
            .Where(row => row.StartsWith("2024 ", StringComparison.Ordinal) || row.StartsWith("2025 ", StringComparison.Ordinal) || row.StartsWith("2026 ", StringComparison.Ordinal));
        Assert.Equal(
            [
                "2024 已生效 28 8 国办发明电〔2023〕7号",
                "2025 已生效 28 5 国办发明电〔2024〕12号",
                "2026 已生效 33 6 国办发明电〔2025〕7号",
            ],
            rows);
        Assert.NotNull(dashboard.Document.QuerySelector(".calendar-block a[href='/staff/calendar']"));
    }

    [Fact]
    public async Task Year_page_lists_the_days_with_weekdays()
    {
        using var admin = await portal.SignInAsync("calendar-year", StaffRole.ServiceCenterAdministrator);

        var page = await admin.GetAsync("/staff/calendar/2025");
        var day = await admin.GetAsync("/staff/calendar/2025/days/2025-10-11");
        var missing = await admin.GetAsync("/staff/calendar/2025/days/2025-10-12");
        var noYear = await admin.GetAsync("/staff/calendar/2031");

        Assert.Equal(33, page.Document.QuerySelectorAll("table.special-days tbody tr").Length);
        Assert.Equal("已生效", page.Document.QuerySelector(".year-meta .status")?.TextContent);
        Assert.Equal("2025-10-08 星期三 法定节假日 国庆节、中秋节 国办发明电〔2024〕12号", Row(page, "2025-10-08"));
        Assert.Equal("2025-10-11 星期六 调休上班 国庆节、中秋节 国办发明电〔2024〕12号", Row(page, "2025-10-11"));
        Assert.Null(page.Document.QuerySelector("form[action*='handler=PutInForce']"));
        Assert.Equal(HttpStatusCode.OK, day.Status);
        Assert.Equal("2025-10-11", day.Document.QuerySelector("#day-date")?.GetAttribute("value"));
        Assert.Equal("AdjustedWorkday", day.Document.QuerySelector("#day-kind option[selected]")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal(HttpStatusCode.NotFound, noYear.Status);
    }

    [Fact]
    public async Task Administrator_adds_enters_and_puts_a_year_in_force()
    {
        using var admin = await portal.SignInAsync("calendar-2027", StaffRole.ServiceCenterAdministrator);

        var added = await admin.SubmitAsync("/staff/calendar", ("NewYear", "2027"));
        var draft = await admin.GetAsync(added.Location!);
        var holiday = await AddDayAsync(admin, 2027, "2027-02-06", "Holiday", "春节");
        var weekendHoliday = await AddDayAsync(admin, 2027, "2027-02-07", "Holiday", "春节");
        var adjusted = await AddDayAsync(admin, 2027, "2027-02-20", "AdjustedWorkday", "春节");
        var draftCalendar = await portal.CalendarAsync();
        var inForce = await PostFromAsync(admin, "/staff/calendar/2027", "?handler=PutInForce", ("Version", "4"));
        var final = await admin.GetAsync("/staff/calendar/2027");

        Assert.Equal("/staff/calendar/2027?saved=added", added.Location);
        Assert.Equal("录入中（未生效）", draft.Document.QuerySelector(".year-meta .status")?.TextContent);
        Assert.Equal("已添加 2027 年。请逐日录入放假和调休上班日期，核对后确认生效。", draft.Document.QuerySelector(".notice[role=status]")?.TextContent.Trim());
        Assert.All([holiday, weekendHoliday, adjusted], response => Assert.Equal("/staff/calendar/2027?saved=day-added", response.Location));
        Assert.False(draftCalendar.Covers(2027));
        Assert.Equal("/staff/calendar/2027?saved=in-force", inForce.Location);
        Assert.Equal("已生效", final.Document.QuerySelector(".year-meta .status")?.TextContent);
        Assert.Equal("2027-02-07 星期日 法定节假日 春节 " + Notice, Row(final, "2027-02-07"));
        var calendar = await portal.CalendarAsync();
        Assert.True(calendar.Covers(2027));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 2, 20)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 2, 6)));
        var records = (await portal.ReadRecordsAsync("calendar-2027")).Where(record => record.Action == AuditActions.ContentChanged).ToList();
        Assert.Equal(
            [
                "新增 2027 年工作日历（录入中，尚未生效）",
                $"2027 年：新增 2027-02-06（星期六）春节，法定节假日，{Notice}",
                $"2027 年：新增 2027-02-07（星期日）春节，法定节假日，{Notice}",
                $"2027 年：新增 2027-02-20（星期六）春节，调休上班，{Notice}",
                "2027 年工作日历生效：2 个法定节假日，1 个调休上班日",
            ],
            records.Select(record => record.Detail));
        Assert.All(records, record => Assert.Equal((WorkingCalendarAdministration.CalendarObject, "2027", nameof(StaffRole.ServiceCenterAdministrator)), (record.ObjectType!, record.ObjectId!, record.Role!)));
    }

    [Fact]
    public async Task Wrong_values_are_named_in_Chinese()
    {
        using var admin = await portal.SignInAsync("calendar-errors", StaffRole.ServiceCenterAdministrator);
        await admin.SubmitAsync("/staff/calendar", ("NewYear", "2023"));
        await AddDayAsync(admin, 2023, "2023-01-02", "Holiday", "元旦");
        var before = await portal.ReadRecordsAsync("calendar-errors");

        (string Date, string Kind, string Name, string Message)[] cases =
        [
            ("2024-01-01", "Holiday", "元旦", "日期 2024-01-01 不在 2023 年内：请填写 2023-01-01 至 2023-12-31 之间的日期。"),
            ("2023-01-02", "Holiday", "元旦", "日期 2023-01-02 已录入为“元旦”（法定节假日）：同一天只能录入一条，请修改已有的那一条。"),
            ("2023-01-04", "AdjustedWorkday", "春节", "日期 2023-01-04 是星期三，本来就是工作日：调休上班日必须是星期六或星期日。"),
            ("2023-02-30", "Holiday", "春节", "日期“2023-02-30”不是 yyyy-MM-dd 格式的有效日期，例如 2023-01-01。"),
            ("2023-01-22", "DayOff", "春节", "类型“DayOff”无效：请选择法定节假日或调休上班。"),
            ("2023-01-22", "Holiday", "", "请填写节日名称，例如“春节”。"),
        ];
        var responses = new List<BrowserResponse>();
        foreach (var (date, kind, name, _) in cases)
        {
            responses.Add(await AddDayAsync(admin, 2023, date, kind, name));
        }

        var yearText = await admin.SubmitAsync("/staff/calendar", ("NewYear", "二〇二八"));
        var tooFar = await admin.SubmitAsync("/staff/calendar", ("NewYear", "2029"));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status));
        Assert.Equal(cases.Select(entry => entry.Message), responses.Select(response => response.Document.QuerySelector(".error-summary li")?.TextContent));
        Assert.Equal("2023-02-30", responses[3].Document.QuerySelector("#day-date")?.GetAttribute("value"));
        Assert.Equal(cases[2].Message, responses[2].Document.QuerySelector(".field-error")?.TextContent);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, yearText.Status);
        Assert.Equal("年份“二〇二八”不是四位数字，例如 2027。", yearText.Document.QuerySelector(".error-summary li")?.TextContent);
        Assert.StartsWith("2029 年的节假日安排尚未公布：国务院办公厅每年秋季公布下一年的安排，现在最多可添加", tooFar.Document.QuerySelector(".error-summary li")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await portal.ReadRecordsAsync("calendar-errors"));
        Assert.Equal(2, (await portal.FindYearAsync(2023))!.Version);
    }

    [Fact]
    public async Task Day_is_corrected_and_removed_on_its_page()
    {
        using var admin = await portal.SignInAsync("calendar-edit", StaffRole.ServiceCenterAdministrator);
        await admin.SubmitAsync("/staff/calendar", ("NewYear", "2022"));
        await AddDayAsync(admin, 2022, "2022-01-31", "Holiday", "春节");
        await AddDayAsync(admin, 2022, "2022-01-30", "AdjustedWorkday", "春节");

        var moved = await admin.SubmitAsync(
            "/staff/calendar/2022/days/2022-01-30",
            ("Version", "3"),
            ("Input.Date", "2022-01-29"),
            ("Input.Kind", "AdjustedWorkday"),
            ("Input.Name", "春节"),
            ("Input.Notice", "国办发明电〔2021〕11号"));
        var toWeekday = await admin.SubmitAsync(
            "/staff/calendar/2022/days/2022-01-31",
            ("Version", "4"),
            ("Input.Date", "2022-01-31"),
            ("Input.Kind", "AdjustedWorkday"),
            ("Input.Name", "春节"),
            ("Input.Notice", Notice));
        var removed = await PostFromAsync(admin, "/staff/calendar/2022/days/2022-01-29", "?handler=Delete", ("Version", "4"));
        var year = await portal.FindYearAsync(2022);

        Assert.Equal("/staff/calendar/2022?saved=updated", moved.Location);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, toWeekday.Status);
        Assert.Equal("日期 2022-01-31 是星期一，本来就是工作日：调休上班日必须是星期六或星期日。", toWeekday.Document.QuerySelector(".error-summary li")?.TextContent);
        Assert.Equal("/staff/calendar/2022?saved=removed", removed.Location);
        Assert.Equal([new DateOnly(2022, 1, 31)], year!.Days.Select(day => day.Date));
        Assert.Equal(5, year.Version);
        Assert.Equal(
            [
                $"2022 年：将 2022-01-30（星期日）春节，调休上班，{Notice} 改为 2022-01-29（星期六）春节，调休上班，国办发明电〔2021〕11号",
                "2022 年：删除 2022-01-29（星期六）春节，调休上班，国办发明电〔2021〕11号",
            ],
            (await portal.ReadRecordsAsync("calendar-edit")).Where(record => record.Action == AuditActions.ContentChanged).Skip(3).Select(record => record.Detail));
    }

    [Fact]
    public async Task Form_from_an_old_version_is_rejected_with_who_changed_it()
    {
        using var first = await portal.SignInAsync("calendar-first", StaffRole.ServiceCenterAdministrator);
        using var second = await portal.SignInAsync("calendar-second", StaffRole.ServiceCenterAdministrator);
        await first.SubmitAsync("/staff/calendar", ("NewYear", "2021"));
        var secondForm = await second.GetAsync("/staff/calendar/2021");
        var version = secondForm.Document.QuerySelector("form[action*='handler=AddDay'] input[name=Version]")?.GetAttribute("value");

        var firstAdd = await AddDayAsync(first, 2021, "2021-02-12", "Holiday", "春节");
        var stale = await second.PostAsync(
            "/staff/calendar/2021?handler=AddDay",
            ("Version", version!),
            ("Input.Date", "2021-02-11"),
            ("Input.Kind", "Holiday"),
            ("Input.Name", "春节"),
            ("Input.Notice", Notice),
            ("__RequestVerificationToken", secondForm.FormToken!));

        Assert.Equal("1", version);
        Assert.Equal("/staff/calendar/2021?saved=day-added", firstAdd.Location);
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.StartsWith("未保存：在您操作期间，calendar-first 于 ", stale.Document.QuerySelector(".conflict")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("修改了 2021 年日历（现为第 2 版）", stale.Document.QuerySelector(".conflict")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("2021-02-11", stale.Document.QuerySelector("#day-date")?.GetAttribute("value"));
        Assert.Equal("2", stale.Document.QuerySelector("form[action*='handler=AddDay'] input[name=Version]")?.GetAttribute("value"));
        Assert.Equal([new DateOnly(2021, 2, 12)], (await portal.FindYearAsync(2021))!.Days.Select(day => day.Date));
        Assert.DoesNotContain(await portal.ReadRecordsAsync("calendar-second"), record => record.Action == AuditActions.ContentChanged);
    }

    [Fact]
    public async Task Draft_year_is_deleted()
    {
        using var admin = await portal.SignInAsync("calendar-delete", StaffRole.ServiceCenterAdministrator);
        await admin.SubmitAsync("/staff/calendar", ("NewYear", "2020"));
        await AddDayAsync(admin, 2020, "2020-01-01", "Holiday", "元旦");

        var deleted = await PostFromAsync(admin, "/staff/calendar/2020", "?handler=DeleteYear", ("Version", "2"));
        var list = await admin.GetAsync(deleted.Location!);
        var inForce = await PostFromAsync(admin, "/staff/calendar/2026", "?handler=DeleteYear", ("Version", "1"));

        Assert.Equal("/staff/calendar?saved=deleted&year=2020", deleted.Location);
        Assert.Equal("已删除 2020 年工作日历草稿。", list.Document.QuerySelector(".notice[role=status]")?.TextContent.Trim());
        Assert.Null(await portal.FindYearAsync(2020));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, inForce.Status);
        Assert.Equal("2026 年的日历已生效，不能删除：期限计算可能已用到它。如有错误，请逐日修改。", inForce.Document.QuerySelector(".error-summary li")?.TextContent);
    }

    private static Task<BrowserResponse> AddDayAsync(StaffBrowser browser, int year, string date, string kind, string name) =>
        AddDayAsync(browser, year, date, kind, name, Notice);

    /// <summary>Opens the year page and submits its add-day form with the version the page shows.</summary>
    private static async Task<BrowserResponse> AddDayAsync(StaffBrowser browser, int year, string date, string kind, string name, string notice)
    {
        var page = await browser.GetAsync($"/staff/calendar/{year}");
        var version = page.Document.QuerySelector("form[action*='handler=AddDay'] input[name=Version]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"The page of {year} has no add-day form: {(int)page.Status}.");

        return await browser.PostAsync(
            $"/staff/calendar/{year}?handler=AddDay",
            ("Version", version),
            ("Input.Date", date),
            ("Input.Kind", kind),
            ("Input.Name", name),
            ("Input.Notice", notice),
            ("__RequestVerificationToken", page.FormToken!));
    }

    /// <summary>Opens <paramref name="path"/> and posts <paramref name="fields"/> with its token to the page's <paramref name="handler"/>.</summary>
    private static async Task<BrowserResponse> PostFromAsync(StaffBrowser browser, string path, string handler, params (string Name, string Value)[] fields)
    {
        var page = await browser.GetAsync(path);

        return await browser.PostAsync(path + handler, [.. fields, ("__RequestVerificationToken", page.FormToken!)]);
    }

    private static string Row(BrowserResponse page, string date) =>
        string.Join(" ", page.Document.QuerySelectorAll($"table.special-days tr[data-date='{date}'] td").Take(5).Select(cell => cell.TextContent.Trim()));
}

public sealed class SqliteCalendarPagesTests(SqliteCalendarPortalFixture portal)
    : CalendarPagesTests(portal), IClassFixture<SqliteCalendarPortalFixture>;

public sealed class PostgresCalendarPagesTests(PostgresCalendarPortalFixture portal)
    : CalendarPagesTests(portal), IClassFixture<PostgresCalendarPortalFixture>;
