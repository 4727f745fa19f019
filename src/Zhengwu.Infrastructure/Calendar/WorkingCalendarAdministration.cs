using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.Calendar;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Calendar;

/// <summary>
/// The service center administrator's changes to the calendar: add a year as a draft, enter, edit and remove its
/// special days, put it in force, or delete a draft year. Every change checks the rules of
/// <see cref="SpecialDayRules"/>, counts a new version of the year and is saved with its audit record in one
/// transaction. A change made from an older version is rejected, so no edit is lost. Edits to a year in force take
/// effect at once, and the year must keep at least one holiday.
/// </summary>
public sealed class WorkingCalendarAdministration(ZhengwuDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>The object type of calendar records in the audit log; the object id is the year.</summary>
    public const string CalendarObject = "working-calendar";

    public async Task<IReadOnlyList<CalendarYearSummary>> ListYearsAsync(CancellationToken cancellationToken = default)
    {
        var years = await db.CalendarYears.AsNoTracking().Include(year => year.Days).ToListAsync(cancellationToken);

        return
        [
            .. years.OrderBy(year => year.Year).Select(year => new CalendarYearSummary(
                year.Year,
                year.Status,
                year.Version,
                year.Days.Count(day => day.Kind == SpecialDayKind.Holiday),
                year.Days.Count(day => day.Kind == SpecialDayKind.AdjustedWorkday),
                [.. year.Days.OrderBy(day => day.Date).Select(day => day.Notice).Distinct()],
                year.UpdatedByName,
                year.UpdatedAt)),
        ];
    }

    /// <summary>Returns the year with its days in date order, not tracked, or null.</summary>
    public async Task<CalendarYear?> FindYearAsync(int year, CancellationToken cancellationToken = default)
    {
        var stored = await db.CalendarYears.AsNoTracking()
            .Include(entry => entry.Days)
            .FirstOrDefaultAsync(entry => entry.Year == year, cancellationToken);
        stored?.Days.Sort((left, right) => left.Date.CompareTo(right.Date));

        return stored;
    }

    /// <summary>Adds <paramref name="year"/> as a draft without days; the calendar does not cover it until it is in force.</summary>
    public async Task<CalendarResult> AddYearAsync(CalendarEditor editor, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(editor);
        if (!await MayEditAsync(editor, Id(year)))
        {
            return CalendarResult.Denied;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.CalendarYears.Select(entry => entry.Year).ToListAsync(cancellationToken);
        var problems = SpecialDayRules.CheckNewYear(year, existing, ChinaStandardTime.DateOf(clock.GetUtcNow()));
        if (problems.Count > 0)
        {
            return CalendarResult.Invalid(problems);
        }

        var added = new CalendarYear(year);
        Stamp(added, editor);
        db.CalendarYears.Add(added);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another administrator added the same year a moment ago.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();

            return CalendarResult.Invalid(SpecialDayRules.CheckNewYear(year, [year], ChinaStandardTime.DateOf(clock.GetUtcNow())));
        }

        await audit.AppendAsync(Entry(editor, AuditActions.ContentChanged, AuditResult.Succeeded, year, $"新增 {year} 年工作日历（录入中，尚未生效）"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new CalendarResult(CalendarOutcome.Done, added);
    }

    /// <summary>Adds a special day to <paramref name="year"/>.</summary>
    public Task<CalendarResult> AddDayAsync(
        CalendarEditor editor,
        int year,
        int expectedVersion,
        SpecialDay day,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(day);
        day = Trimmed(day);

        return EditAsync(editor, year, expectedVersion, stored =>
        {
            var others = stored.Days.Select(entry => entry.ToSpecialDay()).ToList();
            var problems = Check(stored, day, others);
            if (problems.Count > 0)
            {
                return Change.Refused(problems);
            }

            stored.Days.Add(new CalendarSpecialDay(day));

            return Change.Made($"{year} 年：新增 {Describe(day)}");
        }, cancellationToken);
    }

    /// <summary>Replaces the special day on <paramref name="date"/> with <paramref name="day"/>, which may have another date.</summary>
    public Task<CalendarResult> UpdateDayAsync(
        CalendarEditor editor,
        int year,
        int expectedVersion,
        DateOnly date,
        SpecialDay day,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(day);
        day = Trimmed(day);

        return EditAsync(editor, year, expectedVersion, stored =>
        {
            if (stored.Days.FirstOrDefault(entry => entry.Date == date) is not { } current)
            {
                return Change.Missing;
            }

            var before = current.ToSpecialDay();
            if (before == day)
            {
                return Change.Unchanged;
            }

            var others = stored.Days.Where(entry => entry != current).Select(entry => entry.ToSpecialDay()).ToList();
            var problems = Check(stored, day, others);
            if (problems.Count > 0)
            {
                return Change.Refused(problems);
            }

            if (day.Date == date)
            {
                current.Kind = day.Kind;
                current.Name = day.Name;
                current.Notice = day.Notice;
            }
            else
            {
                // The date is the key, so a moved day is a new row.
                stored.Days.Remove(current);
                db.Remove(current);
                stored.Days.Add(new CalendarSpecialDay(day));
            }

            return Change.Made($"{year} 年：将 {Describe(before)} 改为 {Describe(day)}");
        }, cancellationToken);
    }

    public Task<CalendarResult> RemoveDayAsync(
        CalendarEditor editor,
        int year,
        int expectedVersion,
        DateOnly date,
        CancellationToken cancellationToken = default) =>
        EditAsync(editor, year, expectedVersion, stored =>
        {
            if (stored.Days.FirstOrDefault(entry => entry.Date == date) is not { } current)
            {
                return Change.Missing;
            }

            var remaining = stored.Days.Where(entry => entry != current).Select(entry => entry.ToSpecialDay()).ToList();
            if (stored.Status == CalendarYearStatus.InForce && SpecialDayRules.CheckInForce(year, remaining) is { Count: > 0 } problems)
            {
                return Change.Refused(problems);
            }

            stored.Days.Remove(current);
            db.Remove(current);

            return Change.Made($"{year} 年：删除 {Describe(current.ToSpecialDay())}");
        }, cancellationToken);

    /// <summary>Puts a draft year in force: from now on the calendar covers it.</summary>
    public Task<CalendarResult> PutInForceAsync(
        CalendarEditor editor,
        int year,
        int expectedVersion,
        CancellationToken cancellationToken = default) =>
        EditAsync(editor, year, expectedVersion, stored =>
        {
            if (stored.Status == CalendarYearStatus.InForce)
            {
                return Change.Unchanged;
            }

            var days = stored.Days.Select(entry => entry.ToSpecialDay()).ToList();
            if (SpecialDayRules.CheckInForce(year, days) is { Count: > 0 } problems)
            {
                return Change.Refused(problems);
            }

            stored.Status = CalendarYearStatus.InForce;

            return Change.Made($"{year} 年工作日历生效：{days.Count(day => day.Kind == SpecialDayKind.Holiday)} 个法定节假日，"
                + $"{days.Count(day => day.Kind == SpecialDayKind.AdjustedWorkday)} 个调休上班日");
        }, cancellationToken);

    /// <summary>Deletes a draft year with its days. A year in force is never deleted, as deadlines may rest on it.</summary>
    public Task<CalendarResult> DeleteYearAsync(
        CalendarEditor editor,
        int year,
        int expectedVersion,
        CancellationToken cancellationToken = default) =>
        EditAsync(editor, year, expectedVersion, stored =>
        {
            if (stored.Status == CalendarYearStatus.InForce)
            {
                return Change.Refused([new CalendarProblem("Year", $"{year} 年的日历已生效，不能删除：期限计算可能已用到它。如有错误，请逐日修改。")]);
            }

            db.Remove(stored);

            return Change.Made($"删除 {year} 年工作日历草稿（{stored.Days.Count} 天）");
        }, cancellationToken);

    /// <summary>
    /// Loads the year in a write transaction, applies <paramref name="change"/> to it, and saves the change with a
    /// new version and its audit record. Nothing is written when the version is stale, the change is refused or
    /// changes nothing.
    /// </summary>
    private async Task<CalendarResult> EditAsync(
        CalendarEditor editor,
        int year,
        int expectedVersion,
        Func<CalendarYear, Change> change,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(editor);
        if (!await MayEditAsync(editor, Id(year)))
        {
            return CalendarResult.Denied;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var stored = await db.CalendarYears.Include(entry => entry.Days).FirstOrDefaultAsync(entry => entry.Year == year, cancellationToken);
        if (stored is null)
        {
            return CalendarResult.NotFound;
        }

        if (stored.Version != expectedVersion)
        {
            return new CalendarResult(CalendarOutcome.Conflict, stored);
        }

        var result = change(stored);
        if (result.Problems.Count > 0 || result.Detail is null)
        {
            db.ChangeTracker.Clear();
            var outcome = result.Problems.Count > 0 ? CalendarResult.Invalid(result.Problems)
                : result.IsMissing ? CalendarResult.NotFound
                : new CalendarResult(CalendarOutcome.Done, stored);

            return outcome;
        }

        db.Entry(stored).Property(entry => entry.Version).OriginalValue = expectedVersion;
        if (db.Entry(stored).State != EntityState.Deleted)
        {
            stored.Version = expectedVersion + 1;
            Stamp(stored, editor);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent change of the same year committed first: its version, or the date now taken, no longer
            // matches what this change was checked against.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();

            return await db.CalendarYears.AsNoTracking().Include(entry => entry.Days)
                .FirstOrDefaultAsync(entry => entry.Year == year, cancellationToken) is { } current
                ? new CalendarResult(CalendarOutcome.Conflict, current)
                : CalendarResult.NotFound;
        }

        await audit.AppendAsync(Entry(editor, AuditActions.ContentChanged, AuditResult.Succeeded, year, result.Detail), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        stored.Days.Sort((left, right) => left.Date.CompareTo(right.Date));

        return new CalendarResult(CalendarOutcome.Done, stored);
    }

    /// <summary>Checks the role again behind the page's policy; a denial is audited.</summary>
    private async Task<bool> MayEditAsync(CalendarEditor editor, string objectId)
    {
        if (editor.Role == StaffRole.ServiceCenterAdministrator)
        {
            return true;
        }

        await audit.AppendAsync(new AuditEntry(AuditActions.AccessDenied, AuditResult.Denied)
        {
            AccountId = editor.Id.ToString(),
            AccountName = editor.UserName,
            Role = editor.Role.ToString(),
            ObjectType = CalendarObject,
            ObjectId = objectId,
            ClientAddress = editor.ClientAddress,
        });

        return false;
    }

    private static IReadOnlyList<CalendarProblem> Check(CalendarYear stored, SpecialDay day, List<SpecialDay> others)
    {
        var problems = SpecialDayRules.Check(stored.Year, day, others);
        if (problems.Count == 0 && stored.Status == CalendarYearStatus.InForce)
        {
            problems = SpecialDayRules.CheckInForce(stored.Year, [.. others, day]);
        }

        return problems;
    }

    private void Stamp(CalendarYear year, CalendarEditor editor)
    {
        year.UpdatedById = editor.Id;
        year.UpdatedByName = editor.UserName;
        year.UpdatedAt = clock.GetUtcNow();
    }

    private static SpecialDay Trimmed(SpecialDay day) =>
        day with { Name = day.Name?.Trim() ?? "", Notice = day.Notice?.Trim() ?? "" };

    /// <summary>Describes a day for the audit log, e.g. 2027-02-06（星期六）春节，法定节假日，国办发明电〔2026〕5号.</summary>
    private static string Describe(SpecialDay day) =>
        $"{day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}（{day.Date.DayOfWeek.ChineseName()}）{day.Name}，{day.Kind.ChineseName()}，{day.Notice}";

    private static AuditEntry Entry(CalendarEditor editor, string action, AuditResult result, int year, string? detail) => new(action, result)
    {
        AccountId = editor.Id.ToString(),
        AccountName = editor.UserName,
        Role = editor.Role.ToString(),
        ObjectType = CalendarObject,
        ObjectId = Id(year),
        ClientAddress = editor.ClientAddress,
        Detail = detail,
    };

    private static string Id(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>What a change did to the loaded year: the audit detail of a change made, or why nothing was written.</summary>
    private sealed record Change(string? Detail, IReadOnlyList<CalendarProblem> Problems, bool IsMissing = false)
    {
        public static Change Unchanged { get; } = new(null, []);

        public static Change Missing { get; } = new(null, [], IsMissing: true);

        public static Change Made(string detail) => new(detail, []);

        public static Change Refused(IReadOnlyList<CalendarProblem> problems) => new(null, problems);
    }
}
