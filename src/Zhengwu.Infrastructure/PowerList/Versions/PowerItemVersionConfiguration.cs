using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Versions;

namespace Zhengwu.Infrastructure.PowerList.Versions;

internal sealed class PowerItemVersionConfiguration : IEntityTypeConfiguration<PowerItemVersion>
{
    public void Configure(EntityTypeBuilder<PowerItemVersion> builder)
    {
        builder.Property(version => version.ItemCode).HasMaxLength(15);
        builder.Property(version => version.Hash).HasMaxLength(64);
        builder.Property(version => version.ApprovedBy).HasMaxLength(200);
        builder.Property(version => version.PublishedByName).HasMaxLength(256);
        builder.HasIndex(version => new { version.PowerItemId, version.Number }).IsUnique();
        builder.HasIndex(version => version.ChangeRequestId);
        builder.HasOne<PowerItem>().WithMany().HasForeignKey(version => version.PowerItemId);
        builder.OwnsMany(version => version.Fields, owned => owned.ToJson());
        builder.OwnsOne(version => version.GovernmentDecision, owned => owned.ToJson());
    }
}
