using Zhengwu.Domain.Feedback;

namespace Zhengwu.Infrastructure.Feedback;

/// <summary>The submitted form: the kind, what it is about and the fields of <see cref="FeedbackRequest"/>.</summary>
/// <param name="Kind">Inquiry or complaint.</param>
/// <param name="Target">Whether it is about an approval item or a department.</param>
/// <param name="ItemCode">The approval item's code when <paramref name="Target"/> is an item.</param>
/// <param name="DepartmentId">The department's id when <paramref name="Target"/> is a department.</param>
/// <param name="Subject">The title as typed.</param>
/// <param name="Content">The question or complaint as typed.</param>
/// <param name="Contact">The contact a signed-in sender gave, if any.</param>
public sealed record FeedbackForm(
    FeedbackKind Kind,
    FeedbackTarget Target,
    string? ItemCode,
    int? DepartmentId,
    string? Subject,
    string? Content,
    string? Contact);
