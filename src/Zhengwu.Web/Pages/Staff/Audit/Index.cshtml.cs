using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Zhengwu.Domain.Accounts;
using Zhengwu.Infrastructure.Audit;

namespace Zhengwu.Web.Pages.Staff.Audit;

/// <summary>
/// The audit log viewer of the audit administrator: records newest first, filtered and paged. It only reads
/// the log, and it shows the retention period without any way to change it or to switch auditing off.
/// </summary>
public sealed class IndexModel(AuditQueries queries, IOptions<AuditOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public AuditLogParameters Parameters { get; set; } = new();

    public AuditPage? Result { get; private set; }

    public Dictionary<string, string> Errors { get; private set; } = [];

    public int RetentionDays => options.Value.RetentionDays;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        (var query, Errors) = Parameters.Validate();
        if (query is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;

            return;
        }

        Result = await queries.SearchAsync(query, cancellationToken);
    }

    /// <summary>Returns the Chinese name of a stored role name, or the stored text when it names no role.</summary>
    public static string RoleName(string? role) =>
        Enum.TryParse<StaffRole>(role, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed)
            ? parsed.ChineseName()
            : role ?? "";
}
