using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.PowerList.Search;

/// <summary>
/// Chinese full-text search over public items. Matches contain every query term (or one of its synonyms) as a
/// substring of their normalised search text. Relevance is the summed field weight of the query's bigrams
/// (<see cref="PowerItemSearchDocument.Score"/>), ties go to the shorter name and then to the code, compared
/// ordinally. Ranked pages come from this node's in-memory index when <paramref name="indexes"/> supplies one,
/// and from the database otherwise. Both paths give the same results on SQLite and PostgreSQL.
/// </summary>
public sealed class PowerItemSearch(
    ZhengwuDbContext db,
    PowerListQueries queries,
    SearchSynonyms synonyms,
    IPowerItemSearchIndexSource? indexes = null)
{
    public async Task<PowerItemSearchResult> SearchAsync(
        PowerItemSearchRequest request,
        CancellationToken cancellationToken = default)
    {
        var terms = SearchTerm.Parse(request.Query, synonyms);
        var page = Math.Max(1, request.Page);
        var pageSize = Math.Clamp(request.PageSize, 1, PowerItemSearchRequest.MaxPageSize);
        var listed = Filter(db.PowerItems.AsNoTracking().Listed(), request);
        var index = terms.Count == 0 || indexes is null ? null : await indexes.IndexAsync(cancellationToken);
        var (total, ids) = index is not null
            ? index.Search(terms, Filter(request), (page - 1) * pageSize, pageSize)
            : await DatabasePageAsync(listed, terms, page, pageSize, cancellationToken);

        // The index may be older than the database: an item it returns must still be listed, pass the filters
        // and match, or the page is read from the database instead.
        var items = await listed.Where(item => ids.Contains(item.Id))
            .ToDictionaryAsync(item => item.Id, cancellationToken);
        if (index is not null && !ids.All(id => items.TryGetValue(id, out var item) && Matches(item, terms)))
        {
            indexes!.ReportStale(index);
            (total, ids) = await DatabasePageAsync(listed, terms, page, pageSize, cancellationToken);
            items = await listed.Where(item => ids.Contains(item.Id))
                .ToDictionaryAsync(item => item.Id, cancellationToken);
        }

        // TODO: at 100,000 items under wrk on a loaded 2-core machine the search page missed p99 < 50 ms and 20%
        // of the raw endpoint (bench/RESULTS.md), because the reads of the page's items and their summaries now
        // cost more than the matching. Summary fields kept in the index and one id query for the re-check would
        // cut them.
        var summaries = await queries.Summaries(db.PowerItems.Where(item => ids.Contains(item.Id)))
            .ToDictionaryAsync(summary => summary.Code, cancellationToken);
        var inOrder = ids.Select(id => summaries[items[id].Code]).ToList();
        var contexts = Contexts(items.Values, summaries, terms);

        return new PowerItemSearchResult(total, page, pageSize, inOrder, terms, contexts);
    }

    private static bool Matches(PowerItem item, IReadOnlyList<SearchTerm> terms) =>
        terms.All(term => term.Alternatives.Any(word => item.SearchText.Contains(word, StringComparison.Ordinal)));

    private static Dictionary<string, MatchContext> Contexts(
        IEnumerable<PowerItem> items,
        Dictionary<string, PowerItemSummary> summaries,
        IReadOnlyList<SearchTerm> terms)
    {
        var contexts = new Dictionary<string, MatchContext>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (MatchContext.Find(item, summaries[item.Code].DepartmentName, terms) is { } context)
            {
                contexts[item.Code] = context;
            }
        }

        return contexts;
    }

    private static PowerItemSearchFilter Filter(PowerItemSearchRequest request) =>
        new(request.RegionCode, request.DepartmentId, request.Type);

    private static IQueryable<PowerItem> Filter(IQueryable<PowerItem> items, PowerItemSearchRequest request)
    {
        if (request.RegionCode is { } region)
        {
            items = items.Where(item => item.RegionCode == region);
        }

        if (request.DepartmentId is { } department)
        {
            items = items.Where(item => item.DepartmentId == department);
        }

        if (request.Type is { } type)
        {
            items = items.Where(item => item.Type == type);
        }

        return items;
    }

    private Task<(int Total, List<int> Ids)> DatabasePageAsync(
        IQueryable<PowerItem> listed,
        IReadOnlyList<SearchTerm> terms,
        int page,
        int pageSize,
        CancellationToken cancellationToken) =>
        terms.Count == 0
            ? BrowsePageAsync(listed, page, pageSize, cancellationToken)
            : RankedPageAsync(listed, terms, page, pageSize, cancellationToken);

    private async Task<(int Total, List<int> Ids)> BrowsePageAsync(
        IQueryable<PowerItem> items,
        int page,
        int pageSize,
        CancellationToken cancellationToken)
    {
        var total = await items.CountAsync(cancellationToken);
        var ordered =
            from item in items
            join department in db.Departments on item.DepartmentId equals department.Id
            orderby item.RegionCode, department.SortOrder, item.Type, item.Code
            select item.Id;
        var ids = await ordered.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);

        return (total, ids);
    }

    /// <summary>
    /// Scans the search text of the listed items for every term, reads the text of each match and scores and
    /// orders the matches here. Ordering in memory with ordinal comparison gives one order on both providers,
    /// whatever the PostgreSQL collation. This reads every match, so it serves only while no index is ready.
    /// </summary>
    private static async Task<(int Total, List<int> Ids)> RankedPageAsync(
        IQueryable<PowerItem> listed,
        IReadOnlyList<SearchTerm> terms,
        int page,
        int pageSize,
        CancellationToken cancellationToken)
    {
        var matching = terms.Aggregate(
            listed,
            (items, term) => items.Where(SearchTextFilter.ContainsAny(term.Alternatives)));
        var rows = await matching
            .Select(item => new { item.Id, item.Code, NameLength = item.Name.Length, item.SearchText })
            .ToListAsync(cancellationToken);
        var bigrams = SearchTerm.Bigrams(terms);
        var ids = rows
            .Select(row => (
                row.Id,
                row.Code,
                row.NameLength,
                Score: PowerItemSearchDocument.Score(row.SearchText, bigrams)))
            .OrderByDescending(row => row.Score)
            .ThenBy(row => row.NameLength)
            .ThenBy(row => row.Code, StringComparer.Ordinal)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(row => row.Id)
            .ToList();

        return (rows.Count, ids);
    }
}
