using Zhengwu.Domain.Approvals.Cases;

namespace Zhengwu.Infrastructure.Approvals.Cases;

/// <summary>The result of a handling step: the case as saved, or the reason nothing was saved.</summary>
/// <param name="Case">The case after the step; null when it was not found or lies outside the actor's department.</param>
/// <param name="Error">The reason the step was rejected; null when it was saved.</param>
public sealed record HandlingOutcome(ApplicationCase? Case, CaseError? Error)
{
    public bool NotFound => Case is null;
}
