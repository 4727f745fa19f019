using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhengwu.Domain.Approvals.Cases;
using Zhengwu.Domain.Organization;

namespace Zhengwu.Infrastructure.Approvals.Cases;

internal sealed class CasePartConfiguration : IEntityTypeConfiguration<CasePart>
{
    public void Configure(EntityTypeBuilder<CasePart> builder)
    {
        builder.ToTable("CaseParts");
        builder.Property(part => part.DepartmentName).HasMaxLength(256);
        builder.Property(part => part.HandlingDivision).HasMaxLength(256);
        builder.Property(part => part.State).HasConversion<string>().HasMaxLength(32);
        builder.Property(part => part.LimitSource).HasConversion<string>().HasMaxLength(16);
        builder.Property(part => part.SpecialProcedure).HasConversion<string>().HasMaxLength(32);
        builder.Property(part => part.Decision).HasConversion<string>().HasMaxLength(16);
        builder.Property(part => part.DenialReason).HasMaxLength(2000);
        builder.HasIndex(part => new { part.CaseId, part.DepartmentId }).IsUnique();
        builder.HasIndex(part => new { part.DepartmentId, part.State });
        builder.HasOne<Department>().WithMany().HasForeignKey(part => part.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(part => part.CorrectionItems, owned => owned.ToJson());
        builder.HasMany(part => part.ClockEvents).WithOne().HasForeignKey(item => item.CasePartId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(part => part.ResultDocuments).WithOne().HasForeignKey(document => document.CasePartId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(part => part.CurrentClock);
    }
}
