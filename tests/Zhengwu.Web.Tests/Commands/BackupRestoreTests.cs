using System.Formats.Tar;
using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Infrastructure.Backup;
using Zhengwu.Infrastructure.Files;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.TestSupport;
using Zhengwu.Web.Commands;
using Zhengwu.Web.Tests.Staff.Changes;
using Zhengwu.Web.Tests.Staff.PowerList;

namespace Zhengwu.Web.Tests.Commands;

/// <summary>
/// A backup taken while the portal writes restores into an empty database and files folder with every table row and
/// every file byte equal. A non-empty target needs --force. A damaged archive is rejected with the bad part's name.
/// </summary>
public abstract class BackupRestoreTests(DraftPortalFixture portal)
{
    private const string ReviewOffice = "兰州市行政审批制度改革工作领导小组办公室";

    [Fact]
    public async Task Restore_matches_every_table_and_file()
    {
        await AddContentAsync("backup-full", "食品经营许可", "药品零售企业经营许可");
        var archive = Path.Combine(portal.Factory.Database.Folder, "full.zwbak");
        long auditIdAtBackup;
        string backupOutput;
        using (var writer = new AuditWriter(portal))
        {
            await writer.WaitForRecordsAsync(3);
            auditIdAtBackup = await portal.LastAuditIdAsync();
            (var backupExit, backupOutput) = await RunAsync(portal.Factory.Services, "backup", "--output", archive);
            Assert.Equal(0, backupExit);
            await writer.WaitForRecordsAsync(writer.Count + 3);
        }

        var sourceFiles = BackupSnapshot.Files(portal.FilesFolder);
        Assert.Equal($"已备份到 {archive}：{portal.Provider} 数据库和 {sourceFiles.Count} 个文件。\n", backupOutput);
        await using var target = await TestDatabase.CreateAsync(portal.Provider);
        await using var targetServices = Build(target);

        var (exitCode, output) = await RunAsync(targetServices, "restore", "--input", archive);

        Assert.Equal(0, exitCode);
        Assert.Equal($"已从 {archive} 恢复：{portal.Provider} 数据库和 {sourceFiles.Count} 个文件。\n", output);
        await using var source = await OpenSourceAsync();
        await using var restored = await target.OpenContextAsync();
        var restoredAuditId = await restored.AuditRecords.MaxAsync(record => record.Id, TestContext.Current.CancellationToken);
        Assert.True(restoredAuditId >= auditIdAtBackup, $"restored audit #{restoredAuditId}, backup started at #{auditIdAtBackup}");
        Assert.True(await source.AuditRecords.MaxAsync(record => record.Id, TestContext.Current.CancellationToken) > restoredAuditId);
        var tables = BackupSnapshot.Tables(source);
        Assert.Contains("AuditRecords", tables);
        Assert.Contains("DraftAttachments", tables);
        Assert.Contains("ChangeRequests", tables);
        Assert.Contains("DataProtectionKeys", tables);
        foreach (var table in tables)
        {
            // The writer kept appending audit records after the snapshot, so the source has more of them.
            var where = table == "AuditRecords" ? $"\"Id\" <= {restoredAuditId}" : null;
            var expected = await BackupSnapshot.RowsAsync(source, table, where);
            var actual = await BackupSnapshot.RowsAsync(restored, table);
            Assert.True(expected.SequenceEqual(actual), $"table {table}: {expected.Count} rows in the source, {actual.Count} restored");
        }

        Assert.NotEmpty(await restored.PowerItemDrafts.ToListAsync(TestContext.Current.CancellationToken));
        Assert.NotEmpty(await restored.DraftAttachments.ToListAsync(TestContext.Current.CancellationToken));
        Assert.Contains(
            await restored.ChangeRequests.ToListAsync(TestContext.Current.CancellationToken),
            request => request.Status == ChangeStatus.Published);
        var restoredFiles = BackupSnapshot.Files(TargetFilesFolder(target));
        Assert.Equal(sourceFiles.Keys.Order(), restoredFiles.Keys.Order());
        Assert.True(sourceFiles.Count >= 2, $"{sourceFiles.Count} stored files");
        foreach (var (name, bytes) in sourceFiles)
        {
            Assert.Equal(bytes, restoredFiles[name]);
        }

        await using var scope = targetServices.CreateAsyncScope();

        // The portal's start opens the restored database as it opens its own, and finds nothing to migrate.
        var portalContext = scope.ServiceProvider.GetRequiredService<ZhengwuDbContext>();
        Assert.Empty(await portalContext.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        await portalContext.Database.MigrateAsync(TestContext.Current.CancellationToken);
        var verification = await scope.ServiceProvider.GetRequiredService<AuditLog>().VerifyAsync(TestContext.Current.CancellationToken);
        Assert.Null(verification.Break);
        Assert.Equal(restoredAuditId, verification.Last.Id);
    }

    [Fact]
    public async Task Non_empty_target_needs_force()
    {
        var archive = Path.Combine(portal.Factory.Database.Folder, "force.zwbak");
        Assert.Equal(0, (await RunAsync(portal.Factory.Services, "backup", "--output", archive)).ExitCode);
        await using var target = await TestDatabase.CreateAsync(portal.Provider);
        await using var targetServices = Build(target);
        Assert.Equal(0, (await RunAsync(targetServices, "restore", "--input", archive)).ExitCode);
        await using (var db = await target.OpenContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"PowerItemDrafts\"", TestContext.Current.CancellationToken);
        }

        var (refused, refusedOutput) = await RunAsync(targetServices, "restore", "--input", archive);
        await using (var db = await target.OpenContextAsync())
        {
            Assert.Empty(await db.PowerItemDrafts.ToListAsync(TestContext.Current.CancellationToken));
        }

        var (forced, _) = await RunAsync(targetServices, "restore", "--input", archive, "--force");

        Assert.Equal(1, refused);
        Assert.Equal("恢复失败：目标数据库不是空的：恢复会覆盖其中的数据。请换一个空数据库，或加 --force 覆盖。\n", refusedOutput);
        Assert.Equal(0, forced);
        await using var source = await OpenSourceAsync();
        await using var restored = await target.OpenContextAsync();
        Assert.Equal(
            await BackupSnapshot.RowsAsync(source, "PowerItemDrafts"),
            await BackupSnapshot.RowsAsync(restored, "PowerItemDrafts"));
    }

    [Fact]
    public async Task Damaged_part_is_named()
    {
        await AddContentAsync("backup-damaged", "食品生产许可", "特种设备使用登记");
        var archive = Path.Combine(portal.Factory.Database.Folder, "good.zwbak");
        Assert.Equal(0, (await RunAsync(portal.Factory.Services, "backup", "--output", archive)).ExitCode);
        var damaged = Path.Combine(portal.Factory.Database.Folder, "damaged.zwbak");
        var changedPart = await CopyWithOneFileChangedAsync(archive, damaged);
        await using var target = await TestDatabase.CreateAsync(portal.Provider);
        await using var targetServices = Build(target);

        var (exitCode, output) = await RunAsync(targetServices, "restore", "--input", damaged);

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"恢复失败：备份文件的部分 {changedPart} 已损坏：SHA-256 为 ", output, StringComparison.Ordinal);
        await using var db = await target.OpenContextAsync();
        Assert.Empty(await db.PowerItemDrafts.ToListAsync(TestContext.Current.CancellationToken));
        Assert.Empty(BackupSnapshot.Files(TargetFilesFolder(target)));
    }

    [Fact]
    public async Task Truncated_archive_is_rejected()
    {
        var archive = Path.Combine(portal.Factory.Database.Folder, "whole.zwbak");
        Assert.Equal(0, (await RunAsync(portal.Factory.Services, "backup", "--output", archive)).ExitCode);
        var truncated = Path.Combine(portal.Factory.Database.Folder, "truncated.zwbak");
        var bytes = await File.ReadAllBytesAsync(archive, TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(truncated, bytes[..(bytes.Length / 2)], TestContext.Current.CancellationToken);
        await using var target = await TestDatabase.CreateAsync(portal.Provider);
        await using var targetServices = Build(target);

        var (exitCode, output) = await RunAsync(targetServices, "restore", "--input", truncated);

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"恢复失败：备份文件 {truncated} ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Database_without_tables_is_not_backed_up()
    {
        await using var empty = await TestDatabase.CreateAsync(portal.Provider);
        await using var services = Build(empty);
        var archive = Path.Combine(empty.Folder, "empty.zwbak");

        var (exitCode, output) = await RunAsync(services, "backup", "--output", archive);

        Assert.Equal(1, exitCode);
        Assert.Equal("备份失败：数据库中没有任何表：门户还未在此数据库上启动过，或连接设置指向了错误的数据库。请检查设置后再备份。\n", output);
        Assert.False(File.Exists(archive));
        Assert.False(File.Exists(Path.Combine(empty.Folder, DatabaseSettings.SqliteFileName)));
    }

    [Fact]
    public async Task Existing_output_is_not_overwritten()
    {
        var archive = Path.Combine(portal.Factory.Database.Folder, "taken.zwbak");
        await File.WriteAllTextAsync(archive, "keep", TestContext.Current.CancellationToken);

        var (exitCode, output) = await RunAsync(portal.Factory.Services, "backup", "--output", archive);

        Assert.Equal(1, exitCode);
        Assert.Equal($"备份失败：{archive} 已存在：请指定一个新文件名，备份不会覆盖已有文件。\n", output);
        Assert.Equal("keep", await File.ReadAllTextAsync(archive, TestContext.Current.CancellationToken));
    }

    /// <summary>
    /// Adds a draft of <paramref name="openItem"/> with two uploaded files and a suspension request on it waiting for
    /// review, and a published suspension of <paramref name="publishedItem"/>, all through the pages.
    /// </summary>
    private async Task AddContentAsync(string prefix, string openItem, string publishedItem)
    {
        using var officer = await portal.SignInAsync($"{prefix}-officer", StaffRole.ContentOfficer);
        using var lead = await portal.SignInAsync($"{prefix}-lead", StaffRole.DepartmentLead);
        using var reviewer = await portal.SignInAsync($"{prefix}-reviewer", StaffRole.ReviewOfficeReviewer, ReviewOffice);
        var draft = await DraftPages.StartFromItemAsync(officer, await portal.ItemCodeAsync(openItem));
        (await DraftPages.UploadAsync(officer, draft, "依据原文.pdf", Pdf(3_000))).RequireRedirect($"/staff/drafts/{draft}?saved=attachment");
        (await DraftPages.UploadAsync(officer, draft, "流程图.pdf", Pdf(7_001))).RequireRedirect($"/staff/drafts/{draft}?saved=attachment");
        var open = await ChangePages.OpenAsync(officer, draft, ChangeKind.Suspend, ChangeReason.NoCasesForThreeYears);
        (await ChangePages.FireAsync(lead, open, ChangeTrigger.Submit)).RequireRedirect($"/staff/changes/{open}?done=Submit");

        var published = await DraftPages.StartFromItemAsync(officer, await portal.ItemCodeAsync(publishedItem));
        var suspension = await ChangePages.OpenAsync(officer, published, ChangeKind.Suspend, ChangeReason.NoCasesForThreeYears);
        (await ChangePages.FireAsync(lead, suspension, ChangeTrigger.Submit)).RequireRedirect($"/staff/changes/{suspension}?done=Submit");
        (await ChangePages.FireAsync(reviewer, suspension, ChangeTrigger.Approve)).RequireRedirect($"/staff/changes/{suspension}?done=Approve");
    }

    private async Task<ZhengwuDbContext> OpenSourceAsync() => await portal.Factory.Database.OpenContextAsync();

    private static string TargetFilesFolder(TestDatabase target) => Path.Combine(target.Folder, "files");

    /// <summary>Builds the services the restore command needs on an empty target database and files folder.</summary>
    private static ServiceProvider Build(TestDatabase target)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection().Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddSingleton(Options.Create(new FileStoreOptions { Folder = TargetFilesFolder(target) }))
            .AddZhengwuDatabase(_ => new DatabaseSettings(target.Provider, target.ConnectionString))
            .AddScoped<DatabaseBackup>()
            .AddAuditLog();

        return services.BuildServiceProvider();
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(IServiceProvider services, params string[] args)
    {
        var output = new StringWriter();
        var exitCode = await BackupCommand.RunAsync(services, args, output);

        return (exitCode, output.ToString());
    }

    /// <summary>Copies the archive with one uploaded file's last byte changed and the manifest kept; returns that part's name.</summary>
    private static async Task<string> CopyWithOneFileChangedAsync(string archive, string copy)
    {
        string? changed = null;
        await using var input = new GZipStream(File.OpenRead(archive), CompressionMode.Decompress);
        await using var reader = new TarReader(input);
        await using var output = new GZipStream(File.Create(copy), CompressionLevel.Fastest);
        await using var writer = new TarWriter(output, TarEntryFormat.Pax);
        while (await reader.GetNextEntryAsync(copyData: true, TestContext.Current.CancellationToken) is { } entry)
        {
            if (changed is null && entry.Name.StartsWith("files/", StringComparison.Ordinal))
            {
                var bytes = new MemoryStream();
                await entry.DataStream!.CopyToAsync(bytes, TestContext.Current.CancellationToken);
                var content = bytes.ToArray();
                content[^1] ^= 0xFF;
                entry.DataStream = new MemoryStream(content);
                changed = entry.Name;
            }

            await writer.WriteEntryAsync(entry, TestContext.Current.CancellationToken);
        }

        return changed ?? throw new InvalidOperationException("The archive holds no uploaded file.");
    }

    private static byte[] Pdf(int length)
    {
        var content = new byte[length];
        "%PDF-1.7\n"u8.CopyTo(content);
        for (var index = 9; index < length; index++)
        {
            content[index] = (byte)(index * 13 % 251);
        }

        return content;
    }

    /// <summary>Appends audit records through the portal's own audit log until disposed, as a busy portal would.</summary>
    private sealed class AuditWriter : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;
        private int _count;

        public AuditWriter(DraftPortalFixture portal) => _loop = Task.Run(() => RunAsync(portal));

        public int Count => Volatile.Read(ref _count);

        public async Task WaitForRecordsAsync(int count)
        {
            while (Count < count)
            {
                await Task.Delay(20, TestContext.Current.CancellationToken);
            }
        }

        public void Dispose()
        {
            _stop.Cancel();
            _loop.GetAwaiter().GetResult();
            _stop.Dispose();
        }

        private async Task RunAsync(DraftPortalFixture portal)
        {
            while (!_stop.IsCancellationRequested)
            {
                await portal.WithScopeAsync(services => services.GetRequiredService<AuditLog>().AppendAsync(
                    new AuditEntry(AuditActions.AccessDenied, AuditResult.Denied) { AccountName = "backup-writer", ObjectType = "power-item" }));
                Interlocked.Increment(ref _count);
            }
        }
    }
}

public sealed class SqliteBackupRestoreTests(SqliteDraftPortalFixture portal) : BackupRestoreTests(portal), IClassFixture<SqliteDraftPortalFixture>;

public sealed class PostgresBackupRestoreTests(PostgresDraftPortalFixture portal) : BackupRestoreTests(portal), IClassFixture<PostgresDraftPortalFixture>;
