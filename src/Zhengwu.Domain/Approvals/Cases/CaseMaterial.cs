namespace Zhengwu.Domain.Approvals.Cases;

/// <summary>One uploaded file of a case and the material of the item's materials list it was uploaded for.</summary>
public sealed class CaseMaterial
{
    public Guid Id { get; init; }

    public int CaseId { get; private set; }

    /// <summary>The material's position in the item's materials list at filing, from 0, which orders the files.</summary>
    public int MaterialIndex { get; init; }

    public required string MaterialName { get; init; }

    /// <summary>The name the file was uploaded with, reduced to a safe display name without folders.</summary>
    public required string FileName { get; init; }

    /// <summary>The file's generated name in the file store.</summary>
    public required string StoredName { get; init; }

    public required string ContentType { get; init; }

    public long Length { get; init; }

    /// <summary>The SHA-256 of the content in lower-case hex.</summary>
    public required string Sha256 { get; init; }
}
