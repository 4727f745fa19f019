using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Calendar;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Infrastructure.Calendar;
using Zhengwu.Infrastructure.PowerList.Changes;
using Zhengwu.Infrastructure.PowerList.Drafts;
using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Pages.Staff.Changes;

/// <summary>A request waiting for the signed-in role, with its age in working days since submission.</summary>
/// <param name="Request">The request as the lists show it.</param>
/// <param name="Age">Working days since the last submission; null when the calendar lacks a year the count needs.</param>
public sealed record WaitingRequest(ChangeRequestSummary Request, int? Age);

/// <summary>A confirmed resumption published late or still unpublished past its due day.</summary>
public sealed record LateResumption(int RequestId, DateOnly DueDate, DateTimeOffset? PublishedAt);

/// <summary>The change-request work on a staff member's start page.</summary>
public sealed record ChangeDashboardModel(
    IReadOnlyList<WaitingRequest> Waiting,
    IReadOnlyList<(string DepartmentName, int Returns)> MostReturned,
    IReadOnlyList<LateResumption> LateResumptions,
    bool IsReviewOffice);

/// <summary>Builds <see cref="ChangeDashboardModel"/>: ages and deadlines are counted on the official working calendar.</summary>
public sealed class ChangeDashboard(ChangeRequestQueries queries, WorkingCalendarProvider calendars, TimeProvider clock)
{
    public async Task<ChangeDashboardModel?> BuildAsync(ContentActor actor, CancellationToken cancellationToken)
    {
        if (!ContentAccess.AllowsAction(actor.Scope.Role, ContentAction.ViewItems))
        {
            return null;
        }

        var calendar = await calendars.GetAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.ToOffset(ChinaTime.Offset).DateTime);
        var waiting = (await queries.WaitingForAsync(actor, cancellationToken))
            .Select(request => new WaitingRequest(request, Age(calendar, request.SubmittedAt, today)))
            .ToList();
        if (actor.Scope.Role != StaffRole.ReviewOfficeReviewer)
        {
            return new ChangeDashboardModel(waiting, [], [], false);
        }

        var mostReturned = await queries.ReturnCountsAsync(actor.Scope.RegionCode, 5, cancellationToken);
        var late = new List<LateResumption>();
        foreach (var request in await queries.ConfirmedResumptionsAsync(actor.Scope.RegionCode, cancellationToken))
        {
            try
            {
                if (ResumptionDeadline.IsLate(request.ConfirmedAt!.Value, request.PublishedAt, now, calendar))
                {
                    late.Add(new LateResumption(request.Id, ResumptionDeadline.DueDate(request.ConfirmedAt.Value, calendar), request.PublishedAt));
                }
            }
            catch (CalendarYearNotCoveredException)
            {
                // The service center's dashboard warns about the missing year; the deadline cannot be judged until then.
            }
        }

        return new ChangeDashboardModel(waiting, mostReturned, [.. late.OrderBy(entry => entry.DueDate)], true);
    }

    private static int? Age(WorkingCalendar calendar, DateTimeOffset? submittedAt, DateOnly today)
    {
        if (submittedAt is not { } submitted)
        {
            return null;
        }

        try
        {
            return calendar.WorkingDaysBetween(DateOnly.FromDateTime(submitted.ToOffset(ChinaTime.Offset).DateTime), today);
        }
        catch (CalendarYearNotCoveredException)
        {
            return null;
        }
    }
}
