namespace Zhengwu.Infrastructure.Files;

/// <summary>Where uploaded files are kept and how large one may be.</summary>
public sealed class FileStoreOptions
{
    public const string SectionName = "Zhengwu:Files";

    /// <summary>
    /// The folder of stored files, outside the web root. Empty means the folder "files" in the data folder.
    /// Relative paths are taken from the working directory.
    /// </summary>
    public string Folder { get; set; } = "";

    /// <summary>The largest accepted upload, in bytes.</summary>
    public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;
}
