using Zhengwu.Domain.Approvals.Cases;
using Zhengwu.Domain.Calendar;

namespace Zhengwu.Infrastructure.Approvals.Cases;

/// <summary>One case part of the department's work list, with the reading of its current clock.</summary>
/// <param name="Number">The case number.</param>
/// <param name="ItemName">The item's name at filing.</param>
/// <param name="ItemCode">The item's code at filing.</param>
/// <param name="ApplicantName">The applicant's name with every character but the first masked.</param>
/// <param name="SubmittedAt">When the case was filed.</param>
/// <param name="State">The state of the department's part.</param>
/// <param name="Reading">The current clock at the time of the list; null when no clock runs.</param>
public sealed record WorkListRow(
    string Number,
    string ItemName,
    string ItemCode,
    string ApplicantName,
    DateTimeOffset SubmittedAt,
    CaseState State,
    ClockReading? Reading);
