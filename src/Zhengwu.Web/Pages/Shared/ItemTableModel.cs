using Zhengwu.Infrastructure.PowerList;
using Zhengwu.Infrastructure.PowerList.Search;

namespace Zhengwu.Web.Pages;

/// <summary>The items of a list page, the search terms to mark in them and where terms matched outside the name.</summary>
public sealed record ItemTableModel(
    IReadOnlyList<PowerItemSummary> Items,
    IReadOnlyList<SearchTerm> Terms,
    IReadOnlyDictionary<string, MatchContext>? Contexts = null);
