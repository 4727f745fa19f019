using Zhengwu.Domain.PowerList.Drafts;

namespace Zhengwu.Infrastructure.PowerList.Drafts;

/// <summary>The result of a draft operation, with the draft as stored after it.</summary>
public sealed record DraftResult(DraftOutcome Outcome, PowerItemDraft? Draft = null)
{
    public IReadOnlyList<DraftProblem> Problems { get; init; } = [];

    public static DraftResult NotFound { get; } = new(DraftOutcome.NotFound);

    public static DraftResult Invalid(params DraftProblem[] problems) => new(DraftOutcome.Invalid) { Problems = problems };
}
