using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zhengwu.Infrastructure.Persistence;

internal sealed class DatasetMarkerConfiguration : IEntityTypeConfiguration<DatasetMarker>
{
    public void Configure(EntityTypeBuilder<DatasetMarker> builder)
    {
        builder.HasKey(marker => marker.Name);
        builder.Property(marker => marker.Name).HasMaxLength(100);
    }
}
