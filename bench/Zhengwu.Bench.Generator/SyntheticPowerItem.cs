namespace Zhengwu.Bench.Generator;

/// <summary>One generated row in the seven columns governments publish power lists in.</summary>
public sealed record SyntheticPowerItem(
    int Sequence,
    string Department,
    string Name,
    string Type,
    string Agency,
    string LegalBasis,
    string Remarks);
