using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhengwu.Domain.Organization;

namespace Zhengwu.Infrastructure.Accounts;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.Property(account => account.DisplayName).HasMaxLength(50);
        builder.Property(account => account.RegionCode).HasMaxLength(6);
        builder.HasOne<Department>().WithMany().HasForeignKey(account => account.DepartmentId);
        builder.Ignore(account => account.IsStaff);
    }
}

internal sealed class PasswordHistoryEntryConfiguration : IEntityTypeConfiguration<PasswordHistoryEntry>
{
    public void Configure(EntityTypeBuilder<PasswordHistoryEntry> builder)
    {
        builder.HasIndex(entry => new { entry.AccountId, entry.CreatedAt });
        builder.HasOne<Account>().WithMany().HasForeignKey(entry => entry.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
