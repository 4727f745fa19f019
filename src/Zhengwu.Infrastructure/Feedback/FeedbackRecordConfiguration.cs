using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhengwu.Domain.Feedback;
using Zhengwu.Domain.Organization;
using Zhengwu.Infrastructure.Accounts;

namespace Zhengwu.Infrastructure.Feedback;

internal sealed class FeedbackRecordConfiguration : IEntityTypeConfiguration<FeedbackRecord>
{
    public void Configure(EntityTypeBuilder<FeedbackRecord> builder)
    {
        builder.Property(record => record.Number).HasMaxLength(17);
        builder.Property(record => record.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(record => record.Target).HasConversion<string>().HasMaxLength(16);
        builder.Property(record => record.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(record => record.ItemCode).HasMaxLength(64);
        builder.Property(record => record.ItemName).HasMaxLength(500);
        builder.Property(record => record.DepartmentName).HasMaxLength(200);
        builder.Property(record => record.ProtectedContact).HasMaxLength(500);
        builder.Property(record => record.QueryCodeHash).HasMaxLength(64);
        builder.Property(record => record.IdempotencyKey).HasMaxLength(FeedbackSubmissions.MaxKeyLength);
        builder.Property(record => record.Subject).HasMaxLength(FeedbackRules.MaxSubjectLength);
        builder.Property(record => record.Content).HasMaxLength(FeedbackRules.MaxContentLength);
        builder.Property(record => record.Answer).HasMaxLength(FeedbackRules.MaxAnswerLength);
        builder.Property(record => record.AnsweredByName).HasMaxLength(256);
        builder.Property(record => record.AnsweredByDepartmentName).HasMaxLength(200);
        builder.Property(record => record.PublishedByName).HasMaxLength(256);
        builder.Property(record => record.Version).IsConcurrencyToken();
        builder.Ignore(record => record.IsAnonymous);
        builder.HasIndex(record => record.Number).IsUnique();
        builder.HasIndex(record => record.IdempotencyKey).IsUnique();
        builder.HasIndex(record => new { record.DepartmentId, record.State });
        builder.HasIndex(record => new { record.State, record.ItemCode });
        builder.HasIndex(record => record.AccountId);
        builder.HasOne<Department>().WithMany().HasForeignKey(record => record.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(record => record.AccountId).OnDelete(DeleteBehavior.Restrict);
    }
}
