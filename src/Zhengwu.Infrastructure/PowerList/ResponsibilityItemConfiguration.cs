using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhengwu.Domain.PowerList;

namespace Zhengwu.Infrastructure.PowerList;

internal sealed class ResponsibilityItemConfiguration : IEntityTypeConfiguration<ResponsibilityItem>
{
    public void Configure(EntityTypeBuilder<ResponsibilityItem> builder)
    {
        builder.Property(responsibility => responsibility.Name).HasMaxLength(100);
    }
}
