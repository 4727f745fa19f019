using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhengwu.Domain.DutyList;
using Zhengwu.Domain.Organization;

namespace Zhengwu.Infrastructure.DutyList;

internal sealed class DutyListConfiguration
    : IEntityTypeConfiguration<DepartmentDutyList>, IEntityTypeConfiguration<DutyListDraft>, IEntityTypeConfiguration<DutyListVersion>
{
    public void Configure(EntityTypeBuilder<DepartmentDutyList> builder)
    {
        builder.ToTable("DutyLists");
        builder.Property(list => list.RegionCode).HasMaxLength(6);
        builder.HasIndex(list => list.DepartmentId).IsUnique();
        builder.HasOne<Department>().WithMany().HasForeignKey(list => list.DepartmentId);
        builder.OwnsOne(list => list.Elements, owned => OwnElements(owned));
    }

    public void Configure(EntityTypeBuilder<DutyListDraft> builder)
    {
        builder.Property(draft => draft.RegionCode).HasMaxLength(6);
        builder.Property(draft => draft.UpdatedByName).HasMaxLength(256);
        builder.Property(draft => draft.Version).IsConcurrencyToken();

        // One draft per department, so two officers of a department always edit the same draft.
        builder.HasIndex(draft => draft.DepartmentId).IsUnique();
        builder.HasOne<Department>().WithMany().HasForeignKey(draft => draft.DepartmentId);
        builder.OwnsOne(draft => draft.Elements, owned => OwnElements(owned));
    }

    public void Configure(EntityTypeBuilder<DutyListVersion> builder)
    {
        builder.Property(version => version.Hash).HasMaxLength(64);
        builder.Property(version => version.ApprovedBy).HasMaxLength(200);
        builder.Property(version => version.PublishedByName).HasMaxLength(256);
        builder.HasIndex(version => new { version.DepartmentId, version.Number }).IsUnique();
        builder.HasOne<Department>().WithMany().HasForeignKey(version => version.DepartmentId);
        builder.OwnsMany(version => version.Fields, owned => owned.ToJson());
    }

    internal static void OwnElements<TOwner>(OwnedNavigationBuilder<TOwner, DutyListElements> owned)
        where TOwner : class
    {
        owned.ToJson();
        owned.OwnsMany(elements => elements.Duties, duty => duty.OwnsMany(item => item.WorkItems));
    }
}
