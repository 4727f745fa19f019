using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Organization;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.PowerList;

/// <summary>Writes the normalised search text of items whose content changed.</summary>
public static class PowerItemSearchText
{
    private const int ChunkSize = 500;

    /// <summary>
    /// Sets <see cref="PowerItem.SearchText"/> of <paramref name="items"/>, which must be saved and tracked by
    /// <paramref name="db"/>, and saves them in chunks. Change detection is off meanwhile and the property is
    /// marked through its entry, so a save does not compare every tracked entity of a large import.
    /// </summary>
    public static async Task UpdateAsync(
        ZhengwuDbContext db,
        IReadOnlyCollection<PowerItem> items,
        IReadOnlyList<Department> departments,
        CancellationToken cancellationToken)
    {
        var names = departments.ToDictionary(department => department.Id, department => department.Name);
        var detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var chunk in items.Chunk(ChunkSize))
            {
                foreach (var item in chunk)
                {
                    var text = PowerItemSearchDocument.TextOf(item, names.GetValueOrDefault(item.DepartmentId, ""));
                    db.Entry(item).Property(searched => searched.SearchText).CurrentValue = text;
                }

                await db.SaveChangesAsync(cancellationToken);
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
    }
}
