using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.PowerList;
using Zhengwu.Web.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Zhengwu.Web.Caching;

namespace Zhengwu.Web.Pages.PowerList;

[OutputCache(PolicyName = PublicContentPolicy.Name)]
public sealed class DepartmentModel(PowerListQueries queries) : PageModel
{
    public DepartmentSummary Department { get; private set; } = null!;

    public string RegionName { get; private set; } = "";

    public PowerType? Type { get; private set; }

    /// <summary>The message for an invalid type filter, shown above the unfiltered list.</summary>
    public string? TypeError { get; private set; }

    public IReadOnlyList<PowerTypeCount> TypeCounts { get; private set; } = [];

    public PowerItemPage Items { get; private set; } = new([], 0, 1, PowerItemPage.DefaultPageSize);

    public async Task<IActionResult> OnGetAsync(
        int id,
        string? type,
        [FromQuery(Name = "page")] int pageNumber = 1,
        int pageSize = PowerItemPage.DefaultPageSize,
        CancellationToken cancellationToken = default)
    {
        var department = await queries.GetDepartmentAsync(id, cancellationToken);
        if (department is null)
        {
            return NotFound();
        }

        Department = department;
        if (!string.IsNullOrEmpty(type))
        {
            if (!PowerTypes.TryParse(type, out var parsed))
            {
                var choices = PowerTypes.All.Select(choice => $"{choice.ChineseName()}（{choice.CodeLetters()}）");
                TypeError = $"权力类型“{DisplayText.Shorten(type)}”无效：可用 {string.Join("、", choices)}。";
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }
            else
            {
                Type = parsed;
            }
        }

        RegionName = await queries.GetRegionNameAsync(department.RegionCode, cancellationToken) ?? department.RegionCode;
        TypeCounts = await queries.GetTypeCountsAsync(id, cancellationToken);
        Items = await queries.GetDepartmentItemsAsync(id, Type, pageNumber, pageSize, cancellationToken);

        return Page();
    }

    /// <summary>Returns the address of another page of the same list, keeping the type filter and page size.</summary>
    public string PageLink(int page)
    {
        var pairs = new List<KeyValuePair<string, string?>>
        {
            new("type", Type?.CodeLetters()),
            new("page", page.ToString(CultureInfo.InvariantCulture)),
        };
        if (Items.PageSize != PowerItemPage.DefaultPageSize)
        {
            pairs.Add(new("pageSize", Items.PageSize.ToString(CultureInfo.InvariantCulture)));
        }

        var query = QueryString.Create(pairs.Where(pair => !string.IsNullOrEmpty(pair.Value)));

        return $"/power-list/departments/{Department.Id}" + query.ToUriComponent();
    }
}
