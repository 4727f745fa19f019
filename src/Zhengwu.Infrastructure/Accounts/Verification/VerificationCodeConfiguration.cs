using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Zhengwu.Infrastructure.Accounts.Verification;

internal sealed class VerificationCodeConfiguration : IEntityTypeConfiguration<VerificationCode>
{
    private static readonly ValueConverter<DateTimeOffset, DateTime> s_utc = new(
        time => time.UtcDateTime,
        stored => new DateTimeOffset(DateTime.SpecifyKind(stored, DateTimeKind.Utc)));

    public void Configure(EntityTypeBuilder<VerificationCode> builder)
    {
        builder.Property(code => code.AddressHash).HasMaxLength(64);
        builder.Property(code => code.Purpose).HasMaxLength(32);
        builder.Property(code => code.CodeHash).HasMaxLength(64);
        builder.HasIndex(code => new { code.AddressHash, code.Purpose, code.CreatedAt });

        // Stored as UTC DateTime values, because SQLite cannot compare or sort DateTimeOffset values in queries.
        builder.Property(code => code.CreatedAt).HasConversion(s_utc);
        builder.Property(code => code.ExpiresAt).HasConversion(s_utc);
        builder.Property(code => code.UsedAt).HasConversion(s_utc);
    }
}
