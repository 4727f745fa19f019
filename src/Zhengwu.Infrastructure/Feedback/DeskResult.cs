using Zhengwu.Domain.Feedback;

namespace Zhengwu.Infrastructure.Feedback;

public sealed record DeskResult(DeskOutcome Outcome)
{
    public FeedbackRecord? Record { get; init; }

    public string? Message { get; init; }
}
