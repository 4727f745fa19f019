using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhengwu.Domain.Audit;

namespace Zhengwu.Infrastructure.Audit;

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.ToTable("AuditRecords");
        builder.HasKey(record => record.Id);

        // The Id is the record's position in the hash chain, assigned by the audit log under its write lock.
        builder.Property(record => record.Id).ValueGeneratedNever();

        // Stored as a UTC DateTime, because SQLite cannot compare or sort DateTimeOffset values in queries and
        // the retention purge and export select records by time.
        builder.Property(record => record.OccurredAt).HasConversion(
            time => time.UtcDateTime,
            stored => new DateTimeOffset(DateTime.SpecifyKind(stored, DateTimeKind.Utc)));
        builder.HasIndex(record => record.OccurredAt);

        builder.Property(record => record.AccountId).HasMaxLength(AuditRecord.MaxAccountIdLength);
        builder.Property(record => record.AccountName).HasMaxLength(AuditRecord.MaxAccountNameLength);
        builder.Property(record => record.Role).HasMaxLength(AuditRecord.MaxRoleLength);
        builder.Property(record => record.Action).HasMaxLength(AuditRecord.MaxActionLength);
        builder.Property(record => record.ObjectType).HasMaxLength(AuditRecord.MaxObjectTypeLength);
        builder.Property(record => record.ObjectId).HasMaxLength(AuditRecord.MaxObjectIdLength);
        builder.Property(record => record.Result).HasConversion<string>().HasMaxLength(16);
        builder.Property(record => record.ClientAddress).HasMaxLength(AuditRecord.MaxClientAddressLength);
        builder.Property(record => record.Detail).HasMaxLength(AuditRecord.MaxDetailLength);
        builder.Property(record => record.PreviousHash).HasMaxLength(AuditRecord.HashLength).IsFixedLength();
        builder.Property(record => record.Hash).HasMaxLength(AuditRecord.HashLength).IsFixedLength();
    }
}
