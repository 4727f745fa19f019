namespace Zhengwu.Infrastructure.PowerList.Drafts;

public enum DraftOutcome
{
    Done = 1,

    /// <summary>The draft, item or attachment does not exist, or lies outside the actor's department.</summary>
    NotFound = 2,

    /// <summary>The input breaks a rule; <see cref="DraftResult.Problems"/> lists each with its fix.</summary>
    Invalid = 3,

    /// <summary>Someone else saved the draft since the actor opened it; nothing was written.</summary>
    Conflict = 4,
}
