namespace Zhengwu.Infrastructure.Approvals.Cases;

/// <summary>The two points of a filing where a crash leaves work for <see cref="StagedFileSweep"/>.</summary>
public enum FilingCheckpoint
{
    None,

    /// <summary>Every upload is in the staging folder and nothing is in the database.</summary>
    Staged,

    /// <summary>The case and its file rows are committed and the files are still in the staging folder.</summary>
    Committed,
}
