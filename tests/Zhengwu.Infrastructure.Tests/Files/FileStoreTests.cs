using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Zhengwu.Infrastructure.Files;

namespace Zhengwu.Infrastructure.Tests.Files;

/// <summary>
/// The file store writes accepted uploads under generated names in a folder per month of the configured folder,
/// reports their SHA-256, leaves nothing behind for a rejected or interrupted upload, and refuses stored names
/// that point outside its folder.
/// </summary>
public sealed class FileStoreTests : IDisposable
{
    private const int Limit = 64 * 1024;

    private static readonly DateTimeOffset s_now = new(2026, 3, 14, 23, 30, 0, TimeSpan.Zero);

    private readonly string _parent = Directory.CreateTempSubdirectory("zhengwu-files-").FullName;

    private string Root => Path.Combine(_parent, "store");

    [Fact]
    public async Task Accepted_file_is_written_under_a_generated_name_in_the_month_folder()
    {
        var store = Store();
        var content = Pdf(5000);

        var stored = await SaveAsync(store, "../../依据 原件.pdf", content);

        Assert.Matches("^202603/[0-9a-f]{32}$", stored.StoredName);
        Assert.DoesNotContain("依据", stored.StoredName, StringComparison.Ordinal);
        var path = Path.Combine(Root, "202603", Path.GetFileName(stored.StoredName));
        Assert.Equal(content, await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken));
        Assert.Equal([path], StoredFiles());
        Assert.Equal(content.Length, stored.Length);
    }

    [Fact]
    public async Task Sha256_matches_the_content()
    {
        var content = Pdf(200_000 / 4);
        var store = Store(maxBytes: 1024 * 1024);

        var stored = await SaveAsync(store, "依据.pdf", content);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), stored.Sha256);
        Assert.Equal(64, stored.Sha256.Length);
    }

    [Fact]
    public async Task Large_file_read_in_small_chunks_keeps_its_hash_and_header()
    {
        // A stream that returns a few bytes per read splits the signature over several reads.
        var content = Pdf(Limit);
        var store = Store();

        var stored = await store.SaveAsync("依据.pdf", new TrickleStream(content, 3), TestContext.Current.CancellationToken);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), stored.Sha256);
        await using var read = store.OpenRead(stored.StoredName)!;
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy, TestContext.Current.CancellationToken);
        Assert.Equal(content, copy.ToArray());
    }

    [Fact]
    public async Task Two_uploads_of_one_name_get_two_files()
    {
        var store = Store();

        var first = await SaveAsync(store, "依据.pdf", Pdf(100));
        var second = await SaveAsync(store, "依据.pdf", Pdf(200));

        Assert.NotEqual(first.StoredName, second.StoredName);
        Assert.Equal(2, StoredFiles().Count);
    }

    [Fact]
    public async Task File_at_the_limit_is_accepted()
    {
        var stored = await SaveAsync(Store(), "依据.pdf", Pdf(Limit));

        Assert.Equal(Limit, stored.Length);
    }

    [Fact]
    public async Task Too_large_file_leaves_nothing_behind()
    {
        var store = Store();

        var rejected = await Assert.ThrowsAsync<UploadRejectedException>(() => SaveAsync(store, "扫描件.pdf", Pdf(Limit + 1)));

        Assert.StartsWith("文件“扫描件.pdf”大小为", rejected.Message, StringComparison.Ordinal);
        Assert.Contains("超过上限", rejected.Message, StringComparison.Ordinal);
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task Too_large_file_message_names_the_whole_size()
    {
        var store = Store(maxBytes: 1024 * 1024);

        var rejected = await Assert.ThrowsAsync<UploadRejectedException>(() => SaveAsync(store, "扫描件.pdf", Pdf(3 * 1024 * 1024)));

        Assert.Equal("文件“扫描件.pdf”大小为 3 MB，超过上限 1 MB，请压缩或拆分后再上传。", rejected.Message);
    }

    [Fact]
    public async Task Much_too_large_file_is_not_read_to_the_end()
    {
        var content = new MemoryStream(Pdf(Limit * 10));

        await Assert.ThrowsAsync<UploadRejectedException>(() => Store().SaveAsync("扫描件.pdf", content, TestContext.Current.CancellationToken));

        Assert.True(content.Position < Limit * 2, $"read {content.Position} bytes");
        Assert.Empty(StoredFiles());
    }

    [Theory]
    [InlineData("依据.pdf", "<!DOCTYPE html><html><script>alert(1)</script></html>")]
    [InlineData("图标.png", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")]
    [InlineData("说明.html", "%PDF-1.7 but named html")]
    public async Task Bad_signature_leaves_nothing_behind(string fileName, string text)
    {
        var store = Store();

        var rejected = await Assert.ThrowsAsync<UploadRejectedException>(() => SaveAsync(store, fileName, Encoding.UTF8.GetBytes(text)));

        Assert.Contains($"文件“{fileName}”", rejected.Message, StringComparison.Ordinal);
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task Empty_file_leaves_nothing_behind()
    {
        var rejected = await Assert.ThrowsAsync<UploadRejectedException>(() => SaveAsync(Store(), "依据.pdf", []));

        Assert.Equal("文件“依据.pdf”是空文件，请选择有内容的文件。", rejected.Message);
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task Interrupted_upload_leaves_nothing_behind()
    {
        var content = new FailingStream(Pdf(10_000), failAfter: 4096);

        await Assert.ThrowsAsync<IOException>(() => Store().SaveAsync("依据.pdf", content, TestContext.Current.CancellationToken));

        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task Stored_file_opens_and_deletes()
    {
        var store = Store();
        var stored = await SaveAsync(store, "依据.pdf", Pdf(100));

        await using (var read = store.OpenRead(stored.StoredName))
        {
            Assert.NotNull(read);
        }

        store.Delete(stored.StoredName);

        Assert.Null(store.OpenRead(stored.StoredName));
        Assert.Empty(StoredFiles());
        store.Delete(stored.StoredName);
    }

    [Theory]
    [InlineData("../secret.txt")]
    [InlineData("../store-other/secret.txt")]
    [InlineData("202603/../../secret.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("")]
    [InlineData(".")]
    public void Stored_name_outside_the_store_is_refused(string storedName)
    {
        var store = Store();
        var secret = Path.Combine(_parent, "secret.txt");
        File.WriteAllText(secret, "secret");
        Directory.CreateDirectory(Path.Combine(_parent, "store-other"));
        File.WriteAllText(Path.Combine(_parent, "store-other", "secret.txt"), "secret");

        Assert.Throws<ArgumentException>(() => store.OpenRead(storedName));
        Assert.Throws<ArgumentException>(() => store.Delete(storedName));
        Assert.True(File.Exists(secret));
        Assert.True(File.Exists(Path.Combine(_parent, "store-other", "secret.txt")));
    }

    [Fact]
    public async Task Folder_with_trailing_separator_works()
    {
        var store = new FileStore(
            Options.Create(new FileStoreOptions { Folder = Root + Path.DirectorySeparatorChar, MaxFileBytes = Limit }),
            new FixedClock(s_now));

        var stored = await SaveAsync(store, "依据.pdf", Pdf(100));

        await using var read = store.OpenRead(stored.StoredName);
        Assert.NotNull(read);
    }

    [Fact]
    public async Task Relative_folder_is_taken_from_the_working_directory()
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Root);
        var store = new FileStore(Options.Create(new FileStoreOptions { Folder = relative, MaxFileBytes = Limit }), new FixedClock(s_now));

        var stored = await SaveAsync(store, "依据.pdf", Pdf(100));

        Assert.True(File.Exists(Path.Combine(Root, stored.StoredName)));
    }

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    private FileStore Store(long maxBytes = Limit) =>
        new(Options.Create(new FileStoreOptions { Folder = Root, MaxFileBytes = maxBytes }), new FixedClock(s_now));

    private static async Task<StoredFile> SaveAsync(FileStore store, string fileName, byte[] content)
    {
        using var stream = new MemoryStream(content);

        return await store.SaveAsync(fileName, stream, TestContext.Current.CancellationToken);
    }

    /// <summary>Returns every file under the store's folder, temporary ones included.</summary>
    private List<string> StoredFiles() =>
        Directory.Exists(Root) ? [.. Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)] : [];

    private static byte[] Pdf(int length)
    {
        var content = new byte[length];
        "%PDF-1.7\n"u8.CopyTo(content);
        for (var index = 9; index < length; index++)
        {
            content[index] = (byte)('a' + (index % 26));
        }

        return content;
    }

    /// <summary>A stream that returns at most a few bytes per read.</summary>
    private sealed class TrickleStream(byte[] content, int chunk) : MemoryStream(content)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
    }

    /// <summary>A stream that breaks off, as a dropped connection would, after some bytes.</summary>
    private sealed class FailingStream(byte[] content, int failAfter) : MemoryStream(content)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Position >= failAfter
                ? ValueTask.FromException<int>(new IOException("The connection was reset."))
                : base.ReadAsync(buffer[..Math.Min(buffer.Length, failAfter - (int)Position)], cancellationToken);
    }
}
