using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.Accounts;
using Zhengwu.Infrastructure.Export;
using Zhengwu.Infrastructure.PowerList.BackOffice;
using Zhengwu.Web.Accounts;
using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Pages.Staff.PowerList;

/// <summary>Downloads every item of one department as XLSX or CSV, classified items labelled; each export is audited.</summary>
[Authorize(Policy = StaffPolicies.ViewItems)]
public sealed class ExportModel(DepartmentItems items, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int? department, string? format, CancellationToken cancellationToken)
    {
        if (HttpContext.GetContentActor() is not { } actor)
        {
            return Forbid();
        }

        ExportFormat? chosen = format?.ToLowerInvariant() switch
        {
            null or "" or "xlsx" => ExportFormat.Xlsx,
            "csv" => ExportFormat.Csv,
            _ => null,
        };
        if (chosen is not { } exportFormat)
        {
            return BadRequest();
        }

        var found = await items.FindAsync(actor, department ?? actor.Scope.DepartmentId, ContentAction.ExportItems, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        var output = new MemoryStream();
        await items.ExportAsync(actor, found, exportFormat, output, cancellationToken);
        output.Position = 0;
        var day = clock.GetUtcNow().ToOffset(ChinaTime.Offset).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var extension = exportFormat == ExportFormat.Csv ? "csv" : "xlsx";
        var contentType = exportFormat == ExportFormat.Csv
            ? "text/csv; charset=utf-8"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

        return File(output, contentType, $"{found.ShortName}-事项-{day}.{extension}");
    }
}
