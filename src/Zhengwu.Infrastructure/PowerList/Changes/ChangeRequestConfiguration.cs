using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhengwu.Domain.DutyList;
using Zhengwu.Domain.Organization;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Domain.PowerList.Drafts;

namespace Zhengwu.Infrastructure.PowerList.Changes;

internal sealed class ChangeRequestConfiguration : IEntityTypeConfiguration<ChangeRequest>
{
    public void Configure(EntityTypeBuilder<ChangeRequest> builder)
    {
        builder.Property(request => request.RegionCode).HasMaxLength(6);
        builder.Property(request => request.Explanation).HasMaxLength(ChangeRequest.MaxExplanationLength);
        builder.Property(request => request.Version).IsConcurrencyToken();
        builder.HasIndex(request => new { request.RegionCode, request.Status });
        builder.HasIndex(request => request.DepartmentId);

        // One open request per draft; a closed request lets go of its draft.
        builder.HasIndex(request => request.DraftId).IsUnique();
        builder.HasOne<Department>().WithMany().HasForeignKey(request => request.DepartmentId);
        builder.HasOne<PowerItem>().WithMany().HasForeignKey(request => request.PowerItemId);
        builder.HasOne<PowerItem>().WithMany().HasForeignKey(request => request.SourceItemId);
        builder.HasOne<PowerItemDraft>().WithMany().HasForeignKey(request => request.DraftId).OnDelete(DeleteBehavior.SetNull);
        builder.OwnsOne(request => request.Elements, owned =>
        {
            owned.ToJson();
            owned.OwnsMany(elements => elements.Responsibilities);
        });
        builder.HasIndex(request => request.DutyListDraftId).IsUnique();
        builder.HasOne<DutyListDraft>().WithMany().HasForeignKey(request => request.DutyListDraftId).OnDelete(DeleteBehavior.SetNull);
        builder.OwnsOne(request => request.DutyElements, owned => DutyList.DutyListConfiguration.OwnElements(owned));
        builder.OwnsMany(request => request.SplitParts, owned =>
        {
            owned.ToJson();
            owned.OwnsMany(elements => elements.Responsibilities);
        });
        builder.OwnsOne(request => request.GovernmentDecision, owned => owned.ToJson());
        builder.OwnsMany(request => request.Steps, owned => owned.ToJson());
        builder.Navigation(request => request.Steps).HasField("_steps");
    }
}
