namespace Zhengwu.Infrastructure.PowerList.Search;

/// <summary>
/// Per-item arrays of a <see cref="PowerItemSearchIndex"/>, indexed by ordinal, with the fields that a result
/// line shows. <c>Regions</c> contains slots into <c>RegionCodes</c> and <c>RegionNames</c>.
/// </summary>
internal sealed record PowerItemSearchIndexItems(
    int[] Ids,
    TextColumn Codes,
    TextColumn Names,
    int[] Departments,
    byte[] Types,
    byte[] Statuses,
    bool[] Incomplete,
    short[] Regions,
    string[] RegionCodes,
    string[] RegionNames,
    IReadOnlyDictionary<int, string> DepartmentNames);

/// <summary>
/// Posting lists in compressed sparse row form: the postings of <c>Grams[i]</c> are <c>Items</c> and
/// <c>Weights</c> from <c>Starts[i]</c> up to <c>Starts[i + 1]</c>, ordinals ascending. <c>Grams</c> is sorted.
/// </summary>
internal sealed record PowerItemSearchIndexPostings(uint[] Grams, int[] Starts, int[] Items, byte[] Weights);
