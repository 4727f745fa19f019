using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Infrastructure.Import;
using Zhengwu.Infrastructure.Organization;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Infrastructure.PowerList.Import;

namespace Zhengwu.Web.Commands;

/// <summary>
/// Runs <c>import regions|departments|power-items FILE [--department-map FILE]</c> against the configured
/// database and prints every problem with its row, column and value.
/// </summary>
internal static class ImportCommand
{
    public const string Usage = """
        用法：
          import regions FILE                 导入行政区划（region_code, region_name）
          import departments FILE             导入部门（region_code, region_name, department_name, short_name, kind, note）
          import power-items FILE [--department-map MAP]
                                              导入权力清单（CSV 或 XLSX），或已有事项的完整要素
        """;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        if (args.Length < 3 || args[0] != "import")
        {
            await output.WriteLineAsync(Usage);

            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ZhengwuDbContext>().Database.MigrateAsync();
        try
        {
            var report = await ImportAsync(scope.ServiceProvider, args[1], args[2], MappingPath(args));
            if (report is null)
            {
                await output.WriteLineAsync($"未知的导入类型“{args[1]}”。\n{Usage}");

                return 2;
            }

            await PrintAsync(report, output);
            await RecordAsync(scope.ServiceProvider, args[1], args[2], report);

            return report.Succeeded ? 0 : 1;
        }
        catch (ImportFileException exception)
        {
            await output.WriteLineAsync($"导入失败：{exception.Message}");

            return 1;
        }
    }

    private static async Task RecordAsync(IServiceProvider services, string kind, string path, ImportReport report) =>
        await services.GetRequiredService<AuditLog>().AppendAsync(new AuditEntry(
            AuditActions.ContentChanged,
            report.Succeeded ? AuditResult.Succeeded : AuditResult.Failed)
        {
            AccountName = "import command",
            ObjectType = $"import:{kind}",
            ObjectId = Path.GetFileName(path),
            Detail = $"created {report.Created}, updated {report.Updated}, unchanged {report.Unchanged}, errors {report.Errors.Count}",
        });

    private static string? MappingPath(string[] args)
    {
        var index = Array.IndexOf(args, "--department-map");

        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static async Task<ImportReport?> ImportAsync(
        IServiceProvider services,
        string kind,
        string path,
        string? mappingPath)
    {
        switch (kind)
        {
            case "regions":
                return await services.GetRequiredService<DepartmentImporter>().ImportRegionsAsync(path);
            case "departments":
                return await services.GetRequiredService<DepartmentImporter>().ImportAsync(path);
            case "power-items":
                var report = new ImportReport();
                var mapping = mappingPath is null ? null : DepartmentMapping.Read(mappingPath, report);

                return report.Succeeded
                    ? await services.GetRequiredService<PowerItemImporter>().ImportAsync(path, mapping)
                    : report;
            default:
                return null;
        }
    }

    private static async Task PrintAsync(ImportReport report, TextWriter output)
    {
        foreach (var error in report.Errors)
        {
            await output.WriteLineAsync($"错误 {error}");
        }

        foreach (var warning in report.Warnings)
        {
            await output.WriteLineAsync($"提示 {warning}");
        }

        var outcome = report.Succeeded
            ? $"导入完成：新增 {report.Created}，更新 {report.Updated}，未变 {report.Unchanged}，提示 {report.Warnings.Count}。"
            : $"导入未执行：发现 {report.Errors.Count} 个错误，数据库未作任何修改。";
        await output.WriteLineAsync(outcome);
    }
}
