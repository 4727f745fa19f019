using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Accounts.Registration;
using Zhengwu.Infrastructure.Accounts.Verification;
using Zhengwu.Web.Accounts;
using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Pages.PublicAccount;

/// <summary>Confirms a new public account with the code sent to its phone or e-mail, then signs it in.</summary>
[EnableRateLimiting(RateLimitPolicies.Login)]
public sealed class VerifyModel(PublicAccounts accounts, AccountAudit audit, IOptions<VerificationCodeOptions> options) : PageModel
{
    public int LifetimeMinutes { get; } = options.Value.LifetimeMinutes;

    public Guid AccountId { get; private set; }

    [BindProperty]
    public string? Code { get; set; }

    public string MaskedAddress { get; private set; } = "";

    public string? Error { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid account)
    {
        var found = await accounts.FindUnconfirmedAsync(account);
        if (found is null)
        {
            return NotFound();
        }

        AccountId = found.Id;
        MaskedAddress = Mask(found);

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid account, CancellationToken cancellationToken)
    {
        var found = await accounts.FindUnconfirmedAsync(account);
        if (found is null)
        {
            return NotFound();
        }

        AccountId = found.Id;
        MaskedAddress = Mask(found);
        var result = await accounts.ConfirmAsync(found, Code ?? "", cancellationToken);
        if (result.FailureMessage is { } failure)
        {
            await audit.RecordAsync(AuditActions.LoginFailed, AuditResult.Failed, found, "wrong verification code");
            Error = failure;

            return Page();
        }

        await audit.RecordAsync(AuditActions.LoginSucceeded, AuditResult.Succeeded, found, "contact verified");
        await PublicSession.SignInAsync(HttpContext, found);

        return LocalRedirect("/account");
    }

    public async Task<IActionResult> OnPostResendAsync(Guid account, CancellationToken cancellationToken)
    {
        var found = await accounts.FindUnconfirmedAsync(account);
        if (found is null)
        {
            return NotFound();
        }

        AccountId = found.Id;
        MaskedAddress = Mask(found);
        var result = await accounts.ResendAsync(found, cancellationToken);
        Error = result.FailureMessage;
        Message = Error is null ? "新的验证码已发送。" : null;

        return Page();
    }

    private string Mask(Infrastructure.Accounts.Account account)
    {
        var (channel, address) = accounts.Contact(account);

        return ContactAddress.Mask(channel, address);
    }
}
