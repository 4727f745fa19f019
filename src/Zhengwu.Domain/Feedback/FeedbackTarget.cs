namespace Zhengwu.Domain.Feedback;

/// <summary>What an inquiry or complaint is about: one approval item, or a department as a whole.</summary>
public enum FeedbackTarget
{
    Item = 1,
    Department = 2,
}
