using Zhengwu.Infrastructure.Accounts;
using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Commands;

/// <summary>
/// Runs <c>admin bootstrap</c>, which creates the system, security and audit administrators and prints their
/// one-time passwords once, and <c>admin reset-password USER</c>, which gives one administrator a new one-time
/// password. The portal ships no default account.
/// </summary>
internal static class AdminCommand
{
    public const string Usage = """
        用法：
          admin bootstrap              创建系统管理员、安全管理员、审计管理员，并显示一次性密码（仅在尚无管理员时可用）
          admin reset-password 用户名  为忘记密码或被锁定的管理员生成一次性密码（保留身份验证器，首次登录须修改密码）
        """;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        switch (args)
        {
            case [_, "bootstrap"]:
                return await BootstrapAsync(services, output);
            case [_, "reset-password", var userName]:
                return await ResetPasswordAsync(services, userName, output);
            default:
                await output.WriteLineAsync(Usage);

                return 2;
        }
    }

    private static async Task<int> ResetPasswordAsync(IServiceProvider services, string userName, TextWriter output)
    {
        await DatabaseInitializer.InitializeAsync(services);
        await using var scope = services.CreateAsyncScope();
        var (password, error) = await scope.ServiceProvider.GetRequiredService<AdministratorRecovery>().ResetPasswordAsync(userName);
        if (error is not null)
        {
            await output.WriteLineAsync(error);

            return 1;
        }

        await output.WriteLineAsync($"已为 {userName} 生成一次性密码（只显示这一次，登录时须修改，仍需身份验证器验证码）：");
        await output.WriteLineAsync($"  {password}");

        return 0;
    }

    private static async Task<int> BootstrapAsync(IServiceProvider services, TextWriter output)
    {
        await DatabaseInitializer.InitializeAsync(services);
        await using var scope = services.CreateAsyncScope();
        var (created, error) = await scope.ServiceProvider.GetRequiredService<AdministratorBootstrap>().RunAsync();
        if (error is not null)
        {
            await output.WriteLineAsync($"初始化失败：{error}");

            return 1;
        }

        await output.WriteLineAsync("已创建以下管理员账户。一次性密码只显示这一次，首次登录时必须修改，并绑定身份验证器：");
        foreach (var (userName, password) in created)
        {
            await output.WriteLineAsync($"  {userName}  {password}");
        }

        return 0;
    }
}
