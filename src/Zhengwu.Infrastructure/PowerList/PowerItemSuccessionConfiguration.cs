using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Domain.PowerList.Lineage;

namespace Zhengwu.Infrastructure.PowerList;

internal sealed class PowerItemSuccessionConfiguration : IEntityTypeConfiguration<PowerItemSuccession>
{
    public void Configure(EntityTypeBuilder<PowerItemSuccession> builder)
    {
        // The portal has no path that deletes an item, and Restrict keeps a succession row from losing either end.
        builder.HasOne<PowerItem>().WithMany().HasForeignKey(succession => succession.PredecessorItemId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PowerItem>().WithMany().HasForeignKey(succession => succession.SuccessorItemId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ChangeRequest>().WithMany().HasForeignKey(succession => succession.ChangeRequestId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(succession => new { succession.PredecessorItemId, succession.SuccessorItemId }).IsUnique();
        builder.HasIndex(succession => succession.SuccessorItemId);
    }
}
