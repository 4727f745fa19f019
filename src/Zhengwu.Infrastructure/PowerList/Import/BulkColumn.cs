using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Zhengwu.Infrastructure.PowerList.Import;

/// <summary>
/// One column of a table that the bulk insert writes, read from the EF Core model. Every value reaches the database
/// in the form that a save through EF Core gives it. Scalars pass through the property's value converter, and each
/// owned JSON navigation is serialised with the JSON readers and writers of its properties.
/// </summary>
internal sealed class BulkColumn
{
    private readonly Func<object, object?> _read;

    private BulkColumn(string name, string storeType, Func<object, object?> read, bool isParentKey = false)
    {
        Name = name;
        StoreType = storeType;
        _read = read;
        IsParentKey = isParentKey;
    }

    /// <summary>The column name, unquoted.</summary>
    public string Name { get; }

    /// <summary>The provider's type name without length or precision, e.g. <c>character varying</c>.</summary>
    public string StoreType { get; }

    /// <summary>True for the foreign key to the owning item, whose value the caller supplies.</summary>
    public bool IsParentKey { get; }

    /// <summary>Returns the column's value of <paramref name="entity"/> as the provider stores it.</summary>
    public object? Read(object entity) => _read(entity);

    /// <summary>
    /// Lists the columns of <paramref name="entityType"/> except its generated key, in the model's property order.
    /// </summary>
    public static List<BulkColumn> Of(IEntityType entityType, IForeignKey? parentKey = null)
    {
        var columns = new List<BulkColumn>();
        foreach (var property in entityType.GetProperties())
        {
            if (property.IsPrimaryKey())
            {
                continue;
            }

            var isParentKey = parentKey?.Properties.Contains(property) == true;
            var column = new BulkColumn(property.GetColumnName(), StoreTypeOf(property), ReaderOf(property), isParentKey);
            columns.Add(column);
        }

        foreach (var navigation in entityType.GetNavigations())
        {
            var target = navigation.TargetEntityType;
            if (navigation.ForeignKey.IsOwnership && target.IsMappedToJson())
            {
                var storeType = target.GetContainerColumnType() ?? "jsonb";
                columns.Add(new BulkColumn(target.GetContainerColumnName()!, storeType, JsonReaderOf(navigation)));
            }
        }

        return columns;
    }

    private static string StoreTypeOf(IProperty property)
    {
        var storeType = property.GetRelationalTypeMapping().StoreType;
        var facets = storeType.IndexOf('(', StringComparison.Ordinal);

        return facets < 0 ? storeType : storeType[..facets].TrimEnd();
    }

    private static Func<object, object?> ReaderOf(IProperty property)
    {
        var getter = property.GetGetter();
        var converter = property.GetTypeMapping().Converter;

        return entity =>
        {
            var value = getter.GetClrValue(entity);

            return value is null || converter is null ? value : converter.ConvertToProvider(value);
        };
    }

    private static Func<object, object?> JsonReaderOf(INavigation navigation)
    {
        var getter = navigation.GetGetter();
        var properties = navigation.TargetEntityType.GetProperties()
            .Where(property => property.GetJsonPropertyName() is not null)
            .ToList();

        return entity => getter.GetClrValue(entity) switch
        {
            null => null,
            System.Collections.IEnumerable list when navigation.IsCollection => WriteJson(writer =>
            {
                writer.WriteStartArray();
                foreach (var element in list)
                {
                    WriteObject(writer, properties, element);
                }

                writer.WriteEndArray();
            }),
            var owned => WriteJson(writer => WriteObject(writer, properties, owned)),
        };
    }

    private static string WriteJson(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static void WriteObject(Utf8JsonWriter writer, List<IProperty> properties, object owned)
    {
        writer.WriteStartObject();
        foreach (var property in properties)
        {
            writer.WritePropertyName(property.GetJsonPropertyName()!);
            var value = property.GetGetter().GetClrValue(owned);
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                var json = property.GetJsonValueReaderWriter() ?? property.GetTypeMapping().JsonValueReaderWriter;
                json!.ToJson(writer, value);
            }
        }

        writer.WriteEndObject();
    }
}
