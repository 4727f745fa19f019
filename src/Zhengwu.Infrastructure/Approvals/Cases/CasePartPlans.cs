using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Approvals.Cases;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Approvals.Cases;

/// <summary>Builds the parts a new case opens with: the item's implementing department, then its co-handling departments.</summary>
public static class CasePartPlans
{
    public static async Task<IReadOnlyList<CasePartPlan>> ForAsync(
        ZhengwuDbContext db,
        PowerItem item,
        CancellationToken cancellationToken = default)
    {
        var limit = HandlingLimit.For(item.PromisedTimeLimit, item.StatutoryTimeLimit);
        var coHandling = await db.JointItemDepartments.AsNoTracking()
            .Where(joint => joint.PowerItemId == item.Id && joint.DepartmentId != item.DepartmentId)
            .Select(joint => joint.DepartmentId)
            .ToListAsync(cancellationToken);
        var names = await db.Departments.AsNoTracking()
            .Where(department => department.Id == item.DepartmentId || coHandling.Contains(department.Id))
            .ToDictionaryAsync(department => department.Id, department => department.Name, cancellationToken);

        return
        [
            new CasePartPlan(item.DepartmentId, names[item.DepartmentId], item.HandlingDivision, true, limit),
            .. coHandling.Order().Select(id => new CasePartPlan(id, names[id], null, false, limit)),
        ];
    }
}
