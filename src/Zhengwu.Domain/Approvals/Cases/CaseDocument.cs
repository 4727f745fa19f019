namespace Zhengwu.Domain.Approvals.Cases;

/// <summary>A result document (结果文书) that staff upload when they conclude a case part, for the applicant to download.</summary>
public sealed class CaseDocument
{
    public Guid Id { get; init; }

    public int CasePartId { get; private set; }

    /// <summary>The name the file was uploaded with, reduced to a safe display name without folders.</summary>
    public required string FileName { get; init; }

    /// <summary>The file's generated name in the file store.</summary>
    public required string StoredName { get; init; }

    public required string ContentType { get; init; }

    public long Length { get; init; }

    /// <summary>The SHA-256 of the content in lower-case hex.</summary>
    public required string Sha256 { get; init; }
}
