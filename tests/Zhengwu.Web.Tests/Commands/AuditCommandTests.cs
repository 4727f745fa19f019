using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.TestSupport;
using Zhengwu.Web.Commands;

namespace Zhengwu.Web.Tests.Commands;

/// <summary>The audit command prints the verification or export outcome and exits with its code.</summary>
public abstract class AuditCommandTests(DatabaseProvider provider)
{
    private static readonly AuditEntry s_denied = new(AuditActions.AccessDenied, AuditResult.Denied)
    {
        AccountName = "li.si",
        ObjectType = "power-item",
        ObjectId = "620100-XK-00012",
    };

    [Fact]
    public async Task Verify_prints_ok_and_count()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = Build(database);
        var last = await AppendAsync(services, 3);
        var output = new StringWriter();

        var exitCode = await AuditCommand.RunAsync(services, ["audit", "verify"], output);

        Assert.Equal(0, exitCode);
        Assert.Equal($"OK：3 条审计记录校验通过，最后一条 #3，哈希 {last.Hash}。\n", output.ToString());
    }

    [Fact]
    public async Task Verify_prints_broken_record()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = Build(database);
        await AppendAsync(services, 3);
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ZhengwuDbContext>().Database.ExecuteSqlRawAsync(
                "UPDATE \"AuditRecords\" SET \"Result\" = 'Succeeded' WHERE \"Id\" = 2",
                TestContext.Current.CancellationToken);
        }

        var output = new StringWriter();

        var exitCode = await AuditCommand.RunAsync(services, ["audit", "verify"], output);

        Assert.Equal(1, exitCode);
        Assert.Equal("校验失败：记录 #2。审计记录 #2 的内容与其哈希不符：该记录被修改。\n", output.ToString());
    }

    [Fact]
    public async Task Export_writes_file_and_audits_itself()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = Build(database);
        await AppendAsync(services, 2);
        var path = Path.Combine(database.Folder, "export.csv");
        var output = new StringWriter();
        // The records carry the system clock's time; a day either side keeps a run at midnight inside the range.
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var from = today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var to = today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var exitCode = await AuditCommand.RunAsync(
            services,
            ["audit", "export", "--format", "csv", "--from", from, "--to", to, "--output", path],
            output);

        Assert.Equal(0, exitCode);
        Assert.Equal($"已导出 2 条审计记录到 {path}。\n", output.ToString());
        Assert.Equal(3, File.ReadAllLines(path).Length);
        await using var scope = services.CreateAsyncScope();
        var last = await scope.ServiceProvider.GetRequiredService<ZhengwuDbContext>().AuditRecords
            .OrderBy(record => record.Id)
            .LastAsync(TestContext.Current.CancellationToken);
        Assert.Equal(AuditActions.Export, last.Action);
        Assert.Equal($"Csv {from}..{to}, 2 records", last.Detail);
    }

    [Theory]
    [InlineData(new[] { "audit" }, "用法：")]
    [InlineData(new[] { "audit", "delete" }, "用法：")]
    [InlineData(new[] { "audit", "export", "--format", "pdf" }, "--format 的值“pdf”无效：请指定 csv 或 xlsx。")]
    [InlineData(new[] { "audit", "export", "--format", "csv", "--from", "2026-13-01" }, "--from 的值“2026-13-01”不是 yyyy-MM-dd 格式的日期。")]
    [InlineData(new[] { "audit", "export", "--format", "csv", "--from", "2026-03-01" }, "缺少 --to：请按 yyyy-MM-dd 指定日期。")]
    [InlineData(new[] { "audit", "export", "--format", "csv", "--from", "2026-03-01", "--to", "2026-03-02" }, "缺少 --output：请指定导出文件的路径。")]
    [InlineData(new[] { "audit", "export", "--format", "xlsx", "--from", "2026-03-02", "--to", "2026-03-01", "--output", "a.xlsx" }, "--to 的日期 2026-03-01 早于 --from 的日期 2026-03-02。")]
    public async Task Bad_arguments_exit_with_usage(string[] args, string expected)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = Build(database);
        var output = new StringWriter();

        var exitCode = await AuditCommand.RunAsync(services, args, output);

        Assert.Equal(2, exitCode);
        Assert.StartsWith(expected, output.ToString(), StringComparison.Ordinal);
    }

    private static ServiceProvider Build(TestDatabase database)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection().Build();

        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddZhengwuDatabase(_ => new DatabaseSettings(database.Provider, database.ConnectionString))
            .AddAuditLog()
            .BuildServiceProvider();
    }

    private static async Task<AuditRecord> AppendAsync(ServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ZhengwuDbContext>().Database.MigrateAsync(TestContext.Current.CancellationToken);
        var log = scope.ServiceProvider.GetRequiredService<AuditLog>();
        AuditRecord? last = null;
        for (var index = 0; index < count; index++)
        {
            last = await log.AppendAsync(s_denied, TestContext.Current.CancellationToken);
        }

        return last!;
    }
}

public sealed class SqliteAuditCommandTests() : AuditCommandTests(DatabaseProvider.Sqlite);

public sealed class PostgresAuditCommandTests() : AuditCommandTests(DatabaseProvider.Postgres);
