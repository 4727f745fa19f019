using Zhengwu.Domain.Approvals.Cases;

namespace Zhengwu.Infrastructure.Approvals.Cases;

/// <summary>The result of a resubmission: the case as it stands and, unless it was saved, the problems in Chinese.</summary>
public sealed record ResubmissionResult(ResubmissionOutcome Outcome, ApplicationCase? Case)
{
    public IReadOnlyList<string> Problems { get; init; } = [];
}
