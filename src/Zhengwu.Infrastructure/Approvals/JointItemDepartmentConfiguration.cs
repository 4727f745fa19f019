using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhengwu.Domain.Approvals;
using Zhengwu.Domain.Organization;
using Zhengwu.Domain.PowerList;

namespace Zhengwu.Infrastructure.Approvals;

internal sealed class JointItemDepartmentConfiguration : IEntityTypeConfiguration<JointItemDepartment>
{
    public void Configure(EntityTypeBuilder<JointItemDepartment> builder)
    {
        builder.ToTable("JointItemDepartments");
        builder.HasIndex(joint => new { joint.PowerItemId, joint.DepartmentId }).IsUnique();
        builder.HasOne<PowerItem>().WithMany().HasForeignKey(joint => joint.PowerItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Department>().WithMany().HasForeignKey(joint => joint.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
