using Zhengwu.Domain.DutyList;
using Zhengwu.Infrastructure.PowerList.Drafts;

namespace Zhengwu.Infrastructure.DutyList;

/// <summary>The result of a duty-list draft operation, with the draft as stored after it.</summary>
public sealed record DutyListDraftResult(DraftOutcome Outcome, DutyListDraft? Draft = null)
{
    public IReadOnlyList<DutyListProblem> Problems { get; init; } = [];

    public static DutyListDraftResult NotFound { get; } = new(DraftOutcome.NotFound);

    public static DutyListDraftResult Invalid(IEnumerable<DutyListProblem> problems) => new(DraftOutcome.Invalid) { Problems = [.. problems] };
}
