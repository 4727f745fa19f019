namespace Zhengwu.Infrastructure.Feedback;

/// <summary>Response limits of inquiries and complaints, from the "Zhengwu:Feedback" configuration section.</summary>
public sealed class FeedbackOptions
{
    public const string SectionName = "Zhengwu:Feedback";

    /// <summary>The largest limit accepted, in working days: about three months.</summary>
    public const int MaxDays = 60;

    /// <summary>Working days to answer an inquiry, counted from the day after receipt.</summary>
    public int InquiryDays { get; set; } = 3;

    /// <summary>Working days to answer a complaint or report, counted from the day after receipt.</summary>
    public int ComplaintDays { get; set; } = 10;
}
