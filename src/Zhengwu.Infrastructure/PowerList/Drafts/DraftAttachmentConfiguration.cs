using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhengwu.Domain.PowerList.Drafts;

namespace Zhengwu.Infrastructure.PowerList.Drafts;

internal sealed class DraftAttachmentConfiguration : IEntityTypeConfiguration<DraftAttachment>
{
    public void Configure(EntityTypeBuilder<DraftAttachment> builder)
    {
        builder.Property(attachment => attachment.FileName).HasMaxLength(100);
        builder.Property(attachment => attachment.ContentType).HasMaxLength(100);
        builder.Property(attachment => attachment.StoredName).HasMaxLength(64);
        builder.Property(attachment => attachment.Sha256).HasMaxLength(64);
        builder.Property(attachment => attachment.UploadedByName).HasMaxLength(256);
        builder.HasIndex(attachment => attachment.DraftId);
        builder.HasIndex(attachment => attachment.ChangeRequestId);
        builder.HasOne<Domain.PowerList.Changes.ChangeRequest>().WithMany().HasForeignKey(attachment => attachment.ChangeRequestId);
        builder.HasOne<PowerItemDraft>().WithMany().HasForeignKey(attachment => attachment.DraftId).OnDelete(DeleteBehavior.Cascade);
    }
}
