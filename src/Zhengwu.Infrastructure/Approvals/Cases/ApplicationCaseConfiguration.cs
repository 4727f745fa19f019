using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhengwu.Domain.Approvals.Cases;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Accounts;

namespace Zhengwu.Infrastructure.Approvals.Cases;

internal sealed class ApplicationCaseConfiguration : IEntityTypeConfiguration<ApplicationCase>
{
    public void Configure(EntityTypeBuilder<ApplicationCase> builder)
    {
        builder.Property(@case => @case.Number).HasMaxLength(24);
        builder.Property(@case => @case.ItemCode).HasMaxLength(64);
        builder.Property(@case => @case.ItemName).HasMaxLength(500);
        builder.Property(@case => @case.IdempotencyKey).HasMaxLength(CaseFilings.MaxKeyLength);
        builder.Property(@case => @case.State).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(@case => @case.Number).IsUnique();
        builder.HasIndex(@case => new { @case.ApplicantId, @case.IdempotencyKey }).IsUnique();
        builder.HasOne<PowerItem>().WithMany().HasForeignKey(@case => @case.PowerItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(@case => @case.ApplicantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(@case => @case.Steps).WithOne().HasForeignKey(step => step.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(@case => @case.Version).IsConcurrencyToken();
        builder.HasMany(@case => @case.Parts).WithOne().HasForeignKey(part => part.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(@case => @case.Materials).WithOne().HasForeignKey(material => material.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
