using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhengwu.Domain.Organization;
using Zhengwu.Domain.PowerList;

namespace Zhengwu.Infrastructure.PowerList;

internal sealed class PowerItemConfiguration : IEntityTypeConfiguration<PowerItem>
{
    public void Configure(EntityTypeBuilder<PowerItem> builder)
    {
        builder.Property(item => item.Code).HasMaxLength(15);
        builder.HasIndex(item => item.Code).IsUnique();
        builder.Property(item => item.NationalCode).HasMaxLength(31);
        builder.Property(item => item.Name).HasMaxLength(300);
        builder.Property(item => item.RegionCode).HasMaxLength(6);
        builder.Property(item => item.ContentHash).HasMaxLength(64);

        // Status and IsClassified complete the index, so the item counts per region, department and type of the
        // public pages are read from the index alone, without a lookup per item.
        builder.HasIndex(item => new { item.RegionCode, item.DepartmentId, item.Type, item.Status, item.IsClassified });

        // A department's list is ordered by type and code: this index returns its pages in that order and computes
        // its counts without reading the item rows. It also serves the department foreign key.
        builder.HasIndex(item => new { item.DepartmentId, item.Type, item.Code, item.Status, item.IsClassified });
        builder.HasOne<Department>().WithMany().HasForeignKey(item => item.DepartmentId);
        builder.HasOne<Region>().WithMany().HasForeignKey(item => item.RegionCode);
        builder.Ignore(item => item.IsPublic);
        builder.HasOne<PowerItem>().WithMany().HasForeignKey(item => item.SourceItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(item => item.SourceItemId);

        builder.OwnsMany(item => item.Agencies, owned => owned.ToJson());
        builder.OwnsMany(item => item.LegalBases, owned => owned.ToJson());
        builder.OwnsMany(item => item.Faqs, owned => owned.ToJson());
        builder.OwnsOne(item => item.StatutoryTimeLimit, owned => owned.ToJson());
        builder.OwnsOne(item => item.PromisedTimeLimit, owned => owned.ToJson());
        builder.OwnsOne(item => item.Fee, owned => owned.ToJson());

        builder.HasMany(item => item.ResponsibilityItems)
            .WithOne()
            .HasForeignKey(responsibility => responsibility.PowerItemId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
