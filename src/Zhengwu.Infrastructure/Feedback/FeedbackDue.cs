namespace Zhengwu.Infrastructure.Feedback;

/// <summary>The deadline filter of the staff work list.</summary>
public enum FeedbackDue
{
    /// <summary>Records past their deadline.</summary>
    Overdue = 1,

    /// <summary>Unanswered records in time with one working day or less left.</summary>
    NearDue = 2,
}
