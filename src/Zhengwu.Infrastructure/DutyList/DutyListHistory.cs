using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.DutyList;
using Zhengwu.Domain.Organization;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Domain.PowerList.Versions;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.DutyList;

/// <summary>Reads published duty lists and their versions, which are public for every department.</summary>
public sealed class DutyListHistory(ZhengwuDbContext db)
{
    public Task<Department?> DepartmentAsync(int departmentId, CancellationToken cancellationToken = default) =>
        db.Departments.AsNoTracking().FirstOrDefaultAsync(department => department.Id == departmentId, cancellationToken);

    /// <summary>Returns the department's published duty list, or null before its first publication.</summary>
    public Task<DepartmentDutyList?> CurrentAsync(int departmentId, CancellationToken cancellationToken = default) =>
        db.DutyLists.AsNoTracking().FirstOrDefaultAsync(list => list.DepartmentId == departmentId, cancellationToken);

    /// <summary>Returns every version of the department's duty list, oldest first.</summary>
    public async Task<IReadOnlyList<DutyListVersion>> VersionsAsync(int departmentId, CancellationToken cancellationToken = default)
    {
        var versions = await db.DutyListVersions.AsNoTracking()
            .Where(version => version.DepartmentId == departmentId)
            .ToListAsync(cancellationToken);

        return [.. versions.OrderBy(version => version.Number)];
    }

    /// <summary>
    /// Returns the rows a duty-list request would change in the published list: its snapshot once submitted, or the
    /// draft's contents before that.
    /// </summary>
    public async Task<IReadOnlyList<FieldDifference>> ProposedDifferencesAsync(ChangeRequest request, CancellationToken cancellationToken = default)
    {
        var proposed = request.DutyElements;
        if (proposed is null && request.DutyListDraftId is { } draftId)
        {
            proposed = await db.DutyListDrafts.AsNoTracking().Where(draft => draft.Id == draftId)
                .Select(draft => draft.Elements)
                .FirstOrDefaultAsync(cancellationToken);
        }

        if (proposed is null || request.Status == ChangeStatus.Published)
        {
            return [];
        }

        var current = await CurrentAsync(request.DepartmentId, cancellationToken);
        var before = current is null ? [] : DutyListSnapshot.From(current.Elements);

        return PowerItemSnapshot.Compare(before, DutyListSnapshot.From(proposed));
    }
}
