using Zhengwu.Domain.Feedback;

namespace Zhengwu.Infrastructure.Feedback;

/// <summary>
/// A published inquiry or complaint as the public reads it. It carries no account, contact or staff name, so the
/// sender's identity cannot reach a page or the API through it.
/// </summary>
public sealed record PublishedFeedback(
    string Number,
    FeedbackKind Kind,
    string? ItemCode,
    string? ItemName,
    string DepartmentName,
    string Subject,
    string Content,
    string Answer,
    DateTimeOffset ReceivedAt,
    DateTimeOffset AnsweredAt);
