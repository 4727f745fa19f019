using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhengwu.Domain.PowerList;

namespace Zhengwu.Infrastructure.PowerList;

internal sealed class PowerItemSearchTermConfiguration : IEntityTypeConfiguration<PowerItemSearchTerm>
{
    public void Configure(EntityTypeBuilder<PowerItemSearchTerm> builder)
    {
        builder.HasKey(term => new { term.Gram, term.PowerItemId });
        builder.Property(term => term.Gram).HasMaxLength(2);
        builder.HasIndex(term => term.PowerItemId);
        builder.HasOne<PowerItem>().WithMany().HasForeignKey(term => term.PowerItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
