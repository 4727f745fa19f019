namespace Zhengwu.Domain.Files;

/// <summary>
/// Which uploads the portal accepts: documents and images whose content starts with the signature of the format
/// their extension names. HTML, SVG, scripts and executables have no accepted signature, so they are rejected
/// under any name. ZIP-based formats (DOCX, XLSX, OFD, ZIP) share one signature and archives are never unpacked.
/// </summary>
public static class UploadRules
{
    /// <summary>The number of leading bytes the signature check reads.</summary>
    public const int HeaderLength = 8;

    private static readonly byte[] s_zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] s_ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static IReadOnlyList<FileKind> Kinds { get; } =
    [
        new([".pdf"], "application/pdf", "%PDF-"u8.ToArray()),
        new([".ofd"], "application/ofd", s_zip),
        new([".docx"], "application/vnd.openxmlformats-officedocument.wordprocessingml.document", s_zip),
        new([".xlsx"], "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", s_zip),
        new([".doc"], "application/msword", s_ole),
        new([".xls"], "application/vnd.ms-excel", s_ole),
        new([".zip"], "application/zip", s_zip),
        new([".jpg", ".jpeg"], "image/jpeg", [0xFF, 0xD8, 0xFF]),
        new([".png"], "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
    ];

    /// <summary>The accepted extensions as the upload form lists them.</summary>
    public static string AcceptedExtensions { get; } = string.Join("、", Kinds.SelectMany(kind => kind.Extensions));

    /// <summary>Returns the kind an upload's file name claims, or null when its extension is not accepted.</summary>
    public static FileKind? KindOf(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();

        return Kinds.FirstOrDefault(kind => kind.Extensions.Contains(extension));
    }

    /// <summary>
    /// Returns why a file cannot be accepted, in Chinese and naming the file, or null when its name, size and
    /// leading bytes are acceptable.
    /// </summary>
    public static string? Check(string fileName, long length, long maxLength, ReadOnlySpan<byte> header)
    {
        var name = SafeName(fileName);
        if (length == 0)
        {
            return $"文件“{name}”是空文件，请选择有内容的文件。";
        }

        if (length > maxLength)
        {
            return $"文件“{name}”大小为 {Megabytes(length)}，超过上限 {Megabytes(maxLength)}，请压缩或拆分后再上传。";
        }

        var kind = KindOf(name);
        if (kind is null)
        {
            return $"文件“{name}”的类型不被接受：只能上传 {AcceptedExtensions} 文件。";
        }

        return kind.Matches(header)
            ? null
            : $"文件“{name}”的内容与扩展名{Path.GetExtension(name)}不符，可能是改了扩展名的其他文件，请上传原始文件。";
    }

    /// <summary>
    /// Returns the file name without any folder part or control characters, at most 100 characters, for storage
    /// and for the download's Content-Disposition.
    /// </summary>
    public static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        name = new string([.. name.Where(c => !char.IsControl(c) && c is not ('"' or '/' or ':'))]).Trim();
        if (name.Length > 100)
        {
            var extension = Path.GetExtension(name);
            name = string.Concat(name.AsSpan(0, 100 - extension.Length), extension);
        }

        return name.Length == 0 ? "未命名文件" : name;
    }

    private static string Megabytes(long bytes) =>
        (bytes / 1024d / 1024d).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB";
}
