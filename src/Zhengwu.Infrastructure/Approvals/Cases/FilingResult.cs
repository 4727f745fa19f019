using Zhengwu.Domain.Approvals;
using Zhengwu.Domain.Approvals.Cases;

namespace Zhengwu.Infrastructure.Approvals.Cases;

/// <summary>The result of a filing: the case, or why none was created.</summary>
public sealed record FilingResult(FilingOutcome Outcome)
{
    public ApplicationCase? Case { get; init; }

    public ApplicationBarrier? Barrier { get; init; }

    /// <summary>Chinese messages that name the field or file and the fix.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
}
