using Zhengwu.Domain.Approvals.Cases;
using Zhengwu.Domain.Calendar;
using Zhengwu.Domain.Tests.Calendar;
using static Zhengwu.Domain.Tests.Approvals.Cases.Handling;

namespace Zhengwu.Domain.Tests.Approvals.Cases;

public class CaseClockTests
{
    private static readonly WorkingCalendar s_calendar = OfficialCalendar.Official;

    [Fact]
    public void Deemed_acceptance_across_national_day()
    {
        // Received Wednesday 2026-09-30. 10-01 to 10-07 are the National Day holiday, so the 5 working days are
        // 10-08 (Thu), 10-09 (Fri), 10-10 (Sat, adjusted working day), 10-12 (Mon) and 10-13 (Tue).
        var filed = Filed(China(2026, 9, 30), limitDays: 20);

        var onTheLastDay = filed.DeemAcceptance(s_calendar, China(2026, 10, 13, 20));
        var dayAfter = filed.DeemAcceptance(s_calendar, China(2026, 10, 14, 9));

        Assert.Equal(0, onTheLastDay);
        Assert.Equal(1, dayAfter);
        var step = filed.Steps[^1];
        Assert.Equal(CaseState.Accepted, filed.State);
        Assert.Equal(CaseTrigger.DeemAccept, step.Trigger);
        Assert.Equal("系统", step.ActorName);
        Assert.Equal(new DateTimeOffset(2026, 10, 13, 15, 59, 59, TimeSpan.Zero), step.At);
        Assert.Equal(new DateOnly(2026, 10, 13), ChinaStandardTime.DateOf(step.At));
    }

    [Fact]
    public void Deemed_acceptance_starts_handling_clock()
    {
        // Handling counts from 10-13: 10-14..16 (3), 10-19..23 (8), 10-26..30 (13), 11-02..06 (18), 11-09, 11-10 (20).
        var filed = Filed(China(2026, 9, 30), limitDays: 20);
        filed.DeemAcceptance(s_calendar, China(2026, 10, 14, 9));

        var reading = filed.LeadPart.ReadCurrentClock(s_calendar, China(2026, 10, 14, 9))!;

        Assert.Equal(new DateOnly(2026, 11, 10), reading.Deadline);
        Assert.Equal(1, reading.UsedDays);
        Assert.Equal(19, reading.RemainingDays);
    }

    [Fact]
    public void Deemed_acceptance_runs_once()
    {
        var filed = Filed(China(2026, 9, 30));
        filed.DeemAcceptance(s_calendar, China(2026, 10, 14, 9));

        var again = filed.DeemAcceptance(s_calendar, China(2026, 10, 20, 9));

        Assert.Equal(0, again);
        Assert.Single(filed.Steps, step => step.Trigger == CaseTrigger.DeemAccept);
    }

    [Fact]
    public void Correction_stops_acceptance_clock()
    {
        // Received Monday 2026-03-02; Tue 03-03 and Wed 03-04 count before the correction request on 03-04.
        // Resubmitted Monday 03-09, which does not count: days 3 to 5 are 03-10, 03-11 and 03-12.
        var filed = Filed(China(2026, 3, 2, 9));
        filed.Take(new CaseAction.RequestCorrection([new CorrectionItem(1, "营业执照", "复印件不清晰")]), Officer(), China(2026, 3, 4));

        var whileStopped = filed.DeemAcceptance(s_calendar, China(2026, 3, 20));
        var stopped = filed.LeadPart.ReadCurrentClock(s_calendar, China(2026, 3, 20))!;
        var resubmitted = filed.Resubmit(Market, ApplicantId, [Material(1, "营业执照")], China(2026, 3, 23, 9));

        Assert.Equal(0, whileStopped);
        Assert.Equal(ClockState.Stopped, stopped.State);
        Assert.Equal(2, stopped.UsedDays);
        Assert.Null(resubmitted);
        Assert.Equal(CaseState.Submitted, filed.State);
    }

    [Fact]
    public void Correction_resumes_at_resubmission()
    {
        var filed = Filed(China(2026, 3, 2, 9));
        filed.Take(new CaseAction.RequestCorrection([new CorrectionItem(1, "营业执照", "复印件不清晰")]), Officer(), China(2026, 3, 4));
        filed.Resubmit(Market, ApplicantId, [Material(1, "营业执照")], China(2026, 3, 9, 9));

        var reading = filed.LeadPart.ReadCurrentClock(s_calendar, China(2026, 3, 9, 12))!;
        var onDeadline = filed.DeemAcceptance(s_calendar, China(2026, 3, 12, 18));
        var after = filed.DeemAcceptance(s_calendar, China(2026, 3, 13, 9));

        Assert.Equal(new DateOnly(2026, 3, 12), reading.Deadline);
        Assert.Equal(3, reading.RemainingDays);
        Assert.Equal(0, onDeadline);
        Assert.Equal(1, after);
        Assert.Equal(new DateTimeOffset(2026, 3, 12, 15, 59, 59, TimeSpan.Zero), filed.Steps[^1].At);
    }

    [Fact]
    public void Special_procedure_and_extension()
    {
        // Accepted Monday 03-02 with 10 days. 03-03..03-05 count (3), the hearing runs from Thu 03-05 to Wed 03-11,
        // then 03-12, 03-13, 03-16..03-20 give the other 7: deadline Friday 03-20. 5 more days end Friday 03-27.
        var filed = Filed(China(2026, 3, 2, 9));
        filed.Take(new CaseAction.Accept(), Officer(), China(2026, 3, 2, 11));
        filed.Take(new CaseAction.StartSpecialProcedure(SpecialProcedureKind.Hearing, 4, "申请人要求听证"), Officer(), China(2026, 3, 5));
        filed.Take(new CaseAction.EndSpecialProcedure(), Officer(), China(2026, 3, 11));

        var afterHearing = filed.LeadPart.ReadCurrentClock(s_calendar, China(2026, 3, 11, 12))!;
        filed.Take(new CaseAction.ProposeExtension(5, "需补充现场核查"), Officer(), China(2026, 3, 12));
        filed.Take(new CaseAction.ApproveExtension(), Lead(), China(2026, 3, 12, 15));
        var extended = filed.LeadPart.ReadCurrentClock(s_calendar, China(2026, 3, 12, 16))!;

        Assert.Equal(new DateOnly(2026, 3, 20), afterHearing.Deadline);
        Assert.Equal(3, afterHearing.UsedDays);
        Assert.Equal(new DateOnly(2026, 3, 27), extended.Deadline);
        Assert.Equal(15, extended.LimitDays);
        Assert.Equal(SpecialProcedureKind.Hearing, filed.LeadPart.SpecialProcedure);
        Assert.Equal(4, filed.LeadPart.SpecialProcedureDays);
    }

    [Fact]
    public void Special_procedure_stops_handling_clock()
    {
        var filed = Filed(China(2026, 3, 2, 9));
        filed.Take(new CaseAction.Accept(), Officer(), China(2026, 3, 2, 11));
        filed.Take(new CaseAction.StartSpecialProcedure(SpecialProcedureKind.ExpertReview, 10, "组织专家评审"), Officer(), China(2026, 3, 5));

        var reading = filed.LeadPart.ReadCurrentClock(s_calendar, China(2026, 3, 31))!;

        Assert.Equal(ClockState.Stopped, reading.State);
        Assert.Equal(3, reading.UsedDays);
        Assert.Null(reading.Deadline);
    }

    [Fact]
    public void Item_without_limit_has_no_handling_clock()
    {
        var filed = Filed(China(2026, 3, 2, 9), limitDays: null);
        filed.Take(new CaseAction.Accept(), Officer(), China(2026, 3, 2, 11));

        var error = filed.Fire(Market, new CaseAction.ProposeExtension(5, "需要更多时间"), Officer(), China(2026, 3, 3));

        Assert.Null(filed.LeadPart.ReadCurrentClock(s_calendar, China(2026, 3, 3)));
        Assert.IsType<CaseError.NoHandlingLimit>(error);
    }

    [Fact]
    public void Handling_limit_prefers_promised()
    {
        var promised = new Domain.PowerList.TimeLimit { Amount = 10, Unit = Domain.PowerList.TimeLimitUnit.WorkingDays, Text = "10个工作日" };
        var statutory = new Domain.PowerList.TimeLimit { Amount = 20, Unit = Domain.PowerList.TimeLimitUnit.WorkingDays, Text = "20日" };
        var months = new Domain.PowerList.TimeLimit { Amount = 1, Unit = Domain.PowerList.TimeLimitUnit.Months, Text = "1个月" };

        Assert.Equal(new HandlingLimit(10, HandlingLimitSource.Promised), HandlingLimit.For(promised, statutory));
        Assert.Equal(new HandlingLimit(20, HandlingLimitSource.Statutory), HandlingLimit.For(months, statutory));
        Assert.Equal(new HandlingLimit(20, HandlingLimitSource.Statutory), HandlingLimit.For(null, statutory));
        Assert.Null(HandlingLimit.For(months, null));
    }
}
