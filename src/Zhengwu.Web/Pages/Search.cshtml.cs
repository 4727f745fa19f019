using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Infrastructure.PowerList;
using Zhengwu.Infrastructure.PowerList.Search;
using Zhengwu.Web.Api.PowerList;
using Microsoft.AspNetCore.OutputCaching;
using Zhengwu.Web.Caching;

namespace Zhengwu.Web.Pages;

[OutputCache(PolicyName = PublicContentPolicy.Name)]
public sealed class SearchModel(PowerItemSearch search, PowerListQueries queries, RegionChoiceCache regions)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public PowerItemQueryParameters Parameters { get; set; } = new();

    public PowerItemSearchRequest? SearchRequest { get; private set; }

    public PowerItemSearchResult? Result { get; private set; }

    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public IReadOnlyList<RegionChoice> Regions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Regions = await regions.GetAsync(queries, cancellationToken);
        (SearchRequest, Errors) = await Parameters.ValidateAsync(queries, cancellationToken);
        if (SearchRequest is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;

            return;
        }

        Result = await search.SearchAsync(SearchRequest, cancellationToken);
    }

    public string PageLink(int page)
    {
        var pairs = new List<KeyValuePair<string, string?>>
        {
            new("q", Parameters.Q),
            new("region", Parameters.Region),
            new("department", Parameters.Department),
            new("type", Parameters.Type),
            new("pageSize", Parameters.PageSize),
            new("page", page.ToString(CultureInfo.InvariantCulture)),
        };

        return "/search" + QueryString.Create(pairs.Where(pair => !string.IsNullOrEmpty(pair.Value))).ToUriComponent();
    }
}
