using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.PowerList.Import;

/// <summary>
/// Inserts new power items with their responsibility items, bypassing the change tracker: a binary COPY on
/// PostgreSQL and one prepared INSERT per table on SQLite. Both write on the context's connection inside its current
/// transaction, so the rows commit or roll back with the rest of the import.
/// </summary>
/// <remarks>
/// Interceptors do not see these writes, so the caller raises the content version itself. A failed insert is
/// raised as a <see cref="DbUpdateException"/>, as a failed save through EF Core is.
/// </remarks>
internal abstract class PowerItemBulkInserter : IAsyncDisposable
{
    protected PowerItemBulkInserter(ZhengwuDbContext db)
    {
        Db = db;
        var items = db.Model.FindEntityType(typeof(PowerItem))!;
        var responsibilities = db.Model.FindEntityType(typeof(ResponsibilityItem))!;
        ItemTable = items.GetTableName()!;
        ItemKeyColumn = items.FindPrimaryKey()!.Properties.Single().GetColumnName();
        ResponsibilityTable = responsibilities.GetTableName()!;
        ItemColumns = BulkColumn.Of(items);
        ResponsibilityColumns = BulkColumn.Of(responsibilities, responsibilities.GetForeignKeys().Single());
    }

    protected ZhengwuDbContext Db { get; }

    protected string ItemTable { get; }

    protected string ItemKeyColumn { get; }

    protected string ResponsibilityTable { get; }

    /// <summary>The item columns except the key.</summary>
    protected IReadOnlyList<BulkColumn> ItemColumns { get; }

    /// <summary>The responsibility item columns except the key, which the database generates.</summary>
    protected IReadOnlyList<BulkColumn> ResponsibilityColumns { get; }

    protected DbConnection Connection => Db.Database.GetDbConnection();

    protected DbTransaction Transaction => Db.Database.CurrentTransaction?.GetDbTransaction()
        ?? throw new InvalidOperationException("The bulk insert of power items must run inside a transaction.");

    public static PowerItemBulkInserter Create(ZhengwuDbContext db) =>
        db.Database.IsNpgsql() ? new PostgresPowerItemBulkInserter(db) : new SqlitePowerItemBulkInserter(db);

    /// <summary>Inserts <paramref name="items"/>, which must be new, and the responsibility items they own.</summary>
    public async Task InsertAsync(IReadOnlyList<PowerItem> items, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return;
        }

        try
        {
            await InsertCoreAsync(items, cancellationToken);
        }
        catch (DbException exception)
        {
            throw new DbUpdateException(
                $"The bulk insert of {items.Count} new power items failed: {exception.Message}",
                exception);
        }
    }

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;

    protected abstract Task InsertCoreAsync(IReadOnlyList<PowerItem> items, CancellationToken cancellationToken);

    protected static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    protected static string ColumnList(IEnumerable<string> names) => string.Join(", ", names.Select(Quote));
}
