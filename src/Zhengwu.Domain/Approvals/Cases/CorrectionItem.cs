namespace Zhengwu.Domain.Approvals.Cases;

/// <summary>
/// One material a correction request lists: its position in the item's materials list, its name and what is
/// missing or wrong with it.
/// </summary>
public sealed record CorrectionItem(int MaterialIndex, string MaterialName, string Problem);
