using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhengwu.Domain.Approvals.Cases;

namespace Zhengwu.Infrastructure.Approvals.Cases;

internal sealed class CaseClockEventConfiguration : IEntityTypeConfiguration<CaseClockEvent>
{
    public void Configure(EntityTypeBuilder<CaseClockEvent> builder)
    {
        builder.ToTable("CaseClockEvents");
        builder.Property(item => item.Clock).HasConversion<string>().HasMaxLength(16);
        builder.Property(item => item.Kind).HasConversion<string>().HasMaxLength(16);
    }
}
