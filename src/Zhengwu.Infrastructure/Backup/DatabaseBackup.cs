using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zhengwu.Infrastructure.Files;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Backup;

/// <summary>
/// Backs up and restores the database and the uploaded files as one archive. A backup runs while the portal
/// serves requests: the database is dumped first and the files copied after. Stored files are written before the
/// rows that name them and never changed, so every file the dump names is in the archive unless it was deleted in
/// between. A restore runs with the portal stopped.
/// </summary>
public sealed class DatabaseBackup(
    ZhengwuDbContext db,
    DatabaseSettings settings,
    IOptions<FileStoreOptions> fileStore,
    TimeProvider clock)
{
    private readonly string _filesRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(fileStore.Value.Folder));

    /// <summary>Writes the archive to <paramref name="output"/>, which must not exist yet.</summary>
    public async Task<BackupManifest> CreateAsync(string output, CancellationToken cancellationToken = default)
    {
        output = Path.GetFullPath(output);
        if (File.Exists(output))
        {
            throw new BackupException($"{output} 已存在：请指定一个新文件名，备份不会覆盖已有文件。");
        }

        var dump = DumpFor(settings);
        if (await dump.IsEmptyAsync(cancellationToken))
        {
            throw new BackupException(
                "数据库中没有任何表：门户还未在此数据库上启动过，或连接设置指向了错误的数据库。请检查设置后再备份。");
        }

        var staging = Directory.CreateTempSubdirectory("zhengwu-backup-").FullName;
        try
        {
            var dumpPath = Path.Combine(staging, dump.FileName);
            await dump.DumpAsync(dumpPath, cancellationToken);
            var lastMigration = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).LastOrDefault();
            List<(string, string)> sources = [(BackupArchive.DatabaseFolder + dump.FileName, dumpPath), .. StoredFiles()];
            BackupManifest? manifest = null;
            await BackupArchive.WriteAsync(
                output,
                sources,
                parts => manifest = new BackupManifest(
                    BackupManifest.CurrentFormat, clock.GetUtcNow(), settings.Provider, lastMigration, parts),
                cancellationToken);

            return manifest!;
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>
    /// Checks the archive at <paramref name="input"/> and restores it. Without <paramref name="force"/>, a database
    /// with tables or a files folder with files is left alone and reported. The files are unpacked beside the files
    /// folder and moved into place only after the database was restored, so a failure leaves the old files.
    /// </summary>
    public async Task<BackupManifest> RestoreAsync(string input, bool force, CancellationToken cancellationToken = default)
    {
        input = Path.GetFullPath(input);
        if (!File.Exists(input))
        {
            throw new BackupException($"找不到备份文件 {input}。");
        }

        var parent = Path.GetDirectoryName(_filesRoot)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".zhengwu-restore-{Guid.NewGuid():N}");
        try
        {
            var manifest = await BackupArchive.ExtractAsync(input, staging, cancellationToken);
            var dump = DumpFor(settings);
            await CheckTargetAsync(manifest, dump, force, cancellationToken);
            await dump.RestoreAsync(Path.Combine(staging, "database", dump.FileName), force, cancellationToken);
            ReplaceFiles(Path.Combine(staging, "files"));

            return manifest;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private async Task CheckTargetAsync(BackupManifest manifest, IDatabaseDump dump, bool force, CancellationToken cancellationToken)
    {
        if (manifest.Provider != settings.Provider)
        {
            throw new BackupException(
                $"备份来自 {manifest.Provider} 数据库，而当前配置的是 {settings.Provider}：请在相同类型的数据库上恢复。");
        }

        if (manifest.Parts.All(part => part.Path != BackupArchive.DatabaseFolder + dump.FileName))
        {
            throw new BackupException($"备份文件缺少数据库部分 {BackupArchive.DatabaseFolder}{dump.FileName}。");
        }

        if (force)
        {
            return;
        }

        if (!await dump.IsEmptyAsync(cancellationToken))
        {
            throw new BackupException("目标数据库不是空的：恢复会覆盖其中的数据。请换一个空数据库，或加 --force 覆盖。");
        }

        if (StoredFiles().Any())
        {
            throw new BackupException($"文件目录 {_filesRoot} 中已有文件：恢复会替换它们。请换一个空目录，或加 --force 替换。");
        }
    }

    /// <summary>Moves the unpacked files into place and removes the folder they replace.</summary>
    private void ReplaceFiles(string restored)
    {
        Directory.CreateDirectory(restored);
        var replaced = $"{_filesRoot}.replaced-{Guid.NewGuid():N}";
        if (Directory.Exists(_filesRoot))
        {
            Directory.Move(_filesRoot, replaced);
        }

        Directory.Move(restored, _filesRoot);
        if (Directory.Exists(replaced))
        {
            Directory.Delete(replaced, recursive: true);
        }
    }

    /// <summary>Lists the stored files, leaving out uploads still being written under "tmp/" and hidden probe files.</summary>
    private IEnumerable<(string EntryName, string Path)> StoredFiles()
    {
        if (!Directory.Exists(_filesRoot))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(_filesRoot, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(_filesRoot, path).Replace(Path.DirectorySeparatorChar, '/');
            if (!relative.StartsWith("tmp/", StringComparison.Ordinal) && !Path.GetFileName(relative).StartsWith('.'))
            {
                yield return (BackupArchive.FilesFolder + relative, path);
            }
        }
    }

    private static IDatabaseDump DumpFor(DatabaseSettings settings) => settings.Provider == DatabaseProvider.Postgres
        ? new PostgresDatabaseDump(settings.ConnectionString)
        : new SqliteDatabaseDump(settings.ConnectionString);
}
