using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhengwu.Domain.PowerList;

namespace Zhengwu.Infrastructure.PowerList;

internal sealed class ItemCodeCounterConfiguration : IEntityTypeConfiguration<ItemCodeCounter>
{
    public void Configure(EntityTypeBuilder<ItemCodeCounter> builder)
    {
        builder.HasKey(counter => new { counter.RegionCode, counter.Type });
        builder.Property(counter => counter.RegionCode).HasMaxLength(6);
        builder.Property(counter => counter.LastSequence).IsConcurrencyToken();
    }
}
