using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Infrastructure.Import;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Calendar;

/// <summary>
/// Loads the calendar data file into a database that has no calendar year yet, at first start. The years of the
/// file come into force at once. The load and its audit record are written in one transaction. A database that
/// already has a calendar is left as the service center keeps it, whatever the file says.
/// </summary>
public sealed partial class WorkingCalendarLoader(
    ZhengwuDbContext db,
    AuditLog audit,
    TimeProvider clock,
    ILogger<WorkingCalendarLoader> logger)
{
    /// <summary>The name recorded as the editor of the loaded years.</summary>
    public const string LoaderName = "系统初始化";

    /// <summary>Loads <paramref name="path"/> when the database has no calendar year and returns the years loaded.</summary>
    /// <exception cref="ImportFileException">The file is missing or breaks a rule; nothing is written.</exception>
    public async Task<IReadOnlyList<int>> LoadIfEmptyAsync(string path, CancellationToken cancellationToken = default)
    {
        if (await db.CalendarYears.AnyAsync(cancellationToken))
        {
            return [];
        }

        var days = WorkingCalendarFile.Read(path);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Another node may have loaded the file since the first look.
        if (await db.CalendarYears.AnyAsync(cancellationToken))
        {
            return [];
        }

        var now = clock.GetUtcNow();
        var years = days.GroupBy(day => day.Date.Year).OrderBy(group => group.Key).ToList();
        foreach (var group in years)
        {
            var year = new CalendarYear(group.Key)
            {
                Status = CalendarYearStatus.InForce,
                UpdatedByName = LoaderName,
                UpdatedAt = now,
            };
            year.Days.AddRange(group.Select(day => new CalendarSpecialDay(day)));
            db.CalendarYears.Add(year);
        }

        await db.SaveChangesAsync(cancellationToken);
        var loaded = years.Select(group => group.Key).ToList();
        var loadedText = string.Join("、", loaded);
        var loadedList = string.Join(", ", loaded);
        await audit.AppendAsync(
            new AuditEntry(AuditActions.ContentChanged, AuditResult.Succeeded)
            {
                AccountName = LoaderName,
                ObjectType = WorkingCalendarAdministration.CalendarObject,
                ObjectId = string.Join(",", loaded),
                Detail = $"从 {Path.GetFileName(path)} 载入 {loadedText} 年工作日历（共 {days.Count} 天），直接生效",
            },
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        LogLoaded(logger, path, days.Count, loadedList);

        return loaded;
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information,
        Message = "Loaded the working calendar from {Path}: {Days} special days of {Years}")]
    private static partial void LogLoaded(ILogger logger, string path, int days, string years);
}
