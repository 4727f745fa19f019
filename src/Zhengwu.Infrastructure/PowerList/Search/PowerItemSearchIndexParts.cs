namespace Zhengwu.Infrastructure.PowerList.Search;

/// <summary>Per-item arrays of a <see cref="PowerItemSearchIndex"/>, indexed by ordinal.</summary>
internal sealed record PowerItemSearchIndexItems(
    int[] Ids,
    int[] Departments,
    byte[] Types,
    short[] Regions,
    string[] RegionCodes);

/// <summary>
/// Posting lists in compressed sparse row form: the postings of <c>Grams[i]</c> are <c>Items</c> and
/// <c>Weights</c> from <c>Starts[i]</c> up to <c>Starts[i + 1]</c>, ordinals ascending. <c>Grams</c> is sorted.
/// </summary>
internal sealed record PowerItemSearchIndexPostings(uint[] Grams, int[] Starts, int[] Items, byte[] Weights);
