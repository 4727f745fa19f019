using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhengwu.Domain.Organization;

namespace Zhengwu.Infrastructure.Organization;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.HasKey(region => region.Code);
        builder.Property(region => region.Code).HasMaxLength(6);
        builder.Property(region => region.Name).HasMaxLength(50);
        builder.Property(region => region.ParentCode).HasMaxLength(6);
    }
}
