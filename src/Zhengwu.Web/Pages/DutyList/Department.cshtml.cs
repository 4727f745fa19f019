using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.DutyList;
using Zhengwu.Domain.Organization;
using Zhengwu.Domain.PowerList.Versions;
using Zhengwu.Infrastructure.DutyList;

namespace Zhengwu.Web.Pages.DutyList;

/// <summary>
/// The public duty list of one department: the current list, every published version with its change, reason,
/// approving body and date, and the row-by-row difference between any two versions.
/// </summary>
public sealed class DepartmentModel(DutyListHistory history) : PageModel
{
    public Department Department { get; private set; } = null!;

    public DepartmentDutyList? Current { get; private set; }

    public IReadOnlyList<DutyListVersion> Versions { get; private set; } = [];

    public DutyListVersion? From { get; private set; }

    public DutyListVersion? To { get; private set; }

    public IReadOnlyList<FieldDifference> Differences { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int? from, int? to, CancellationToken cancellationToken)
    {
        if (await history.DepartmentAsync(id, cancellationToken) is not { } department)
        {
            return NotFound();
        }

        Department = department;
        Current = await history.CurrentAsync(id, cancellationToken);
        Versions = await history.VersionsAsync(id, cancellationToken);
        if (Versions.Count == 0)
        {
            return Page();
        }

        To = to is { } toNumber ? Versions.FirstOrDefault(version => version.Number == toNumber) : Versions[^1];
        From = from is { } fromNumber
            ? Versions.FirstOrDefault(version => version.Number == fromNumber)
            : Versions.LastOrDefault(version => version.Number < To?.Number);
        if ((from is not null && From is null) || (to is not null && To is null))
        {
            return NotFound();
        }

        // The first version is compared with the empty list that every department starts from.
        Differences = To is null ? [] : PowerItemSnapshot.Compare(From?.Fields ?? [], To.Fields);

        return Page();
    }
}
