using Zhengwu.Domain.PowerList.Changes;

namespace Zhengwu.Infrastructure.PowerList.Changes;

public enum ChangeOutcome
{
    Done = 1,

    /// <summary>The request or draft does not exist or lies outside the actor's department or region.</summary>
    NotFound = 2,

    /// <summary>The rules reject the step; <see cref="ChangeResult.Error"/> says why.</summary>
    Rejected = 3,

    /// <summary>Someone else took a step since the actor opened the request; nothing was written.</summary>
    Conflict = 4,
}

/// <summary>The result of a change-request operation, with the request as stored after it.</summary>
public sealed record ChangeResult(ChangeOutcome Outcome, ChangeRequest? Request = null, ChangeError? Error = null)
{
    public static ChangeResult NotFound { get; } = new(ChangeOutcome.NotFound);
}
