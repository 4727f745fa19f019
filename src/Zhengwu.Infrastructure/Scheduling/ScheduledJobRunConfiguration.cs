using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zhengwu.Infrastructure.Scheduling;

internal sealed class ScheduledJobRunConfiguration : IEntityTypeConfiguration<ScheduledJobRun>
{
    public void Configure(EntityTypeBuilder<ScheduledJobRun> builder)
    {
        builder.HasKey(run => run.Id);
        builder.Property(run => run.JobName).HasMaxLength(ScheduledJobRun.NameLength);
        builder.Property(run => run.InstanceId).HasMaxLength(ScheduledJobRun.InstanceLength);
        builder.Property(run => run.FireId).HasMaxLength(ScheduledJobRun.InstanceLength);
        builder.Property(run => run.Summary).HasMaxLength(ScheduledJobRun.SummaryLength);

        builder.HasIndex(run => run.FireId).IsUnique();
        builder.HasIndex(run => new { run.JobName, run.ScheduledAt });
    }
}
