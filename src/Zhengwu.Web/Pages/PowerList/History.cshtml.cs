using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Versions;
using Zhengwu.Infrastructure.PowerList.Lineage;
using Zhengwu.Infrastructure.PowerList.Versions;
using Microsoft.AspNetCore.OutputCaching;
using Zhengwu.Web.Caching;

namespace Zhengwu.Web.Pages.PowerList;

/// <summary>
/// The public history of an item: every published version with its change, reason, approving body and date, and the
/// element-by-element difference between any two versions.
/// </summary>
[OutputCache(PolicyName = PublicContentPolicy.Name)]
public sealed class HistoryModel(PowerItemHistory history, PowerItemLineage lineage) : PageModel
{
    /// <summary>The items a merge or split retired into this one, which the history links back to.</summary>
    public PredecessorsModel Predecessors { get; private set; } = new([], null);

    public string Code { get; private set; } = "";

    public IReadOnlyList<PowerItemVersion> Versions { get; private set; } = [];

    public PowerItemVersion? From { get; private set; }

    public PowerItemVersion? To { get; private set; }

    public IReadOnlyList<FieldDifference> Differences { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, int? from, int? to, CancellationToken cancellationToken)
    {
        if (!ItemCode.IsWellFormed(code))
        {
            return NotFound();
        }

        Code = code;
        Versions = await history.VersionsAsync(code, cancellationToken);
        if (Versions.Count == 0)
        {
            return NotFound();
        }

        var (predecessors, createdBy) = await lineage.PredecessorsAsync(Versions[0].PowerItemId, cancellationToken);
        Predecessors = new PredecessorsModel(predecessors, createdBy);

        To = to is { } toNumber ? Versions.FirstOrDefault(version => version.Number == toNumber) : Versions[^1];
        From = from is { } fromNumber
            ? Versions.FirstOrDefault(version => version.Number == fromNumber)
            : Versions.LastOrDefault(version => version.Number < To?.Number);
        if ((from is not null && From is null) || (to is not null && To is null))
        {
            return NotFound();
        }

        if (From is not null && To is not null)
        {
            Differences = PowerItemSnapshot.Compare(From.Fields, To.Fields);
        }

        return Page();
    }
}
