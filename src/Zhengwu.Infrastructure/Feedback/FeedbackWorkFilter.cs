using Zhengwu.Domain.Feedback;

namespace Zhengwu.Infrastructure.Feedback;

/// <summary>The filters of the staff work list. A null filter shows every value.</summary>
public sealed record FeedbackWorkFilter(FeedbackState? State, FeedbackKind? Kind, FeedbackDue? Due);
