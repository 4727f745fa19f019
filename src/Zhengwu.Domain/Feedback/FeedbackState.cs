namespace Zhengwu.Domain.Feedback;

/// <summary>
/// The state of an inquiry or complaint: received, answered by the department, and optionally published with its
/// answer on the public list.
/// </summary>
public enum FeedbackState
{
    Received = 1,
    Answered = 2,
    Published = 3,
}

public static class FeedbackStates
{
    public static string ChineseName(this FeedbackState state) => state switch
    {
        FeedbackState.Received => "已受理，待答复",
        FeedbackState.Answered => "已答复",
        FeedbackState.Published => "已答复并公开",
        _ => state.ToString(),
    };
}
