namespace Zhengwu.Domain.PowerList;

/// <summary>Whether an item charges a fee, and by what standard and on what basis.</summary>
public sealed class Fee
{
    public bool Charged { get; init; }

    /// <summary>The amount or rule as published, e.g. 每件50元.</summary>
    public string? Standard { get; init; }

    public string? Basis { get; init; }
}
