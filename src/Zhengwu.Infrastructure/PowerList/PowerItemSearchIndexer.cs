using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Organization;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.PowerList;

/// <summary>Rewrites the bigram index rows and search text of items whose content changed.</summary>
public static class PowerItemSearchIndexer
{
    public static async Task ReindexAsync(
        ZhengwuDbContext db,
        IReadOnlyCollection<PowerItem> items,
        IReadOnlyList<Department> departments,
        CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return;
        }

        var names = departments.ToDictionary(department => department.Id, department => department.Name);
        foreach (var chunk in items.Chunk(500))
        {
            var ids = chunk.Select(item => item.Id).ToList();
            await db.PowerItemSearchTerms
                .Where(term => ids.Contains(term.PowerItemId))
                .ExecuteDeleteAsync(cancellationToken);
            DetachTerms(db, ids);
            foreach (var item in chunk)
            {
                var document = PowerItemSearchDocument.Build(item, names.GetValueOrDefault(item.DepartmentId, ""));
                item.SearchText = document.Text;
                db.PowerItemSearchTerms.AddRange(
                    document.Grams.Select(gram => new PowerItemSearchTerm(item.Id, gram.Key, gram.Value)));
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Forgets tracked rows that ExecuteDelete removed behind the change tracker's back.</summary>
    private static void DetachTerms(ZhengwuDbContext db, List<int> ids)
    {
        var stale = db.ChangeTracker.Entries<PowerItemSearchTerm>()
            .Where(entry => ids.Contains(entry.Entity.PowerItemId))
            .ToList();
        foreach (var entry in stale)
        {
            entry.State = EntityState.Detached;
        }
    }
}
