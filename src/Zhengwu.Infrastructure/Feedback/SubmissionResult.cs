using Zhengwu.Domain.Feedback;

namespace Zhengwu.Infrastructure.Feedback;

/// <summary>The result of a submission: the record and, for an anonymous complaint, its query code.</summary>
public sealed record SubmissionResult(SubmissionOutcome Outcome)
{
    public FeedbackRecord? Record { get; init; }

    /// <summary>The query code of an anonymous complaint, to be shown to its sender only.</summary>
    public string? QueryCode { get; init; }

    /// <summary>Chinese messages that name the field and the fix.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
}
