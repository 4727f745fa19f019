using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhengwu.Domain.Organization;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Drafts;

namespace Zhengwu.Infrastructure.PowerList.Drafts;

internal sealed class PowerItemDraftConfiguration : IEntityTypeConfiguration<PowerItemDraft>
{
    public void Configure(EntityTypeBuilder<PowerItemDraft> builder)
    {
        builder.Property(draft => draft.RegionCode).HasMaxLength(6);
        builder.Property(draft => draft.ItemCode).HasMaxLength(15);
        builder.Property(draft => draft.SourceItemCode).HasMaxLength(15);
        builder.Property(draft => draft.CreatedByName).HasMaxLength(256);
        builder.Property(draft => draft.UpdatedByName).HasMaxLength(256);
        builder.Property(draft => draft.Version).IsConcurrencyToken();
        builder.HasIndex(draft => draft.DepartmentId);

        // One open draft per published item; drafts of new items have no item and are not limited.
        builder.HasIndex(draft => draft.PowerItemId).IsUnique();
        builder.HasOne<Department>().WithMany().HasForeignKey(draft => draft.DepartmentId);
        builder.HasOne<PowerItem>().WithMany().HasForeignKey(draft => draft.PowerItemId);

        // One open take-over draft per county department and city item; other drafts have no source item.
        builder.HasIndex(draft => new { draft.DepartmentId, draft.SourceItemId }).IsUnique();
        builder.HasOne<PowerItem>().WithMany().HasForeignKey(draft => draft.SourceItemId);
        builder.OwnsOne(draft => draft.Elements, owned =>
        {
            owned.ToJson();
            owned.OwnsMany(elements => elements.Responsibilities);
        });
    }
}
