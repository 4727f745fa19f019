using Zhengwu.Infrastructure.PowerList;
using Zhengwu.Infrastructure.PowerList.Search;

namespace Zhengwu.Web.Pages;

/// <summary>The items of a list page and the search terms to mark in them.</summary>
public sealed record ItemTableModel(IReadOnlyList<PowerItemSummary> Items, IReadOnlyList<SearchTerm> Terms);
