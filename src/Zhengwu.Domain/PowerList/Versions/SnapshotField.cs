namespace Zhengwu.Domain.PowerList.Versions;

/// <summary>One element of a published version as the public reads it: its Chinese label and its text.</summary>
public sealed record SnapshotField(string Label, string Text);
