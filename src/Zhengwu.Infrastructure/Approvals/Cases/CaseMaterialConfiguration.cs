using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhengwu.Domain.Approvals.Cases;

namespace Zhengwu.Infrastructure.Approvals.Cases;

internal sealed class CaseMaterialConfiguration : IEntityTypeConfiguration<CaseMaterial>
{
    public void Configure(EntityTypeBuilder<CaseMaterial> builder)
    {
        builder.ToTable("CaseMaterials");
        builder.Property(material => material.MaterialName).HasMaxLength(1000);
        builder.Property(material => material.FileName).HasMaxLength(100);
        builder.Property(material => material.StoredName).HasMaxLength(64);
        builder.Property(material => material.ContentType).HasMaxLength(100);
        builder.Property(material => material.Sha256).HasMaxLength(64);
        builder.HasIndex(material => material.StoredName).IsUnique();
    }
}
