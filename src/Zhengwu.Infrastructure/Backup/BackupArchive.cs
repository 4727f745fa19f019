using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;

namespace Zhengwu.Infrastructure.Backup;

/// <summary>
/// Writes and reads the backup file: a gzip-compressed tar with the database dump under "database/", the uploaded
/// files under "files/" and the manifest as the last entry, written after every part was hashed.
/// </summary>
internal static class BackupArchive
{
    public const string DatabaseFolder = "database/";

    public const string FilesFolder = "files/";

    /// <summary>
    /// Writes the parts and the manifest to <paramref name="output"/>, first under a temporary name, so a failed
    /// backup never leaves a file that looks complete.
    /// </summary>
    public static async Task<IReadOnlyList<BackupPart>> WriteAsync(
        string output,
        IReadOnlyList<(string EntryName, string SourcePath)> sources,
        Func<IReadOnlyList<BackupPart>, BackupManifest> createManifest,
        CancellationToken cancellationToken)
    {
        var partial = output + ".partial";
        var parts = new List<BackupPart>(sources.Count);
        try
        {
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write))
            await using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
            await using (var tar = new TarWriter(gzip, TarEntryFormat.Pax))
            {
                foreach (var (entryName, sourcePath) in sources)
                {
                    parts.Add(await WritePartAsync(tar, entryName, sourcePath, cancellationToken));
                }

                var manifest = new PaxTarEntry(TarEntryType.RegularFile, BackupManifest.EntryName)
                {
                    DataStream = new MemoryStream(createManifest(parts).ToJson()),
                };
                await tar.WriteEntryAsync(manifest, cancellationToken);
            }

            File.Move(partial, output);

            return parts;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>
    /// Extracts every entry into <paramref name="folder"/>, checks each part against the manifest and returns the
    /// manifest. A damaged, missing or unlisted part raises a <see cref="BackupException"/> naming it.
    /// </summary>
    public static async Task<BackupManifest> ExtractAsync(string input, string folder, CancellationToken cancellationToken)
    {
        var extracted = new Dictionary<string, (long Length, string Sha256)>(StringComparer.Ordinal);
        BackupManifest? manifest = null;
        try
        {
            await using var file = new FileStream(input, FileMode.Open, FileAccess.Read);
            await using var gzip = new GZipStream(file, CompressionMode.Decompress);
            await using var tar = new TarReader(gzip);
            while (await tar.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
            {
                if (entry.Name == BackupManifest.EntryName)
                {
                    manifest = BackupManifest.FromJson(entry.DataStream ?? Stream.Null);
                    continue;
                }

                extracted[entry.Name] = await ExtractPartAsync(entry, folder, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is InvalidDataException or EndOfStreamException or FormatException)
        {
            throw new BackupException($"备份文件 {input} 已损坏或不完整：{exception.Message}", exception);
        }

        if (manifest is null)
        {
            throw new BackupException($"备份文件 {input} 缺少 {BackupManifest.EntryName}：文件不完整或不是 Zhengwu 备份。");
        }

        Verify(manifest, extracted);

        return manifest;
    }

    private static void Verify(BackupManifest manifest, Dictionary<string, (long Length, string Sha256)> extracted)
    {
        foreach (var part in manifest.Parts)
        {
            if (!extracted.TryGetValue(part.Path, out var found))
            {
                throw new BackupException($"备份文件缺少部分 {part.Path}，清单中有它：备份不完整，无法恢复。");
            }

            if (found.Length != part.Length || found.Sha256 != part.Sha256)
            {
                throw new BackupException(
                    $"备份文件的部分 {part.Path} 已损坏：SHA-256 为 {found.Sha256}（{found.Length} 字节），"
                    + $"清单记录为 {part.Sha256}（{part.Length} 字节）。请改用另一份备份。");
            }
        }

        var listed = manifest.Parts.Select(part => part.Path).ToHashSet(StringComparer.Ordinal);
        if (extracted.Keys.FirstOrDefault(name => !listed.Contains(name)) is { } unlisted)
        {
            throw new BackupException($"备份文件含有清单中没有的部分 {unlisted}：备份被改动过，无法恢复。");
        }
    }

    private static async Task<BackupPart> WritePartAsync(
        TarWriter tar,
        string entryName,
        string sourcePath,
        CancellationToken cancellationToken)
    {
        // Dumps and uploaded files are never rewritten in place, so the bytes hashed are the bytes archived.
        string sha256;
        long length;
        await using (var source = new FileStream(sourcePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            length = source.Length;
            sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(source, cancellationToken));
        }

        await tar.WriteEntryAsync(sourcePath, entryName, cancellationToken);

        return new BackupPart(entryName, length, sha256);
    }

    private static async Task<(long Length, string Sha256)> ExtractPartAsync(
        TarEntry entry,
        string folder,
        CancellationToken cancellationToken)
    {
        var target = SafePath(folder, entry);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long length = 0;
        await using (var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write))
        {
            var buffer = new byte[81920];
            var data = entry.DataStream ?? Stream.Null;
            int read;
            while ((read = await data.ReadAsync(buffer, cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                length += read;
            }
        }

        return (length, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>Rejects entries that are not plain files under "database/" or "files/", or that leave the folder.</summary>
    private static string SafePath(string folder, TarEntry entry)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        var target = Path.GetFullPath(Path.Combine(root, entry.Name));
        var expected = entry.Name.StartsWith(DatabaseFolder, StringComparison.Ordinal)
            || entry.Name.StartsWith(FilesFolder, StringComparison.Ordinal);
        if (entry.EntryType != TarEntryType.RegularFile || !expected || !target.StartsWith(root, StringComparison.Ordinal))
        {
            throw new BackupException($"备份文件含有不允许的条目 {entry.Name}：备份被改动过，无法恢复。");
        }

        return target;
    }
}
