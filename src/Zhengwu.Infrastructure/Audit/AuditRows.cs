using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Audit;

/// <summary>
/// Inserts audit rows with one INSERT statement built from the model, not through the change tracker, so that
/// appending a record neither saves nor tracks the pending changes of the caller's context.
/// </summary>
internal static class AuditRows
{
    public static async Task InsertAsync<T>(ZhengwuDbContext db, T row, CancellationToken cancellationToken)
        where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not part of the model.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var properties = entity.GetProperties().ToList();

        await using var command = db.Database.GetDbConnection().CreateCommand();
        var parameters = properties
            .Select((property, index) => Parameter(command, property, index, row))
            .ToArray();
        var statement = new StringBuilder("INSERT INTO ")
            .Append(sql.DelimitIdentifier(entity.GetTableName()!))
            .Append(" (")
            .AppendJoin(", ", properties.Select(property => sql.DelimitIdentifier(property.GetColumnName())))
            .Append(") VALUES (")
            .AppendJoin(", ", properties.Select((_, index) => "{" + index + "}"))
            .Append(')');

        await db.Database.ExecuteSqlRawAsync(statement.ToString(), parameters, cancellationToken);
    }

    // The property's own type mapping converts the value (a time to UTC, an enum to its name) and sets the
    // parameter's database type, as EF Core does when it saves the entity.
    private static DbParameter Parameter(DbCommand command, IProperty property, int index, object row) =>
        property.GetRelationalTypeMapping().CreateParameter(
            command,
            "audit" + index,
            property.GetGetter().GetClrValue(row),
            property.IsNullable);
}
