namespace Zhengwu.Infrastructure.Approvals.Cases;

/// <summary>
/// A test setting that stops every filing at one checkpoint until the process ends, so that a test can kill the
/// portal at that point. The portal refuses to start with it outside the Testing environment.
/// </summary>
public sealed class FilingHaltOptions
{
    public const string SectionName = "Zhengwu:Testing:FilingHalt";

    public FilingCheckpoint At { get; set; } = FilingCheckpoint.None;

    /// <summary>A file the portal creates when a filing reaches <see cref="At"/>, for the test to wait on.</summary>
    public string MarkerFile { get; set; } = "";
}
