using Zhengwu.Infrastructure.Accounts;
using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Commands;

/// <summary>
/// Runs <c>admin bootstrap</c>: creates the system, security and audit administrators and prints their
/// one-time passwords once. The portal ships no default account.
/// </summary>
internal static class AdminCommand
{
    public const string Usage = """
        用法：
          admin bootstrap    创建系统管理员、安全管理员、审计管理员，并显示一次性密码（仅在尚无管理员时可用）
        """;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        if (args.Length != 2 || args[1] != "bootstrap")
        {
            await output.WriteLineAsync(Usage);

            return 2;
        }

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
