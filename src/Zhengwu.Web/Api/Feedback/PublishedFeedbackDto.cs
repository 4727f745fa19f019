using Zhengwu.Infrastructure.Feedback;

namespace Zhengwu.Web.Api.Feedback;

/// <summary>A published inquiry or complaint with its answer; it never carries the sender's identity.</summary>
/// <param name="Number">The tracking number, e.g. ZX-20261205-0001.</param>
/// <param name="Kind">Inquiry or Complaint.</param>
/// <param name="ItemCode">The approval item's code, or null when the record is about a department.</param>
/// <param name="ItemName">The approval item's name at receipt.</param>
/// <param name="Department">The department that answered.</param>
/// <param name="Subject">The title.</param>
/// <param name="Content">The question or complaint.</param>
/// <param name="Answer">The department's answer.</param>
/// <param name="ReceivedAt">When it was received, UTC.</param>
/// <param name="AnsweredAt">When it was answered, UTC.</param>
public sealed record PublishedFeedbackDto(
    string Number,
    string Kind,
    string? ItemCode,
    string? ItemName,
    string Department,
    string Subject,
    string Content,
    string Answer,
    DateTimeOffset ReceivedAt,
    DateTimeOffset AnsweredAt)
{
    public static PublishedFeedbackDto From(PublishedFeedback entry) => new(
        entry.Number,
        entry.Kind.ToString(),
        entry.ItemCode,
        entry.ItemName,
        entry.DepartmentName,
        entry.Subject,
        entry.Content,
        entry.Answer,
        entry.ReceivedAt,
        entry.AnsweredAt);
}

/// <summary>One page of published feedback.</summary>
public sealed record PublishedFeedbackPageDto(int Total, int Page, int PageSize, IReadOnlyList<PublishedFeedbackDto> Items);
