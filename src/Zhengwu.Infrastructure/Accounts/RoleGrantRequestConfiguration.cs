using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhengwu.Domain.Accounts;

namespace Zhengwu.Infrastructure.Accounts;

internal sealed class RoleGrantRequestConfiguration : IEntityTypeConfiguration<RoleGrantRequest>
{
    public void Configure(EntityTypeBuilder<RoleGrantRequest> builder)
    {
        // Two security administrators deciding the same request at once: the second save finds the status
        // changed and fails instead of deciding twice.
        builder.Property(request => request.Status).IsConcurrencyToken();
        builder.Property(request => request.RejectionReason).HasMaxLength(RoleGrantRules.MaxReasonLength);
        builder.HasIndex(request => new { request.Status, request.RequestedAt });
        builder.HasIndex(request => request.AccountId);
        builder.HasOne<Account>().WithMany().HasForeignKey(request => request.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(request => request.RequestedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(request => request.DecidedById).OnDelete(DeleteBehavior.Restrict);
    }
}
