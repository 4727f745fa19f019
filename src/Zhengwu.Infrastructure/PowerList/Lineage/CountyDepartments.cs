using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Organization;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Domain.PowerList.Lineage;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.PowerList.Lineage;

/// <summary>Resolves the county departments that receive a delegated city power.</summary>
public static class CountyDepartments
{
    /// <summary>
    /// Returns the department of each county in <paramref name="countyCodes"/> that corresponds to the city
    /// department, in the order given, or the reason when a code is not a county of the department's city or the
    /// county has no such department.
    /// </summary>
    public static async Task<(List<CountyDepartment> Departments, ChangeError? Error)> ResolveAsync(
        ZhengwuDbContext db,
        int cityDepartmentId,
        IReadOnlyList<string> countyCodes,
        CancellationToken cancellationToken)
    {
        var cityDepartment = await db.Departments.AsNoTracking().FirstAsync(department => department.Id == cityDepartmentId, cancellationToken);
        var city = await db.Regions.AsNoTracking().FirstAsync(region => region.Code == cityDepartment.RegionCode, cancellationToken);
        var counties = await db.Regions.AsNoTracking()
            .Where(region => region.ParentCode == city.Code && region.Level == RegionLevel.County)
            .ToDictionaryAsync(region => region.Code, cancellationToken);
        var resolved = new List<CountyDepartment>();
        foreach (var code in countyCodes)
        {
            if (!counties.TryGetValue(code, out var county))
            {
                return ([], new ChangeError.CountyInvalid(code));
            }

            var name = Delegation.CountyDepartmentName(cityDepartment.Name, city.Name, county.Name) ?? "";
            var department = await db.Departments.AsNoTracking()
                .FirstOrDefaultAsync(department => department.RegionCode == code && department.Name == name, cancellationToken);
            if (department is null)
            {
                var missing = name.Length > 0 ? name : $"与{cityDepartment.Name}对应的部门";

                return ([], new ChangeError.CountyDepartmentMissing(county.Name, missing));
            }

            resolved.Add(new CountyDepartment(county, department));
        }

        return (resolved, null);
    }

    /// <summary>Returns the region codes of the counties of <paramref name="cityCode"/>.</summary>
    public static Task<List<string>> CountyCodesAsync(ZhengwuDbContext db, string cityCode, CancellationToken cancellationToken) =>
        db.Regions.AsNoTracking()
            .Where(region => region.ParentCode == cityCode && region.Level == RegionLevel.County)
            .OrderBy(region => region.Code)
            .Select(region => region.Code)
            .ToListAsync(cancellationToken);
}
