using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Drafts;
using Zhengwu.Infrastructure.PowerList.Drafts;

namespace Zhengwu.Web.Api.BackOffice;

/// <summary>A draft with its elements and attachments, for its department's staff.</summary>
public sealed record StaffDraftDto(
    int Id,
    string? ItemCode,
    int Version,
    string UpdatedBy,
    DateTimeOffset UpdatedAt,
    string Name,
    string Type,
    DraftElements Elements,
    IReadOnlyList<StaffDraftAttachmentDto> Attachments)
{
    public static StaffDraftDto From(PowerItemDraft draft, IReadOnlyList<DraftAttachment> attachments) => new(
        draft.Id,
        draft.ItemCode,
        draft.Version,
        draft.UpdatedByName,
        draft.UpdatedAt,
        draft.Elements.Name,
        draft.Elements.Type.ChineseName(),
        draft.Elements,
        [.. attachments.Select(attachment => new StaffDraftAttachmentDto(
            attachment.Id,
            attachment.FileName,
            attachment.Length,
            attachment.Sha256,
            $"/staff/drafts/{draft.Id}/attachments/{attachment.Id}"))]);
}

/// <summary>An attachment's name, size in bytes, SHA-256 and download path.</summary>
public sealed record StaffDraftAttachmentDto(Guid Id, string FileName, long Length, string Sha256, string DownloadPath);
