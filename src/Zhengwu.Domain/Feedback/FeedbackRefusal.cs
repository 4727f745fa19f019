namespace Zhengwu.Domain.Feedback;

/// <summary>Why a transition of an inquiry or complaint was refused, as a Chinese message for the staff member.</summary>
public sealed record FeedbackRefusal(string Message);
