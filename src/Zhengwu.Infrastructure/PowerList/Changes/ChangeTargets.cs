namespace Zhengwu.Infrastructure.PowerList.Changes;

/// <summary>
/// What a delegation or a merge applies to besides the draft's item: the counties that receive the power, or the
/// codes of the other items merged into the draft's.
/// </summary>
public sealed record ChangeTargets(IReadOnlyList<string> CountyCodes, IReadOnlyList<string> MergedItemCodes)
{
    public static ChangeTargets None { get; } = new([], []);
}
