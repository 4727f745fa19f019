using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Organization;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Domain.PowerList.Lineage;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.PowerList.Lineage;

/// <summary>
/// Finds and checks the city items a county department may take over: the items of the city department that
/// corresponds to it by name (兰州市市场监督管理局 for 城关区市场监督管理局) that the city put up for county exercise
/// and that the county does not exercise yet.
/// </summary>
public static class TakeOverSources
{
    /// <summary>Returns the city items the county department may take over, in code order; none for a city department.</summary>
    public static async Task<List<PowerItem>> ListAsync(ZhengwuDbContext db, int countyDepartmentId, CancellationToken cancellationToken)
    {
        var cityDepartment = await CityDepartmentAsync(db, countyDepartmentId, cancellationToken);
        if (cityDepartment is null)
        {
            return [];
        }

        var candidates = await db.PowerItems.AsNoTracking()
            .Where(item => item.DepartmentId == cityDepartment.Id && item.Status == PowerItemStatus.InForce && !item.IsClassified)
            .ToListAsync(cancellationToken);
        var offered = new List<PowerItem>();
        foreach (var item in candidates)
        {
            if (await CheckAsync(db, countyDepartmentId, item, cancellationToken) is null)
            {
                offered.Add(item);
            }
        }

        return [.. offered.OrderBy(item => item.Code, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Returns the reason the county department cannot take over <paramref name="cityItem"/> now: the item belongs to
    /// another city department, is suspended or cancelled, is not put up for county exercise, or the county already
    /// exercises it.
    /// </summary>
    public static async Task<ChangeError?> CheckAsync(
        ZhengwuDbContext db,
        int countyDepartmentId,
        PowerItem cityItem,
        CancellationToken cancellationToken)
    {
        var countyDepartment = await db.Departments.AsNoTracking().FirstAsync(department => department.Id == countyDepartmentId, cancellationToken);
        var cityDepartment = await CityDepartmentAsync(db, countyDepartmentId, cancellationToken);
        if (cityDepartment is null || cityItem.DepartmentId != cityDepartment.Id)
        {
            return new ChangeError.TakeOverOfOtherDepartment(cityItem.Code, countyDepartment.Name);
        }

        if (cityItem.Status != PowerItemStatus.InForce)
        {
            return new ChangeError.TakeOverSourceNotInForce(cityItem.Code);
        }

        var exercisingCounties = await db.PowerItems.AsNoTracking()
            .Where(item => item.SourceItemId == cityItem.Id && item.Status != PowerItemStatus.Cancelled)
            .Select(item => item.RegionCode)
            .ToListAsync(cancellationToken);
        if (exercisingCounties.Contains(countyDepartment.RegionCode))
        {
            var county = await db.Regions.AsNoTracking()
                .Where(region => region.Code == countyDepartment.RegionCode)
                .Select(region => region.Name)
                .FirstAsync(cancellationToken);

            return new ChangeError.TakeOverAlreadyExercised(cityItem.Code, county);
        }

        var delegated = await db.ChangeRequests.AsNoTracking()
            .AnyAsync(
                request => request.PowerItemId == cityItem.Id && request.Kind == ChangeKind.Delegate
                    && request.Status == ChangeStatus.Published,
                cancellationToken);

        return TakeOver.IsOffered(cityItem, delegated) ? null : new ChangeError.TakeOverNotOffered(cityItem.Code);
    }

    /// <summary>
    /// Returns the city department whose name becomes the county department's name when the city's name is replaced
    /// by the county's. Returns null for a city department, or when no city department matches.
    /// </summary>
    public static async Task<Department?> CityDepartmentAsync(ZhengwuDbContext db, int countyDepartmentId, CancellationToken cancellationToken)
    {
        var countyDepartment = await db.Departments.AsNoTracking().FirstAsync(department => department.Id == countyDepartmentId, cancellationToken);
        var county = await db.Regions.AsNoTracking().FirstAsync(region => region.Code == countyDepartment.RegionCode, cancellationToken);
        if (county.Level != RegionLevel.County || county.ParentCode is null)
        {
            return null;
        }

        var city = await db.Regions.AsNoTracking().FirstAsync(region => region.Code == county.ParentCode, cancellationToken);
        var cityDepartments = await db.Departments.AsNoTracking()
            .Where(department => department.RegionCode == city.Code)
            .ToListAsync(cancellationToken);

        return cityDepartments.FirstOrDefault(department =>
            Delegation.CountyDepartmentName(department.Name, city.Name, county.Name) == countyDepartment.Name);
    }
}
