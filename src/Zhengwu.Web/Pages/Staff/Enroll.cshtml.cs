using Microsoft.AspNetCore.RateLimiting;
using System.Text;
using QRCoder;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Accounts;
using Zhengwu.Web.Accounts;

using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Pages.Staff;

[EnableRateLimiting(RateLimitPolicies.Login)]
public sealed class EnrollModel(
    UserManager<Account> users,
    SignInManager<Account> signIn,
    PendingSignIn pending,
    AccountAudit audit) : PageModel
{
    private const string Issuer = "兰州市政务服务网";
    private const int RecoveryCodeCount = 10;

    [BindProperty]
    public string? Code { get; set; }

    public string AccountName { get; private set; } = "";

    public string FormattedKey { get; private set; } = "";

    public string AuthenticatorUri { get; private set; } = "";

    /// <summary>The otpauth link as a QR code in SVG, drawn on the server so the page needs no script.</summary>
    public string QrCodeSvg { get; private set; } = "";

    public string? Error { get; private set; }

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var account = await RequireStepAsync();
        if (account is null)
        {
            return LocalRedirect("/staff/login?message=expired");
        }

        await DescribeKeyAsync(account);

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await RequireStepAsync();
        if (account is null)
        {
            return LocalRedirect("/staff/login?message=expired");
        }

        if (!await users.VerifyTwoFactorTokenAsync(account, TotpTokenProvider.ProviderName, Code ?? ""))
        {
            await DescribeKeyAsync(account);
            Error = "验证码不正确：请确认手机时间准确，并输入验证器当前显示的6位数字。";
            Response.StatusCode = StatusCodes.Status400BadRequest;

            return Page();
        }

        await users.SetTwoFactorEnabledAsync(account, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(account, RecoveryCodeCount) ?? []];
        await pending.EndAsync(HttpContext);
        await signIn.SignInAsync(account, isPersistent: false, authenticationMethod: "mfa");
        await audit.RecordAsync(AuditActions.SecondFactorEnrolled, AuditResult.Succeeded, account);
        await audit.RecordAsync(AuditActions.LoginSucceeded, AuditResult.Succeeded, account, "authenticator enrolled");

        return Page();
    }

    private async Task<Account?> RequireStepAsync()
    {
        var account = await pending.GetAccountAsync();

        return account is not null && pending.NextStep(account) == "/staff/login/enroll" ? account : null;
    }

    private async Task DescribeKeyAsync(Account account)
    {
        var key = await users.GetAuthenticatorKeyAsync(account);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(account);
            key = await users.GetAuthenticatorKeyAsync(account) ?? "";
        }

        AccountName = account.UserName ?? "";
        FormattedKey = Group(key);
        AuthenticatorUri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(AccountName)}"
            + $"?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30";
        using var qrData = QRCodeGenerator.GenerateQrCode(AuthenticatorUri, QRCodeGenerator.ECCLevel.M);
        QrCodeSvg = new SvgQRCode(qrData).GetGraphic(4);
    }

    private static string Group(string key)
    {
        var builder = new StringBuilder();
        for (var index = 0; index < key.Length; index += 4)
        {
            builder.Append(key.AsSpan(index, Math.Min(4, key.Length - index))).Append(' ');
        }

        return builder.ToString().TrimEnd().ToUpperInvariant();
    }
}
