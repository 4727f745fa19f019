namespace Zhengwu.Infrastructure.PowerList.Search;

/// <summary>
/// One page of results, most relevant first, with the normalised terms the query was split into and, by item
/// code, where a term matched when the name does not show it.
/// </summary>
public sealed record PowerItemSearchResult(
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<PowerItemSummary> Items,
    IReadOnlyList<SearchTerm> Terms,
    IReadOnlyDictionary<string, MatchContext> Contexts)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}
