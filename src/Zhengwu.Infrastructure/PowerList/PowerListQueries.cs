using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.PowerList;

/// <summary>
/// Read queries behind the public power list pages and API. Classified items never leave here. With a
/// <see cref="PublicContentCache"/>, the region and department lists and the item counts are computed once per
/// content version instead of on every request.
/// </summary>
public sealed class PowerListQueries(ZhengwuDbContext db, PublicContentCache? cache = null)
{
    public async Task<bool> IsSampleDataLoadedAsync(CancellationToken cancellationToken = default) =>
        await CachedAsync("sample", async token => await db.DatasetMarkers.AnyAsync(token), cancellationToken);

    public async Task<bool> RegionExistsAsync(string code, CancellationToken cancellationToken = default) =>
        await GetRegionNameAsync(code, cancellationToken) is not null;

    public async Task<string?> GetRegionNameAsync(string code, CancellationToken cancellationToken = default) =>
        cache is null
            ? await db.Regions.Where(region => region.Code == code).Select(region => region.Name).FirstOrDefaultAsync(cancellationToken)
            : Array.Find(await RegionSummariesAsync(cancellationToken), region => region.Code == code)?.Name;

    private async Task<RegionSummary?> FindRegionAsync(string code, CancellationToken cancellationToken)
    {
        if (cache is not null)
        {
            return Array.Find(await RegionSummariesAsync(cancellationToken), region => region.Code == code);
        }

        var region = await db.Regions.AsNoTracking().FirstOrDefaultAsync(region => region.Code == code, cancellationToken);

        return region is null ? null : Summarize(region);
    }

    /// <summary>Returns every region with its number of listed items, the city first.</summary>
    public async Task<List<RegionSummary>> GetRegionsAsync(CancellationToken cancellationToken = default) =>
        [.. await RegionSummariesAsync(cancellationToken)];

    private Task<RegionSummary[]> RegionSummariesAsync(CancellationToken cancellationToken) =>
        CachedAsync("regions", LoadRegionSummariesAsync, cancellationToken);

    private async Task<RegionSummary[]> LoadRegionSummariesAsync(CancellationToken cancellationToken)
    {
        var counts = await db.PowerItems.AsNoTracking().Listed()
            .GroupBy(item => item.RegionCode)
            .Select(group => new { Code = group.Key, Count = group.Count() })
            .ToDictionaryAsync(row => row.Code, row => row.Count, cancellationToken);
        var regions = await db.Regions.AsNoTracking()
            .OrderBy(region => region.Level)
            .ThenBy(region => region.Code)
            .ToListAsync(cancellationToken);

        return
        [
            .. regions.Select(region =>
                new RegionSummary(region.Code, region.Name, region.Level, counts.GetValueOrDefault(region.Code))),
        ];
    }

    /// <summary>
    /// Returns every region in the order of <see cref="GetRegionsAsync"/> without counting its items, which would
    /// read the index entry of every listed item.
    /// </summary>
    public async Task<List<RegionChoice>> GetRegionChoicesAsync(CancellationToken cancellationToken = default) =>
        await db.Regions.AsNoTracking()
            .OrderBy(region => region.Level)
            .ThenBy(region => region.Code)
            .Select(region => new RegionChoice(region.Code, region.Name))
            .ToListAsync(cancellationToken);

    /// <summary>Returns the region's departments in import order, those that publish items first.</summary>
    public async Task<List<DepartmentSummary>> GetDepartmentsAsync(
        string regionCode,
        CancellationToken cancellationToken = default)
    {
        // Only the codes of existing regions become cache keys.
        if (!await RegionExistsAsync(regionCode, cancellationToken))
        {
            return [];
        }

        return [.. await CachedAsync($"departments:{regionCode}", token => LoadDepartmentsAsync(regionCode, token), cancellationToken)];
    }

    private async Task<DepartmentSummary[]> LoadDepartmentsAsync(string regionCode, CancellationToken cancellationToken)
    {
        var counts = await db.PowerItems.AsNoTracking().Listed()
            .Where(item => item.RegionCode == regionCode)
            .GroupBy(item => item.DepartmentId)
            .Select(group => new { Id = group.Key, Count = group.Count() })
            .ToDictionaryAsync(row => row.Id, row => row.Count, cancellationToken);
        var departments = await db.Departments.AsNoTracking()
            .Where(department => department.RegionCode == regionCode)
            .OrderBy(department => department.SortOrder)
            .ToListAsync(cancellationToken);

        return
        [
            .. departments
                .Select(department => Summarize(department, counts.GetValueOrDefault(department.Id)))
                .OrderByDescending(department => department.ItemCount > 0),
        ];
    }

    /// <summary>Returns the department with its number of listed items, or null when there is none.</summary>
    public async Task<DepartmentSummary?> GetDepartmentAsync(int id, CancellationToken cancellationToken = default)
    {
        var department = await FindDepartmentAsync(id, cancellationToken);
        if (department is null)
        {
            return null;
        }

        var counts = await TypeCountsAsync(id, cancellationToken);

        return department with { ItemCount = counts.Sum(row => row.Count) };
    }

    /// <summary>Returns the number of listed items of each type the department has, in type order.</summary>
    public async Task<List<PowerTypeCount>> GetTypeCountsAsync(
        int departmentId,
        CancellationToken cancellationToken = default)
    {
        // Only the ids of existing departments become cache keys. A department that does not exist has no items.
        if (await FindDepartmentAsync(departmentId, cancellationToken) is null)
        {
            return [];
        }

        return [.. await TypeCountsAsync(departmentId, cancellationToken)];
    }

    private Task<PowerTypeCount[]> TypeCountsAsync(int departmentId, CancellationToken cancellationToken) =>
        CachedAsync($"types:{departmentId}", token => LoadTypeCountsAsync(departmentId, token), cancellationToken);

    private async Task<PowerTypeCount[]> LoadTypeCountsAsync(int departmentId, CancellationToken cancellationToken)
    {
        var counts = await db.PowerItems.AsNoTracking().Listed()
            .Where(item => item.DepartmentId == departmentId)
            .GroupBy(item => item.Type)
            .Select(group => new { Type = group.Key, Count = group.Count() })
            .ToListAsync(cancellationToken);

        return [.. counts.Select(row => new PowerTypeCount(row.Type, row.Count)).OrderBy(row => row.Type)];
    }

    private async Task<DepartmentSummary?> FindDepartmentAsync(int id, CancellationToken cancellationToken)
    {
        if (cache is null)
        {
            var department = await db.Departments.AsNoTracking()
                .FirstOrDefaultAsync(department => department.Id == id, cancellationToken);

            return department is null ? null : Summarize(department, 0);
        }

        var departments = await cache.GetOrLoadAsync("departments", LoadAllDepartmentsAsync, cancellationToken);

        return departments.GetValueOrDefault(id);
    }

    private async Task<Dictionary<int, DepartmentSummary>> LoadAllDepartmentsAsync(CancellationToken cancellationToken)
    {
        var departments = await db.Departments.AsNoTracking().ToListAsync(cancellationToken);

        return departments.ToDictionary(department => department.Id, department => Summarize(department, 0));
    }

    /// <summary>
    /// Returns one page of a department's listed items, ordered by type and then code. A page number past
    /// the last page returns the last page, and the page size is clamped to 1 to <see cref="PowerItemPage.MaxPageSize"/>.
    /// </summary>
    public async Task<PowerItemPage> GetDepartmentItemsAsync(
        int departmentId,
        PowerType? type,
        int page = 1,
        int pageSize = PowerItemPage.DefaultPageSize,
        CancellationToken cancellationToken = default)
    {
        var items = db.PowerItems.AsNoTracking().Listed().Where(item => item.DepartmentId == departmentId);
        var counts = await TypeCountsAsync(departmentId, cancellationToken);
        var total = counts.Sum(row => row.Count);
        if (type is { } selected)
        {
            items = items.Where(item => item.Type == selected);
            total = counts.Where(row => row.Type == selected).Sum(row => row.Count);
        }

        var size = Math.Clamp(pageSize, 1, PowerItemPage.MaxPageSize);
        var counted = new PowerItemPage([], total, 1, size);
        var number = Math.Clamp(page, 1, counted.PageCount);
        var ids = await items
            .OrderBy(item => item.Type)
            .ThenBy(item => item.Code)
            .Skip((number - 1) * size)
            .Take(size)
            .Select(item => item.Id)
            .ToListAsync(cancellationToken);

        // EF Core cannot order by a member of the record that the projection constructs, so the page is
        // loaded by id and put back in order here. The department filter is left out of this query: with it,
        // SQLite walks the department's whole index range to match the ids instead of looking each one up.
        var pageItems = db.PowerItems.AsNoTracking().Listed().Where(item => ids.Contains(item.Id));
        var summaries = await Summaries(pageItems).ToListAsync(cancellationToken);
        var ordered = summaries.OrderBy(summary => summary.Type).ThenBy(summary => summary.Code, StringComparer.Ordinal);

        return counted with { Items = [.. ordered], Page = number };
    }

    /// <summary>Returns the items of a department or of a whole region that are flagged incomplete.</summary>
    public async Task<List<PowerItemSummary>> GetIncompleteItemsAsync(
        int? departmentId,
        string? regionCode,
        CancellationToken cancellationToken = default)
    {
        var items = db.PowerItems.AsNoTracking().Where(item => item.IsIncomplete);
        items = departmentId is { } department ? items.Where(item => item.DepartmentId == department) : items;
        items = regionCode is { } region ? items.Where(item => item.RegionCode == region) : items;
        var summaries = await Summaries(items).ToListAsync(cancellationToken);

        return [.. summaries.OrderBy(summary => summary.Code, StringComparer.Ordinal)];
    }

    /// <summary>Returns the item with this code, or null when there is none or it is classified.</summary>
    public async Task<PowerItemDetails?> GetItemAsync(string code, CancellationToken cancellationToken = default)
    {
        var item = await db.PowerItems.AsNoTracking()
            .Include(item => item.ResponsibilityItems)
            .FirstOrDefaultAsync(item => item.Code == code && !item.IsClassified, cancellationToken);
        if (item is null)
        {
            return null;
        }

        // The lists kept per content version can be up to one version check older than the item, so a department
        // or region created since is read from the database.
        var department = await FindDepartmentAsync(item.DepartmentId, cancellationToken)
            ?? Summarize(await db.Departments.AsNoTracking().FirstAsync(department => department.Id == item.DepartmentId, cancellationToken), 0);
        var region = await FindRegionAsync(item.RegionCode, cancellationToken)
            ?? Summarize(await db.Regions.AsNoTracking().FirstAsync(region => region.Code == item.RegionCode, cancellationToken));

        return new PowerItemDetails(item, department, region);
    }

    /// <summary>Projects items to list lines with their department and region names.</summary>
    internal IQueryable<PowerItemSummary> Summaries(IQueryable<PowerItem> items) =>
        from item in items
        join department in db.Departments on item.DepartmentId equals department.Id
        join region in db.Regions on item.RegionCode equals region.Code
        select new PowerItemSummary(
            item.Code,
            item.Name,
            item.Type,
            item.Status,
            item.IsIncomplete,
            department.Id,
            department.Name,
            region.Code,
            region.Name);

    private Task<T> CachedAsync<T>(string key, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
        where T : notnull =>
        cache is null ? load(cancellationToken) : cache.GetOrLoadAsync(key, load, cancellationToken);

    private static RegionSummary Summarize(Domain.Organization.Region region) => new(region.Code, region.Name, region.Level, 0);

    private static DepartmentSummary Summarize(Domain.Organization.Department department, int count) =>
        new(department.Id, department.RegionCode, department.Name, department.ShortName, count);
}
