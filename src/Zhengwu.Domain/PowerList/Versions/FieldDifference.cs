namespace Zhengwu.Domain.PowerList.Versions;

/// <summary>An element whose text differs between two versions; null text means the element was absent.</summary>
public sealed record FieldDifference(string Label, string? Before, string? After);
