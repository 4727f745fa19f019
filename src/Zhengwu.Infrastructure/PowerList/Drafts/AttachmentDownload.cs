namespace Zhengwu.Infrastructure.PowerList.Drafts;

/// <summary>An attachment opened for download; the caller disposes <see cref="Content"/>.</summary>
public sealed record AttachmentDownload(DraftAttachment Attachment, Stream Content);
