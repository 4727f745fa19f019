namespace Zhengwu.Domain.PowerList;

/// <summary>Whether an item charges a fee, and by what standard and on what basis.</summary>
public sealed class Fee
{
    public bool Charged { get; init; }

    /// <summary>The amount or rule as published, e.g. 每件50元.</summary>
    public string? Standard { get; init; }

    public string? Basis { get; init; }

    /// <summary>Returns whether a published fee cell says that no fee is charged, e.g. 不收费, 免费 or 否.</summary>
    public static bool IsFreeText(string text) =>
        text.Contains("不收费", StringComparison.Ordinal) || text is "否" or "免费" or "无";
}
