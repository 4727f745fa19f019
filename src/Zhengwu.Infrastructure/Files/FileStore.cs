using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Zhengwu.Domain.Files;

namespace Zhengwu.Infrastructure.Files;

/// <summary>
/// Keeps uploaded files on disk under generated names, in one folder per month of upload. A file is first written
/// to a temporary name and moved into place only after its size and signature passed, so a rejected or interrupted
/// upload leaves nothing behind. Before a file is kept, <see cref="IMalwareScanner"/> scans it.
/// </summary>
public sealed class FileStore(IOptions<FileStoreOptions> options, TimeProvider clock, IMalwareScanner? scanner = null)
{
    private const int BufferSize = 81920;
    private const string StagingFolder = "staging";

    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.Value.Folder));
    private readonly IMalwareScanner _scanner = scanner ?? new NoMalwareScanner();

    public long MaxFileBytes { get; } = options.Value.MaxFileBytes;

    /// <summary>Checks and stores <paramref name="content"/>; throws <see cref="UploadRejectedException"/> when the rules reject it.</summary>
    public async Task<StoredFile> SaveAsync(string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        var month = clock.GetUtcNow().ToString("yyyyMM", System.Globalization.CultureInfo.InvariantCulture);
        var storedName = $"{month}/{Guid.NewGuid():N}";
        var temporary = Path.Combine(_root, "tmp", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(temporary)!);
        try
        {
            var (length, sha256, header) = await CopyAsync(fileName, content, temporary, cancellationToken);
            if (UploadRules.Check(fileName, length, MaxFileBytes, header) is { } problem)
            {
                throw new UploadRejectedException(problem);
            }

            await ScanAsync(fileName, temporary, cancellationToken);

            var target = PathOf(storedName);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(temporary, target);

            return new StoredFile(storedName, length, sha256);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Checks <paramref name="content"/> and writes it to the staging folder under a name derived from
    /// <paramref name="storedName"/>, which must not contain '_'; throws <see cref="UploadRejectedException"/> when the rules reject it. The file stays in staging
    /// until <see cref="Promote"/> moves it to <paramref name="storedName"/>, so a record that never commits leaves
    /// only staged files, which <see cref="ListStaged"/> finds.
    /// </summary>
    public async Task<StoredFile> StageAsync(
        string storedName,
        string fileName,
        Stream content,
        CancellationToken cancellationToken = default)
    {
        var staged = StagedPathOf(storedName);
        Directory.CreateDirectory(Path.GetDirectoryName(staged)!);
        try
        {
            var (length, sha256, header) = await CopyAsync(fileName, content, staged, cancellationToken);
            if (UploadRules.Check(fileName, length, MaxFileBytes, header) is { } problem)
            {
                throw new UploadRejectedException(problem);
            }

            await ScanAsync(fileName, staged, cancellationToken);

            return new StoredFile(storedName, length, sha256);
        }
        catch
        {
            File.Delete(staged);
            throw;
        }
    }

    /// <summary>Moves a staged file to its place; does nothing when it was moved before.</summary>
    public void Promote(string storedName)
    {
        var staged = StagedPathOf(storedName);
        if (!File.Exists(staged))
        {
            return;
        }

        var target = PathOf(storedName);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(staged, target, overwrite: true);
    }

    public void DeleteStaged(string storedName) => File.Delete(StagedPathOf(storedName));

    /// <summary>Returns the stored names of the files in the staging folder.</summary>
    public IReadOnlyList<string> ListStaged()
    {
        var folder = Path.Combine(_root, StagingFolder);

        return Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder).Select(path => Path.GetFileName(path).Replace('_', '/'))]
            : [];
    }

    /// <summary>Opens a stored file for reading, or returns null when it is missing from the disk.</summary>
    public Stream? OpenRead(string storedName)
    {
        var path = PathOf(storedName);

        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true) : null;
    }

    public void Delete(string storedName) => File.Delete(PathOf(storedName));

    private async Task ScanAsync(string fileName, string path, CancellationToken cancellationToken)
    {
        var name = UploadRules.SafeName(fileName);
        switch (await _scanner.ScanAsync(path, cancellationToken))
        {
            case MalwareScanVerdict.Infected infected:
                throw new UploadRejectedException(
                    $"文件“{name}”未通过病毒扫描（检出 {infected.Signature}），未予保存。请用杀毒软件清除后重新上传。");
            case MalwareScanVerdict.Failed:
                throw new UploadRejectedException(
                    $"文件“{name}”暂时无法完成病毒扫描，未予保存。请稍后重新上传；多次失败请联系政务服务中心。");
        }
    }

    private string StagedPathOf(string storedName) => PathOf(Path.Combine(StagingFolder, storedName.Replace('/', '_')));

    private string PathOf(string storedName)
    {
        var path = Path.GetFullPath(Path.Combine(_root, storedName));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Stored name '{storedName}' points outside the file store.", nameof(storedName));
        }

        return path;
    }

    /// <summary>
    /// Copies the upload to <paramref name="path"/> while hashing it, and stops as soon as it grows past the limit,
    /// so an oversized upload is never written in full.
    /// </summary>
    private async Task<(long Length, string Sha256, byte[] Header)> CopyAsync(
        string fileName,
        Stream content,
        string path,
        CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var header = new List<byte>(UploadRules.HeaderLength);
        var buffer = new byte[BufferSize];
        long length = 0;
        await using (var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
        {
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                length += read;
                if (length > MaxFileBytes)
                {
                    // The message names the whole file's size where the stream knows it, not the part read so far.
                    var size = content.CanSeek ? content.Length : length;

                    throw new UploadRejectedException(UploadRules.Check(fileName, size, MaxFileBytes, [])!);
                }

                header.AddRange(buffer.Take(Math.Min(read, UploadRules.HeaderLength - header.Count)));
                hash.AppendData(buffer, 0, read);
                await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }

        return (length, Convert.ToHexStringLower(hash.GetHashAndReset()), [.. header]);
    }
}
