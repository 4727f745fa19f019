namespace Zhengwu.Infrastructure.PowerList.Drafts;

/// <summary>A document attached to a draft, such as the text of a new regulation the change rests on.</summary>
public sealed class DraftAttachment
{
    public Guid Id { get; init; }

    /// <summary>The draft the file is attached to; null once the draft was published and the file kept with its request.</summary>
    public int? DraftId { get; init; }

    /// <summary>The change request that published the draft, which keeps the file as a record of the change.</summary>
    public int? ChangeRequestId { get; set; }

    /// <summary>The name the file was uploaded with, cleaned of folders and control characters.</summary>
    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    /// <summary>The file's generated name in the file store.</summary>
    public required string StoredName { get; init; }

    public long Length { get; init; }

    /// <summary>The SHA-256 of the content in lower-case hex.</summary>
    public required string Sha256 { get; init; }

    public Guid UploadedById { get; init; }

    public required string UploadedByName { get; init; }

    public DateTimeOffset UploadedAt { get; init; }
}
