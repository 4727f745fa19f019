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
        builder.Property(account => account.IdNumberCipher).HasMaxLength(128);
        builder.Property(account => account.IdNumberHash).HasMaxLength(64);
        builder.Property(account => account.PhoneCipher).HasMaxLength(128);
        builder.Property(account => account.PhoneHash).HasMaxLength(64);
        builder.Property(account => account.CreditCode).HasMaxLength(18);

        // Both providers let a unique index hold many nulls, so staff accounts without these values do not collide.
        builder.HasIndex(account => account.IdNumberHash).IsUnique();
        builder.HasIndex(account => account.PhoneHash).IsUnique();
        builder.HasIndex(account => account.CreditCode).IsUnique();
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
