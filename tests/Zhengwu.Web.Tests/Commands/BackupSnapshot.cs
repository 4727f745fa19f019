using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Web.Tests.Commands;

/// <summary>Every row of every table of the EF model and every stored file, in a form two copies can be compared in.</summary>
internal static class BackupSnapshot
{
    /// <summary>Returns the tables of the model, so a table added later is compared without changing the test.</summary>
    public static List<string> Tables(ZhengwuDbContext db) =>
        [.. db.Model.GetEntityTypes().Select(type => type.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Reads the rows of <paramref name="table"/> as text, sorted, optionally only those matching <paramref name="where"/>.</summary>
    public static async Task<List<string>> RowsAsync(ZhengwuDbContext db, string table, string? where = null)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {sql.DelimitIdentifier(table)}" + (where is null ? "" : $" WHERE {where}");
            await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            var rows = new List<string>();
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                rows.Add(RowText(reader));
            }

            rows.Sort(StringComparer.Ordinal);

            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Returns the files under <paramref name="folder"/> by relative path, leaving out unfinished uploads.</summary>
    public static Dictionary<string, byte[]> Files(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(path => (Name: Path.GetRelativePath(folder, path), Path: path))
                .Where(file => !file.Name.StartsWith("tmp", StringComparison.Ordinal))
                .ToDictionary(file => file.Name, file => File.ReadAllBytes(file.Path))
            : [];

    private static string RowText(DbDataReader reader)
    {
        var values = new string[reader.FieldCount];
        for (var index = 0; index < reader.FieldCount; index++)
        {
            var value = reader.GetValue(index);
            values[index] = reader.GetName(index) + "=" + value switch
            {
                DBNull => "NULL",
                byte[] bytes => Convert.ToHexString(bytes),
                DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
                DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
                _ => Convert.ToString(value, CultureInfo.InvariantCulture),
            };
        }

        return string.Join('\u001f', values);
    }
}
