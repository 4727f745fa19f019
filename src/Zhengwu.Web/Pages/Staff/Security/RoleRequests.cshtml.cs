using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Infrastructure.Accounts;
using Zhengwu.Web.Accounts;

namespace Zhengwu.Web.Pages.Staff.Security;

/// <summary>The security administrator's queue of pending role requests, each approved or rejected with a reason.</summary>
public sealed class RoleRequestsModel(
    UserManager<Account> users,
    AccountAdministration administration,
    AccountAdministrationQueries queries) : PageModel
{
    public IReadOnlyList<PendingRoleGrant> Requests { get; private set; } = [];

    public string? Notice { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Requests = await queries.ListPendingAsync(cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(int id) =>
        DecideAsync(actor => administration.ApproveAsync(actor, id), $"已批准申请 {id}，角色已生效。");

    public Task<IActionResult> OnPostRejectAsync(int id, string? reason) =>
        DecideAsync(actor => administration.RejectAsync(actor, id, reason), $"已驳回申请 {id}。");

    private async Task<IActionResult> DecideAsync(Func<AdministrationActor, Task<AdministrationResult>> decide, string notice)
    {
        if (await users.GetActorAsync(HttpContext) is not { } actor)
        {
            return Challenge();
        }

        var result = await decide(actor);
        Requests = await queries.ListPendingAsync(HttpContext.RequestAborted);
        if (result.Error is { } error)
        {
            Error = error.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;

            return Page();
        }

        Notice = notice;

        return Page();
    }
}
