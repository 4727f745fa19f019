using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhengwu.Infrastructure.Export;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Web.Commands;

/// <summary>
/// Runs <c>audit verify</c> and <c>audit export</c> against the configured database. Verification exits with 0
/// when the chain is intact and 1 at the first broken record; wrong arguments exit with 2.
/// </summary>
internal static class AuditCommand
{
    public const string Usage = """
        用法：
          audit verify                        校验审计日志哈希链，报告第一条被修改或删除的记录
          audit export --format csv|xlsx --from yyyy-MM-dd --to yyyy-MM-dd --output FILE
                                              导出该日期范围（北京时间，含首尾两天）的审计记录
        """;

    // Dates on the command line are China Standard Time days, which has had no daylight saving time since 1991.
    private static readonly TimeSpan s_chinaOffset = TimeSpan.FromHours(8);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        if (args.Length < 2 || args[0] != "audit" || args[1] is not ("verify" or "export"))
        {
            await output.WriteLineAsync(Usage);

            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ZhengwuDbContext>().Database.MigrateAsync();
        var log = scope.ServiceProvider.GetRequiredService<AuditLog>();

        return args[1] == "verify" ? await VerifyAsync(log, output) : await ExportAsync(log, args, output);
    }

    private static async Task<int> VerifyAsync(AuditLog log, TextWriter output)
    {
        var result = await log.VerifyAsync();
        if (result.Break is { } found)
        {
            await output.WriteLineAsync($"校验失败：记录 #{found.RecordId}。{found.Message}");

            return 1;
        }

        await output.WriteLineAsync(
            $"OK：{result.Count} 条审计记录校验通过，最后一条 #{result.Last.Id}，哈希 {result.Last.Hash}。");

        return 0;
    }

    private static async Task<int> ExportAsync(AuditLog log, string[] args, TextWriter output)
    {
        var request = ExportRequest.Parse(args, out var error);
        if (request is null)
        {
            await output.WriteLineAsync($"{error}\n{Usage}");

            return 2;
        }

        var count = await WriteFileAsync(log, request);
        await log.AppendAsync(new AuditEntry(AuditActions.Export, AuditResult.Succeeded)
        {
            AccountName = "cli:" + Environment.UserName,
            ObjectType = "audit-log",
            Detail = string.Create(
                CultureInfo.InvariantCulture,
                $"{request.Format} {request.From:yyyy-MM-dd}..{request.To:yyyy-MM-dd}, {count} records"),
        });
        await output.WriteLineAsync($"已导出 {count} 条审计记录到 {request.Output}。");

        return 0;
    }

    /// <summary>Writes the export, deleting a partly written file when the export fails.</summary>
    private static async Task<long> WriteFileAsync(AuditLog log, ExportRequest request)
    {
        var from = new DateTimeOffset(request.From.ToDateTime(TimeOnly.MinValue), s_chinaOffset);
        var to = new DateTimeOffset(request.To.AddDays(1).ToDateTime(TimeOnly.MinValue), s_chinaOffset);
        try
        {
            await using var file = new FileStream(request.Output, FileMode.Create, FileAccess.Write);

            return await log.ExportAsync(request.Format, from, to, file);
        }
        catch
        {
            File.Delete(request.Output);
            throw;
        }
    }

    private sealed record ExportRequest(ExportFormat Format, DateOnly From, DateOnly To, string Output)
    {
        public static ExportRequest? Parse(string[] args, out string error)
        {
            var format = Option(args, "--format");
            var from = Option(args, "--from");
            var to = Option(args, "--to");
            var file = Option(args, "--output");
            error = format switch
            {
                null => "缺少 --format：请指定 csv 或 xlsx。",
                not ("csv" or "xlsx") => $"--format 的值“{format}”无效：请指定 csv 或 xlsx。",
                _ => "",
            };
            error = error.Length > 0 ? error : DateError("--from", from) ?? DateError("--to", to) ?? "";
            if (error.Length == 0 && string.IsNullOrWhiteSpace(file))
            {
                error = "缺少 --output：请指定导出文件的路径。";
            }

            if (error.Length > 0)
            {
                return null;
            }

            var request = new ExportRequest(
                format == "csv" ? ExportFormat.Csv : ExportFormat.Xlsx,
                ParseDate(from!),
                ParseDate(to!),
                file!);
            if (request.To < request.From)
            {
                error = $"--to 的日期 {to} 早于 --from 的日期 {from}。";

                return null;
            }

            return request;
        }

        private static string? Option(string[] args, string name)
        {
            var index = Array.IndexOf(args, name);

            return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        }

        private static string? DateError(string name, string? value)
        {
            if (value is null)
            {
                return $"缺少 {name}：请按 yyyy-MM-dd 指定日期。";
            }

            return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? null
                : $"{name} 的值“{value}”不是 yyyy-MM-dd 格式的日期。";
        }

        private static DateOnly ParseDate(string value) =>
            DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
