using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Calendar;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Infrastructure.Calendar;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Web.Scheduling;

/// <summary>
/// Logs a warning for each resumption that the review office confirmed and that is still unpublished after its
/// due day (2 working days after the confirmation). The review office's start page lists the same requests.
/// </summary>
public sealed class LateResumptionJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<LateResumptionJob> logger)
    : RecordedJob(scopes, clock, logger)
{
    public const string JobName = "late-resumptions";

    private readonly TimeProvider _clock = clock;
    private readonly ILogger _logger = logger;

    public override string Name => JobName;

    protected override async Task<string> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var calendar = await services.GetRequiredService<WorkingCalendarProvider>().GetAsync(cancellationToken);
        var pending = await services.GetRequiredService<ZhengwuDbContext>().ChangeRequests.AsNoTracking()
            .Where(request => request.Kind == ChangeKind.Resume && request.ConfirmedAt != null && request.PublishedAt == null)
            .OrderBy(request => request.Id)
            .ToListAsync(cancellationToken);
        var now = _clock.GetUtcNow();
        var late = new List<int>();
        var uncounted = 0;
        foreach (var request in pending)
        {
            try
            {
                if (ResumptionDeadline.IsLate(request.ConfirmedAt!.Value, null, now, calendar))
                {
                    var due = ResumptionDeadline.DueDate(request.ConfirmedAt.Value, calendar);
                    SchedulingLogMessages.ResumptionLate(_logger, request.Id, request.RegionCode, due);
                    late.Add(request.Id);
                }
            }
            catch (CalendarYearNotCoveredException)
            {
                // The calendar coverage job warns about the missing year.
                uncounted++;
            }
        }

        return $"{late.Count} late of {pending.Count} unpublished confirmed resumptions"
            + (late.Count > 0 ? $" (requests {string.Join(", ", late)})" : "")
            + (uncounted > 0 ? $"; {uncounted} not counted because the calendar lacks a year." : ".");
    }
}
