using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Accounts.Registration;
using Zhengwu.Web.Accounts;
using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Pages.PublicAccount;

[EnableRateLimiting(RateLimitPolicies.Login)]
public sealed class RegisterModel(PublicAccounts accounts, AccountAudit audit) : PageModel
{
    [BindProperty]
    public AccountKind Kind { get; set; } = AccountKind.Person;

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? IdentityNumber { get; set; }

    [BindProperty]
    public VerificationChannel Channel { get; set; } = VerificationChannel.Phone;

    [BindProperty]
    public string? Contact { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            Errors = new Dictionary<string, string> { [nameof(Kind)] = "请选择账户类型（个人或法人）和验证方式（手机或电子邮箱）。" };

            return Invalid();
        }

        var result = await accounts.RegisterAsync(new PublicRegistration(Kind, Name, IdentityNumber, Channel, Contact, Password), cancellationToken);
        if (!result.Succeeded)
        {
            Errors = result.Errors;

            return Invalid();
        }

        var account = await accounts.FindUnconfirmedAsync(result.AccountId!.Value);
        await audit.RecordAsync(AuditActions.AccountCreated, AuditResult.Succeeded, account, "public registration, code sent");

        return RedirectToPage("/PublicAccount/Verify", new { account = result.AccountId });
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;

        return Page();
    }
}
