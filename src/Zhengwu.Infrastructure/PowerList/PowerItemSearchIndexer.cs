using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Zhengwu.Domain.Organization;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.PowerList;

/// <summary>Rewrites the bigram index rows and search text of items whose content changed.</summary>
public static class PowerItemSearchIndexer
{
    private const int ChunkSize = 500;
    private const int RowsPerStatement = 400;

    /// <summary>
    /// Replaces the index rows of <paramref name="items"/>, which must be saved and tracked by
    /// <paramref name="db"/>. Index rows are written with multi-row INSERT statements rather than through the
    /// change tracker, because an import of thousands of items adds hundreds of thousands of rows.
    /// </summary>
    public static async Task ReindexAsync(
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
                await ReindexChunkAsync(db, chunk, names, cancellationToken);
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
    }

    private static async Task ReindexChunkAsync(
        ZhengwuDbContext db,
        PowerItem[] chunk,
        Dictionary<int, string> departmentNames,
        CancellationToken cancellationToken)
    {
        var ids = chunk.Select(item => item.Id).ToList();
        await db.PowerItemSearchTerms
            .Where(term => ids.Contains(term.PowerItemId))
            .ExecuteDeleteAsync(cancellationToken);
        var terms = new List<PowerItemSearchTerm>();
        foreach (var item in chunk)
        {
            var document = PowerItemSearchDocument.Build(item, departmentNames.GetValueOrDefault(item.DepartmentId, ""));
            db.Entry(item).Property(indexed => indexed.SearchText).CurrentValue = document.Text;
            terms.AddRange(document.Grams.Select(gram => new PowerItemSearchTerm(item.Id, gram.Key, gram.Value)));
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var batch in terms.Chunk(RowsPerStatement))
        {
            await InsertAsync(db, batch, cancellationToken);
        }
    }

    private static async Task InsertAsync(
        ZhengwuDbContext db,
        PowerItemSearchTerm[] terms,
        CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(PowerItemSearchTerm))!;
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(entity.GetTableName()!);
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName());

        var statement = new StringBuilder()
            .Append("INSERT INTO ").Append(table).Append(" (")
            .Append(Column(nameof(PowerItemSearchTerm.Gram))).Append(", ")
            .Append(Column(nameof(PowerItemSearchTerm.PowerItemId))).Append(", ")
            .Append(Column(nameof(PowerItemSearchTerm.Weight))).Append(") VALUES ");
        var values = new object[terms.Length * 3];
        for (var index = 0; index < terms.Length; index++)
        {
            var first = index * 3;
            statement.Append(index == 0 ? "(" : ", (").Append('{').Append(first).Append("}, {")
                .Append(first + 1).Append("}, {").Append(first + 2).Append("})");
            values[first] = terms[index].Gram;
            values[first + 1] = terms[index].PowerItemId;
            values[first + 2] = terms[index].Weight;
        }

        await db.Database.ExecuteSqlRawAsync(statement.ToString(), values, cancellationToken);
    }
}
