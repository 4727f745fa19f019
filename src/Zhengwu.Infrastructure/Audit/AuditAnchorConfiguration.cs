using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhengwu.Domain.Audit;

namespace Zhengwu.Infrastructure.Audit;

internal sealed class AuditAnchorConfiguration : IEntityTypeConfiguration<AuditAnchor>
{
    public void Configure(EntityTypeBuilder<AuditAnchor> builder)
    {
        builder.ToTable("AuditAnchors");
        builder.HasKey(anchor => anchor.LastPurgedId);
        builder.Property(anchor => anchor.LastPurgedId).ValueGeneratedNever();
        builder.Property(anchor => anchor.LastPurgedHash).HasMaxLength(AuditRecord.HashLength).IsFixedLength();
    }
}
