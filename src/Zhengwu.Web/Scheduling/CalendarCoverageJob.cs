using Zhengwu.Domain.Calendar;
using Zhengwu.Infrastructure.Calendar;

namespace Zhengwu.Web.Scheduling;

/// <summary>
/// Logs a warning from 60 days before the end of the last covered year while the next year's working calendar
/// is missing, so operators hear of it even when nobody opens the service center's start page.
/// </summary>
public sealed class CalendarCoverageJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<CalendarCoverageJob> logger)
    : RecordedJob(scopes, clock, logger)
{
    public const string JobName = "calendar-coverage";

    private readonly TimeProvider _clock = clock;
    private readonly ILogger _logger = logger;

    public override string Name => JobName;

    protected override async Task<string> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var calendar = await services.GetRequiredService<WorkingCalendarProvider>().GetAsync(cancellationToken);
        var today = ChinaStandardTime.DateOf(_clock.GetUtcNow());
        var missing = CalendarCoverage.MissingYears(calendar.Years, today);
        if (missing.Count == 0)
        {
            return $"Calendar covers every year needed on {today:yyyy-MM-dd}.";
        }

        var years = string.Join(", ", missing);
        SchedulingLogMessages.CalendarYearsMissing(_logger, years);

        return $"Missing calendar years on {today:yyyy-MM-dd}: {years}.";
    }
}
