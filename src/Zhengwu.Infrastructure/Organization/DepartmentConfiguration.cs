using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhengwu.Domain.Organization;

namespace Zhengwu.Infrastructure.Organization;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.Property(department => department.RegionCode).HasMaxLength(6);
        builder.Property(department => department.Name).HasMaxLength(100);
        builder.Property(department => department.ShortName).HasMaxLength(50);
        builder.Property(department => department.Note).HasMaxLength(500);
        builder.HasIndex(department => new { department.RegionCode, department.Name }).IsUnique();
        builder.HasOne<Region>().WithMany().HasForeignKey(department => department.RegionCode);
    }
}
