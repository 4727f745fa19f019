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

        // Ranking reads the weights of an item's query bigrams. With the weight in the index, both providers read
        // them from the index alone, without a lookup per row.
        builder.HasIndex(term => new { term.PowerItemId, term.Gram, term.Weight });
        builder.HasOne<PowerItem>().WithMany().HasForeignKey(term => term.PowerItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
