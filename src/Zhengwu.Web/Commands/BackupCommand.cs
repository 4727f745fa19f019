using Zhengwu.Infrastructure.Backup;

namespace Zhengwu.Web.Commands;

/// <summary>
/// Runs <c>backup --output FILE</c> and <c>restore --input FILE [--force]</c> against the configured database and
/// files folder. Exits with 0 on success, 1 when the backup or restore fails and 2 on wrong arguments.
/// </summary>
internal static class BackupCommand
{
    public const string Usage = """
        用法：
          backup --output FILE             把数据库和上传的文件备份到一个新文件（门户运行时也可执行）
          restore --input FILE [--force]   校验备份文件并恢复到空数据库和空文件目录（请先停止门户）；
                                           --force 覆盖已有的数据和文件
        """;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var (option, force) = args.Length > 0 && args[0] == "restore" ? ("--input", args.Contains("--force")) : ("--output", false);
        var index = Array.IndexOf(args, option);
        var path = index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        if (args.Length == 0 || args[0] is not ("backup" or "restore") || string.IsNullOrWhiteSpace(path))
        {
            await output.WriteLineAsync($"缺少 {option}：请指定备份文件的路径。\n{Usage}");

            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var backup = scope.ServiceProvider.GetRequiredService<DatabaseBackup>();
        try
        {
            var manifest = args[0] == "backup" ? await backup.CreateAsync(path) : await backup.RestoreAsync(path, force);
            var files = manifest.Parts.Count - 1;
            var done = args[0] == "backup" ? $"已备份到 {Path.GetFullPath(path)}" : $"已从 {Path.GetFullPath(path)} 恢复";
            await output.WriteLineAsync($"{done}：{manifest.Provider} 数据库和 {files} 个文件。");

            return 0;
        }
        catch (BackupException exception)
        {
            await output.WriteLineAsync($"{(args[0] == "backup" ? "备份" : "恢复")}失败：{exception.Message}");

            return 1;
        }
    }
}
