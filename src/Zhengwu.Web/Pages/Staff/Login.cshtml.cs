using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Zhengwu.Infrastructure.Accounts;

namespace Zhengwu.Web.Pages.Staff;

public sealed class LoginModel(
    UserManager<Account> users,
    SignInManager<Account> signIn,
    PendingSignIn pending,
    IOptions<AccountSecurityOptions> security) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Error { get; private set; }

    public string? Message { get; private set; }

    public void OnGet(string? message) => Message = message switch
    {
        "signed-out" => "您已退出登录。",
        "expired" => "会话已结束，请重新登录。",
        _ => null,
    };

    public async Task<IActionResult> OnPostAsync()
    {
        var account = string.IsNullOrWhiteSpace(UserName) ? null : await users.FindByNameAsync(UserName.Trim());
        if (account is null || !account.IsStaff || string.IsNullOrEmpty(Password))
        {
            return Fail("用户名或密码错误。");
        }

        var result = await signIn.CheckPasswordSignInAsync(account, Password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return Fail($"连续登录失败次数过多，账户已锁定{security.Value.LockoutMinutes}分钟。");
        }

        if (result.IsNotAllowed)
        {
            return Fail("该账户已停用，请联系系统管理员。");
        }

        if (!result.Succeeded)
        {
            return Fail($"用户名或密码错误。连续失败{security.Value.MaxFailedAttempts}次后账户将锁定{security.Value.LockoutMinutes}分钟。");
        }

        await pending.StartAsync(HttpContext, account);

        return LocalRedirect(pending.NextStep(account));
    }

    private PageResult Fail(string message)
    {
        Error = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;

        return Page();
    }
}
