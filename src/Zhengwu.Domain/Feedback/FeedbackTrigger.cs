namespace Zhengwu.Domain.Feedback;

public enum FeedbackTrigger
{
    Answer = 1,
    Publish = 2,
}
