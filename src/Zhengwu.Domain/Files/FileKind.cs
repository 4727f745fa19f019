namespace Zhengwu.Domain.Files;

/// <summary>An accepted upload format: its extensions, its MIME type and the bytes every such file starts with.</summary>
/// <param name="Extensions">Lower-case extensions with the dot, e.g. ".pdf".</param>
/// <param name="ContentType">The MIME type downloads are served with.</param>
/// <param name="Signature">The leading bytes that identify the format.</param>
public sealed record FileKind(string[] Extensions, string ContentType, byte[] Signature)
{
    public bool Matches(ReadOnlySpan<byte> header) => header.StartsWith(Signature);
}
