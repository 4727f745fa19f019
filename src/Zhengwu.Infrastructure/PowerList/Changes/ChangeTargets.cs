using Zhengwu.Domain.PowerList.Drafts;

namespace Zhengwu.Infrastructure.PowerList.Changes;

/// <summary>
/// The targets of a delegation, a merge or a split besides the draft's item: the counties that receive the power,
/// the codes of the other items merged into the draft's, or the elements of each item a split creates.
/// </summary>
public sealed record ChangeTargets(
    IReadOnlyList<string> CountyCodes,
    IReadOnlyList<string> MergedItemCodes,
    IReadOnlyList<DraftElements>? SplitParts = null)
{
    public static ChangeTargets None { get; } = new([], []);
}
