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

    public async Task<IActionResult> OnGetAsync(Guid account, CancellationToken cancellationToken)
    {
        var found = await accounts.FindUnconfirmedAsync(account);
        if (found is null)
        {
            return NotFound();
        }

        AccountId = found.Id;
        MaskedAddress = await MaskAsync(found, cancellationToken);

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
        MaskedAddress = await MaskAsync(found, cancellationToken);
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
        MaskedAddress = await MaskAsync(found, cancellationToken);
        var result = await accounts.ResendAsync(found, cancellationToken);
        Error = result.FailureMessage;
        Message = Error is null ? "新的验证码已发送。" : null;

        return Page();
    }

    private async Task<string> MaskAsync(Infrastructure.Accounts.Account account, CancellationToken cancellationToken)
    {
        var access = PersonalDataAccess.Visitor("显示验证码接收地址（遮蔽）", HttpContext.Connection.RemoteIpAddress?.ToString());
        var (channel, address) = await accounts.ReadContactAsync(account, access, cancellationToken);

        return ContactAddress.Mask(channel, address);
    }
}
