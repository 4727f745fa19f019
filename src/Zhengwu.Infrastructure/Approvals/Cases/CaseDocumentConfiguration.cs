using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhengwu.Domain.Approvals.Cases;

namespace Zhengwu.Infrastructure.Approvals.Cases;

internal sealed class CaseDocumentConfiguration : IEntityTypeConfiguration<CaseDocument>
{
    public void Configure(EntityTypeBuilder<CaseDocument> builder)
    {
        builder.ToTable("CaseDocuments");
        builder.Property(document => document.FileName).HasMaxLength(100);
        builder.Property(document => document.StoredName).HasMaxLength(64);
        builder.Property(document => document.ContentType).HasMaxLength(100);
        builder.Property(document => document.Sha256).HasMaxLength(64);
        builder.HasIndex(document => document.StoredName).IsUnique();
    }
}
