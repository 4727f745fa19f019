namespace Zhengwu.Domain.Feedback;

/// <summary>What the public sends: an inquiry (咨询件) or a complaint (投诉件), which includes reports (举报).</summary>
public enum FeedbackKind
{
    Inquiry = 1,
    Complaint = 2,
}

public static class FeedbackKinds
{
    public static string ChineseName(this FeedbackKind kind) => kind switch
    {
        FeedbackKind.Inquiry => "咨询",
        FeedbackKind.Complaint => "投诉举报",
        _ => kind.ToString(),
    };

    /// <summary>The letters that start a tracking number of the kind: ZX for 咨询, TS for 投诉.</summary>
    public static string NumberPrefix(this FeedbackKind kind) => kind switch
    {
        FeedbackKind.Inquiry => "ZX",
        FeedbackKind.Complaint => "TS",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
