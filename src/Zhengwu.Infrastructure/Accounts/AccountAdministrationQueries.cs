using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Organization;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Accounts;

/// <summary>Reads the lists of the account administration pages.</summary>
public sealed class AccountAdministrationQueries(ZhengwuDbContext db)
{
    public async Task<IReadOnlyList<StaffAccountRow>> ListStaffAsync(CancellationToken cancellationToken = default)
    {
        var rows = await (
            from account in db.Users.AsNoTracking()
            where account.Kind == AccountKind.Staff
            join department in db.Departments on account.DepartmentId equals department.Id into departments
            from department in departments.DefaultIfEmpty()
            select new { account.Id, account.UserName, account.DisplayName, Department = department.Name, account.Role, account.IsDisabled })
            .ToListAsync(cancellationToken);
        var pending = await db.RoleGrantRequests.AsNoTracking()
            .Where(request => request.Status == RoleGrantStatus.Pending)
            .ToDictionaryAsync(request => request.AccountId, request => request.Role, cancellationToken);
        var decided = await db.RoleGrantRequests.AsNoTracking()
            .Where(request => request.Status != RoleGrantStatus.Pending)
            .Select(request => new { request.Id, request.AccountId, request.Role, request.Status, request.RejectionReason })
            .ToListAsync(cancellationToken);
        var rejections = decided
            .GroupBy(request => request.AccountId)
            .Select(requests => requests.MaxBy(request => request.Id)!)
            .Where(latest => latest.Status == RoleGrantStatus.Rejected)
            .ToDictionary(latest => latest.AccountId, latest => new RejectedRoleGrant(latest.Role, latest.RejectionReason ?? ""));

        return [.. rows
            .OrderBy(row => row.UserName, StringComparer.Ordinal)
            .Select(row => new StaffAccountRow(
                row.Id,
                row.UserName ?? "",
                row.DisplayName,
                row.Department ?? "",
                row.Role,
                row.IsDisabled,
                pending.TryGetValue(row.Id, out var role) ? role : null,
                pending.ContainsKey(row.Id) ? null : rejections.GetValueOrDefault(row.Id)))];
    }

    public async Task<IReadOnlyList<PendingRoleGrant>> ListPendingAsync(CancellationToken cancellationToken = default)
    {
        var rows = await (
            from request in db.RoleGrantRequests.AsNoTracking()
            where request.Status == RoleGrantStatus.Pending
            join account in db.Users on request.AccountId equals account.Id
            join requester in db.Users on request.RequestedById equals requester.Id
            join department in db.Departments on account.DepartmentId equals department.Id
            select new PendingRoleGrant(
                request.Id,
                account.UserName ?? "",
                account.DisplayName,
                department.Name,
                account.Role,
                request.Role,
                requester.UserName ?? "",
                request.RequestedAt))
            .ToListAsync(cancellationToken);

        // SQLite cannot order by a DateTimeOffset column in SQL, so the short pending list is sorted here.
        return [.. rows.OrderBy(row => row.RequestedAt).ThenBy(row => row.Id)];
    }

    public Task<int> CountPendingAsync(CancellationToken cancellationToken = default) =>
        db.RoleGrantRequests.CountAsync(request => request.Status == RoleGrantStatus.Pending, cancellationToken);

    /// <summary>Returns every department that a new account may belong to, grouped by region code.</summary>
    public async Task<IReadOnlyList<Department>> ListDepartmentsAsync(CancellationToken cancellationToken = default) =>
        await db.Departments.AsNoTracking()
            .OrderBy(department => department.RegionCode)
            .ThenBy(department => department.SortOrder)
            .ThenBy(department => department.Id)
            .ToListAsync(cancellationToken);
}
