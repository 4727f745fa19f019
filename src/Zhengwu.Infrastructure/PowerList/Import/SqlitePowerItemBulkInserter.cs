using Microsoft.Data.Sqlite;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.PowerList.Import;

/// <summary>
/// Inserts new items on SQLite with one prepared INSERT per table, reused for every row. SQLite has no COPY, and a
/// statement compiled once and bound per row skips the SQL generation and parsing that dominate a save through EF
/// Core. <c>RETURNING</c> hands back each item's key as SQLite assigns it, the same key a save through EF Core gets.
/// </summary>
internal sealed class SqlitePowerItemBulkInserter(ZhengwuDbContext db) : PowerItemBulkInserter(db)
{
    private SqliteCommand? _insertItem;
    private SqliteCommand? _insertResponsibility;

    public override async ValueTask DisposeAsync()
    {
        if (_insertItem is not null)
        {
            await _insertItem.DisposeAsync();
        }

        if (_insertResponsibility is not null)
        {
            await _insertResponsibility.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    protected override async Task InsertCoreAsync(IReadOnlyList<PowerItem> items, CancellationToken cancellationToken)
    {
        _insertItem ??= Prepare(ItemTable, ItemColumns, " RETURNING " + Quote(ItemKeyColumn));
        _insertResponsibility ??= Prepare(ResponsibilityTable, ResponsibilityColumns, "");
        _insertItem.Transaction = _insertResponsibility.Transaction = (SqliteTransaction)Transaction;
        foreach (var item in items)
        {
            Bind(_insertItem, ItemColumns, item, 0);
            var id = Convert.ToInt32(await _insertItem.ExecuteScalarAsync(cancellationToken), null);
            foreach (var responsibility in item.ResponsibilityItems)
            {
                Bind(_insertResponsibility, ResponsibilityColumns, responsibility, id);
                await _insertResponsibility.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    private static void Bind(SqliteCommand command, IReadOnlyList<BulkColumn> columns, object entity, int parentId)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            var value = columns[i].IsParentKey ? parentId : columns[i].Read(entity);
            command.Parameters[i].Value = value ?? DBNull.Value;
        }
    }

    private SqliteCommand Prepare(string table, IReadOnlyList<BulkColumn> columns, string returning)
    {
        var command = (SqliteCommand)Connection.CreateCommand();
        var parameters = columns.Select((_, index) => "$p" + index).ToList();
        command.CommandText = $"INSERT INTO {Quote(table)} ({ColumnList(columns.Select(column => column.Name))}) "
            + $"VALUES ({string.Join(", ", parameters)}){returning}";
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Transaction = (SqliteTransaction)Transaction;
        command.Prepare();

        return command;
    }
}
