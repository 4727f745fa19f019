namespace Zhengwu.Domain.Feedback;

/// <summary>The fields the public fills in, before they are checked by <see cref="FeedbackRules"/>.</summary>
/// <param name="Kind">Inquiry or complaint.</param>
/// <param name="Anonymous">Whether the sender has no account; only complaints may be anonymous.</param>
/// <param name="Subject">The title, plain text.</param>
/// <param name="Content">The question or complaint, plain text.</param>
/// <param name="Contact">How the department may reach a signed-in sender; never stored for anonymous complaints.</param>
public sealed record FeedbackRequest(FeedbackKind Kind, bool Anonymous, string? Subject, string? Content, string? Contact);
