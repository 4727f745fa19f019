using Microsoft.EntityFrameworkCore;
using Npgsql;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.PowerList.Import;

/// <summary>
/// Inserts new items on PostgreSQL with binary COPY. One query first draws the items' keys from the key's identity
/// sequence, so that the responsibility items can carry them. The responsibility items' own keys come from their
/// column's default.
/// </summary>
internal sealed class PostgresPowerItemBulkInserter(ZhengwuDbContext db) : PowerItemBulkInserter(db)
{
    protected override async Task InsertCoreAsync(IReadOnlyList<PowerItem> items, CancellationToken cancellationToken)
    {
        var ids = await ReserveIdsAsync(items.Count, cancellationToken);
        await CopyItemsAsync(items, ids, cancellationToken);
        await CopyResponsibilitiesAsync(items, ids, cancellationToken);
    }

    /// <summary>
    /// Draws <paramref name="count"/> values from the sequence of the items' identity column. Concurrent writers can
    /// interleave, so the values are unique but not always consecutive.
    /// </summary>
    private async Task<int[]> ReserveIdsAsync(int count, CancellationToken cancellationToken)
    {
        await using var command = (NpgsqlCommand)Connection.CreateCommand();
        command.Transaction = (NpgsqlTransaction)Transaction;
        command.CommandText = "SELECT nextval(pg_get_serial_sequence($1, $2))::integer FROM generate_series(1, $3)";
        command.Parameters.Add(new NpgsqlParameter { Value = Quote(ItemTable) });
        command.Parameters.Add(new NpgsqlParameter { Value = ItemKeyColumn });
        command.Parameters.Add(new NpgsqlParameter { Value = count });
        var ids = new int[count];
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        for (var i = 0; await reader.ReadAsync(cancellationToken); i++)
        {
            ids[i] = reader.GetInt32(0);
        }

        return ids;
    }

    private async Task CopyItemsAsync(IReadOnlyList<PowerItem> items, int[] ids, CancellationToken cancellationToken)
    {
        var names = ItemColumns.Select(column => column.Name).Prepend(ItemKeyColumn);
        await using var importer = await BeginCopyAsync(ItemTable, names, cancellationToken);
        for (var i = 0; i < items.Count; i++)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(ids[i], "integer", cancellationToken);
            await WriteColumnsAsync(importer, ItemColumns, items[i], 0, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private async Task CopyResponsibilitiesAsync(
        IReadOnlyList<PowerItem> items,
        int[] ids,
        CancellationToken cancellationToken)
    {
        if (items.All(item => item.ResponsibilityItems.Count == 0))
        {
            return;
        }

        var names = ResponsibilityColumns.Select(column => column.Name);
        await using var importer = await BeginCopyAsync(ResponsibilityTable, names, cancellationToken);
        for (var i = 0; i < items.Count; i++)
        {
            foreach (var responsibility in items[i].ResponsibilityItems)
            {
                await importer.StartRowAsync(cancellationToken);
                await WriteColumnsAsync(importer, ResponsibilityColumns, responsibility, ids[i], cancellationToken);
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private Task<NpgsqlBinaryImporter> BeginCopyAsync(
        string table,
        IEnumerable<string> columns,
        CancellationToken cancellationToken) =>
        ((NpgsqlConnection)Connection).BeginBinaryImportAsync(
            $"COPY {Quote(table)} ({ColumnList(columns)}) FROM STDIN (FORMAT BINARY)",
            cancellationToken);

    private static async Task WriteColumnsAsync(
        NpgsqlBinaryImporter importer,
        IReadOnlyList<BulkColumn> columns,
        object entity,
        int parentId,
        CancellationToken cancellationToken)
    {
        foreach (var column in columns)
        {
            var value = column.IsParentKey ? parentId : column.Read(entity);
            if (value is null)
            {
                await importer.WriteNullAsync(cancellationToken);
            }
            else
            {
                await importer.WriteAsync(value, column.StoreType, cancellationToken);
            }
        }
    }
}
