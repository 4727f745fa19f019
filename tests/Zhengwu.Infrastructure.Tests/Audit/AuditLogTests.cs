using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MiniExcelLibs;
using Zhengwu.Infrastructure.Export;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Tests.Audit;

/// <summary>The audit log appends, verifies, exports and purges its chain the same way on both databases.</summary>
public abstract class AuditLogTests(DatabaseProvider provider)
{
    private static readonly AuditEntry s_failure = new(AuditActions.LoginFailed, AuditResult.Failed)
    {
        AccountName = "zhang.san",
        Role = "content-officer",
        ClientAddress = "10.0.0.8",
    };

    [Fact]
    public async Task Three_appends_verify_intact()
    {
        await using var audit = await AuditServices.CreateAsync(provider);
        await audit.AppendAsync(s_failure, s_failure with { Detail = "第2次" }, s_failure with { Detail = "第3次" });

        var result = await audit.WithLogAsync(log => log.VerifyAsync());
        var records = await RecordsAsync(audit);

        Assert.True(result.IsValid);
        Assert.Equal(3, result.Count);
        Assert.Equal(AuditChainLink.Genesis, result.Start);
        Assert.Equal(new AuditChainLink(3, records[2].Hash), result.Last);
        Assert.Equal([1L, 2L, 3L], records.Select(record => record.Id));
        Assert.Equal(new string('0', 64), records[0].PreviousHash);
        Assert.Equal(records[0].Hash, records[1].PreviousHash);
        Assert.Equal(AuditServices.StartTime.AddMinutes(2), records[2].OccurredAt);
        Assert.Equal(AuditResult.Failed, records[2].Result);
        Assert.Equal("第3次", records[2].Detail);
    }

    [Fact]
    public async Task Stored_microseconds_keep_hash_valid()
    {
        await using var audit = await AuditServices.CreateAsync(provider);
        audit.Clock.Now = AuditServices.StartTime.AddTicks(1_234_567);
        await audit.AppendAsync(s_failure);

        var record = Assert.Single(await RecordsAsync(audit));

        Assert.Equal(AuditServices.StartTime.AddTicks(1_234_560), record.OccurredAt);
        Assert.Equal(AuditChain.ComputeHash(record), record.Hash);
    }

    [Theory]
    [InlineData("Action", "'login.succeeded'")]
    [InlineData("Result", "'Succeeded'")]
    [InlineData("OccurredAt", null)]
    public async Task Edited_column_breaks_at_record(string column, string? value)
    {
        await using var audit = await AuditServices.CreateAsync(provider);
        await audit.AppendAsync(s_failure, s_failure, s_failure);
        var literal = value ?? (provider == DatabaseProvider.Sqlite ? "'2026-03-02 05:00:00'" : "'2026-03-02 05:00:00+00'");

        await ExecuteAsync(audit, $"UPDATE \"AuditRecords\" SET \"{column}\" = {literal} WHERE \"Id\" = 2");
        var result = await audit.WithLogAsync(log => log.VerifyAsync());

        Assert.Equal(new AuditChainBreak(2, AuditBreakReason.Altered, 1), result.Break);
        Assert.Equal(1, result.Count);
        Assert.Equal("审计记录 #2 的内容与其哈希不符：该记录被修改。", result.Break!.Message);
    }

    [Fact]
    public async Task Deleted_middle_row_is_missing()
    {
        await using var audit = await AuditServices.CreateAsync(provider);
        await audit.AppendAsync(s_failure, s_failure, s_failure, s_failure, s_failure);

        await ExecuteAsync(audit, "DELETE FROM \"AuditRecords\" WHERE \"Id\" = 3");
        var result = await audit.WithLogAsync(log => log.VerifyAsync());

        Assert.Equal(new AuditChainBreak(4, AuditBreakReason.Missing, 2), result.Break);
        Assert.Equal(2, result.Count);
    }

    [Fact]
    public async Task Concurrent_appends_form_gapless_chain()
    {
        await using var audit = await AuditServices.CreateAsync(provider);

        var appended = await Task.WhenAll(Enumerable.Range(1, 20).Select(index => Task.Run(() =>
            audit.WithLogAsync(log => log.AppendAsync(s_failure with { Detail = $"writer {index}" })))));
        var result = await audit.WithLogAsync(log => log.VerifyAsync());
        var records = await RecordsAsync(audit);

        Assert.Equal(Enumerable.Range(1, 20).Select(id => (long)id), appended.Select(record => record.Id).Order());
        Assert.Equal(Enumerable.Range(1, 20).Select(id => (long)id), records.Select(record => record.Id));
        Assert.Equal(20, records.Select(record => record.Detail).Distinct().Count());
        Assert.True(result.IsValid);
        Assert.Equal(20, result.Count);
    }

    [Fact]
    public async Task Append_joins_caller_transaction()
    {
        await using var audit = await AuditServices.CreateAsync(provider);

        await using (var scope = audit.Provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ZhengwuDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            await scope.ServiceProvider.GetRequiredService<AuditLog>().AppendAsync(
                s_failure with { Detail = "rolled back" },
                TestContext.Current.CancellationToken);
            await transaction.RollbackAsync(TestContext.Current.CancellationToken);
        }

        await using (var scope = audit.Provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ZhengwuDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            await scope.ServiceProvider.GetRequiredService<AuditLog>().AppendAsync(
                s_failure with { Detail = "committed" },
                TestContext.Current.CancellationToken);
            await transaction.CommitAsync(TestContext.Current.CancellationToken);
        }

        var record = Assert.Single(await RecordsAsync(audit));
        Assert.Equal(1, record.Id);
        Assert.Equal("committed", record.Detail);
    }

    [Fact]
    public async Task Csv_export_escapes_formula_cells()
    {
        await using var audit = await AuditServices.CreateAsync(provider);
        await audit.AppendAsync(
            s_failure with { Detail = "before range" },
            s_failure with { Detail = "=1+2", AccountName = "@admin", ObjectId = "-5" },
            s_failure with { Detail = "+cmd", Role = "\tx" },
            s_failure with { Detail = "after range" });
        var path = Path.Combine(audit.Database.Folder, "audit.csv");

        var count = await ExportAsync(audit, ExportFormat.Csv, path);
        var text = await File.ReadAllTextAsync(path, Encoding.UTF8, TestContext.Current.CancellationToken);
        var rows = CsvRows.Read(path);

        Assert.Equal(2, count);
        Assert.StartsWith("序号,时间（UTC）,时间（北京时间）,账号ID,账号,角色,操作,对象类型,对象ID,结果,客户端地址,说明,前一哈希,哈希", text, StringComparison.Ordinal);
        Assert.Contains("2,2026-03-02T01:01:00.000000Z,2026-03-02 09:01:00,,'@admin,content-officer,login.failed,,'-5,Failed,10.0.0.8,'=1+2,", text, StringComparison.Ordinal);
        Assert.Equal(["2", "3"], rows.Select(row => row["序号"]));
        Assert.Equal(["'=1+2", "'+cmd"], rows.Select(row => row["说明"]));
        Assert.Equal("'\tx", rows[1]["角色"]);
    }

    [Fact]
    public async Task Xlsx_export_reads_back()
    {
        await using var audit = await AuditServices.CreateAsync(provider);
        await audit.AppendAsync(s_failure, s_failure with { Detail = "=1+2" }, s_failure with { Detail = "普通说明" }, s_failure);
        var path = Path.Combine(audit.Database.Folder, "audit.xlsx");

        var count = await ExportAsync(audit, ExportFormat.Xlsx, path);
        var rows = MiniExcel.Query(path, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        Assert.Equal(2, count);
        Assert.Equal(2, rows.Count);
        Assert.Equal(2d, Convert.ToDouble(rows[0]["序号"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("'=1+2", rows[0]["说明"]);
        Assert.Equal("普通说明", rows[1]["说明"]);
        Assert.Equal("2026-03-02 09:02:00", rows[1]["时间（北京时间）"]);
    }

    [Fact]
    public async Task Purge_keeps_186_days_and_verifies()
    {
        await using var audit = await AuditServices.CreateAsync(provider);
        await audit.AppendAsync(s_failure, s_failure, s_failure);
        var now = AuditServices.StartTime.AddDays(186).AddMinutes(2);
        audit.Clock.Now = now.AddDays(-1);
        await audit.AppendAsync(s_failure);
        audit.Clock.Now = now;

        var purge = await audit.WithLogAsync(log => log.PurgeAsync(now));
        var result = await audit.WithLogAsync(log => log.VerifyAsync());
        var records = await RecordsAsync(audit);
        var anchor = await audit.WithContextAsync(db => db.AuditAnchors.SingleAsync());

        // Records 1 and 2 are older than 186 days; record 3 is exactly 186 days old and is kept.
        Assert.Equal(new AuditPurgeResult(2, 2, null), purge);
        Assert.Equal([3L, 4L, 5L], records.Select(record => record.Id));
        Assert.Equal(AuditActions.AuditPurged, records[2].Action);
        Assert.Equal("Removed 2 records up to #2, older than 2026-03-02T01:02:00Z; retention 186 days.", records[2].Detail);
        Assert.Equal(2, anchor.LastPurgedId);
        Assert.Equal(records[0].PreviousHash, anchor.LastPurgedHash);
        Assert.True(result.IsValid);
        Assert.Equal(3, result.Count);
        Assert.Equal(2, result.Start.Id);
    }

    [Fact]
    public async Task Purge_with_nothing_due_writes_nothing()
    {
        await using var audit = await AuditServices.CreateAsync(provider);
        await audit.AppendAsync(s_failure, s_failure);

        var purge = await audit.WithLogAsync(log => log.PurgeAsync(AuditServices.StartTime.AddDays(186)));

        Assert.Equal(new AuditPurgeResult(0, null, null), purge);
        Assert.Equal(2, (await RecordsAsync(audit)).Count);
    }

    [Fact]
    public async Task Purge_keeps_broken_records()
    {
        await using var audit = await AuditServices.CreateAsync(provider);
        await audit.AppendAsync(s_failure, s_failure, s_failure);
        await ExecuteAsync(audit, "UPDATE \"AuditRecords\" SET \"Detail\" = 'edited' WHERE \"Id\" = 2");

        var purge = await audit.WithLogAsync(log => log.PurgeAsync(AuditServices.StartTime.AddDays(400)));

        Assert.Equal(new AuditPurgeResult(0, null, new AuditChainBreak(2, AuditBreakReason.Altered, 1)), purge);
        Assert.Equal(3, (await RecordsAsync(audit)).Count);
        Assert.Equal(0, await audit.WithContextAsync(db => db.AuditAnchors.CountAsync()));
    }

    [Fact]
    public async Task Record_behind_anchor_is_reported()
    {
        await using var audit = await AuditServices.CreateAsync(provider);
        await audit.AppendAsync(s_failure, s_failure);
        var first = (await RecordsAsync(audit))[0];
        await audit.WithLogAsync(log => log.PurgeAsync(AuditServices.StartTime.AddDays(400)));

        await ExecuteAsync(audit, $"INSERT INTO \"AuditRecords\" (\"Id\", \"OccurredAt\", \"Action\", \"Result\", \"PreviousHash\", \"Hash\") "
            + $"SELECT 1, \"OccurredAt\", '{first.Action}', 'Failed', '{first.PreviousHash}', '{first.Hash}' FROM \"AuditRecords\" WHERE \"Id\" = 3");
        var result = await audit.WithLogAsync(log => log.VerifyAsync());

        Assert.Equal(new AuditChainBreak(1, AuditBreakReason.OutOfOrder, 2), result.Break);
    }

    [Theory]
    [InlineData(185)]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task Retention_below_186_is_rejected(int days)
    {
        await using var audit = await AuditServices.CreateAsync(provider);
        await using var services = AuditServices.Build(audit.Database, audit.Clock, days);
        await using var scope = services.CreateAsyncScope();

        var exception = Assert.Throws<OptionsValidationException>(() => scope.ServiceProvider.GetRequiredService<AuditLog>());

        Assert.Equal(
            $"Zhengwu:Audit:RetentionDays is {days}, but audit records must be kept at least 186 days. Set it to 186 or more.",
            exception.Message);
    }

    private static Task<List<AuditRecord>> RecordsAsync(AuditServices audit) =>
        audit.WithContextAsync(db => db.AuditRecords.AsNoTracking().OrderBy(record => record.Id).ToListAsync());

    private static Task<int> ExecuteAsync(AuditServices audit, string sql) =>
        audit.WithContextAsync(db => db.Database.ExecuteSqlRawAsync(sql));

    /// <summary>Exports the records that occurred from 01:01 to 01:03 (exclusive) on the test's first day.</summary>
    private static async Task<long> ExportAsync(AuditServices audit, ExportFormat format, string path)
    {
        await using var file = File.Create(path);

        return await audit.WithLogAsync(log => log.ExportAsync(
            format,
            AuditServices.StartTime.AddMinutes(1),
            AuditServices.StartTime.AddMinutes(3),
            file));
    }
}

public sealed class SqliteAuditLogTests() : AuditLogTests(DatabaseProvider.Sqlite);

public sealed class PostgresAuditLogTests() : AuditLogTests(DatabaseProvider.Postgres);
