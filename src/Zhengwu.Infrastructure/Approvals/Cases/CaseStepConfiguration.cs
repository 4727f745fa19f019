using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhengwu.Domain.Approvals.Cases;

namespace Zhengwu.Infrastructure.Approvals.Cases;

internal sealed class CaseStepConfiguration : IEntityTypeConfiguration<CaseStep>
{
    public void Configure(EntityTypeBuilder<CaseStep> builder)
    {
        builder.ToTable("CaseSteps");
        builder.Property(step => step.State).HasConversion<string>().HasMaxLength(32);
        builder.Property(step => step.Trigger).HasConversion<string>().HasMaxLength(32);
        builder.Property(step => step.ActorName).HasMaxLength(256);
        builder.Property(step => step.ActorDepartment).HasMaxLength(256);
        builder.Property(step => step.Opinion).HasMaxLength(2000);
    }
}
