using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.DutyList;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.DutyList;

/// <summary>
/// Takes the duty-list snapshot a submission carries and publishes an approved duty-list request: the department's
/// current duty list and its next immutable version. Runs inside the caller's transaction, which commits it.
/// </summary>
public sealed class DutyListPublisher(ZhengwuDbContext db)
{
    /// <summary>Copies the department's draft into the request, so reviewers and the version see what was submitted.</summary>
    public async Task TakeSnapshotAsync(ChangeRequest request, CancellationToken cancellationToken)
    {
        var elements = request.DutyListDraftId is { } draftId
            ? await db.DutyListDrafts.AsNoTracking().Where(draft => draft.Id == draftId)
                .Select(draft => draft.Elements)
                .FirstOrDefaultAsync(cancellationToken)
            : null;
        request.TakeDutyListSnapshot((elements ?? request.DutyElements ?? new DutyListElements()).Copy());
    }

    /// <summary>Replaces the department's published duty list with the request's and writes the next version.</summary>
    public async Task<DutyListVersion> PublishAsync(
        ChangeRequest request,
        string publishedByName,
        string approvedBy,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var elements = request.DutyElements ?? throw new InvalidOperationException("A duty-list request is published with its snapshot.");
        var list = await db.DutyLists.FirstOrDefaultAsync(list => list.DepartmentId == request.DepartmentId, cancellationToken);
        if (list is null)
        {
            list = new DepartmentDutyList(request.DepartmentId, request.RegionCode);
            db.DutyLists.Add(list);
        }

        list.Elements = elements.Copy();
        list.VersionNumber++;
        list.PublishedAt = now;
        var version = new DutyListVersion(request.DepartmentId, list.VersionNumber, DutyListSnapshot.From(elements))
        {
            ChangeRequestId = request.Id,
            Kind = request.Kind,
            Reason = request.Reason,
            Explanation = request.Explanation,
            ApprovedBy = approvedBy,
            PublishedByName = publishedByName,
            PublishedAt = now,
        };
        db.DutyListVersions.Add(version);

        if (request.DutyListDraftId is { } draftId)
        {
            request.DutyListDraftId = null;
            await db.SaveChangesAsync(cancellationToken);
            await db.DutyListDrafts.Where(draft => draft.Id == draftId).ExecuteDeleteAsync(cancellationToken);
        }

        return version;
    }
}
