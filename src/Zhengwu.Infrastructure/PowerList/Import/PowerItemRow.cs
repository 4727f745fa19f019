using System.Security.Cryptography;
using System.Text;
using Zhengwu.Domain.Organization;
using Zhengwu.Domain.PowerList;

namespace Zhengwu.Infrastructure.PowerList.Import;

/// <summary>
/// One validated row of a power list. Only the columns the file has are applied, so importing the short
/// published list never clears elements that a fuller file set earlier.
/// </summary>
internal sealed class PowerItemRow
{
    private const string BothLevels = "市县两级";

    public required int Number { get; init; }

    public required string Name { get; init; }

    public string? NameText { get; init; }

    public PowerType? Type { get; init; }

    public Department? Department { get; init; }

    public string? Code { get; init; }

    public required IReadOnlyDictionary<string, string?> Source { get; init; }

    public List<ImplementingAgency>? Agencies { get; init; }

    public List<LegalBasis>? LegalBases { get; init; }

    public Dictionary<string, object?> Elements { get; } = new(StringComparer.Ordinal);

    /// <summary>A SHA-256 digest of the row's cells, to tell an unchanged row from a changed one.</summary>
    public string Hash()
    {
        var text = string.Join('\u001F', Source.OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => pair.Key + '\u001E' + pair.Value));

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public void ApplyTo(PowerItem item)
    {
        item.Name = Name;
        item.NameText = NameText;
        if (Type is { } type)
        {
            item.Type = type;
        }

        if (Department is not null)
        {
            item.DepartmentId = Department.Id;
            item.RegionCode = Department.RegionCode;
        }

        ApplyListColumns(item);
        foreach (var (column, value) in Elements)
        {
            PowerItemElements.Apply(item, column, value);
        }

        item.RefreshCompleteness();
    }

    private void ApplyListColumns(PowerItem item)
    {
        if (Agencies is not null)
        {
            item.Agencies = Agencies;
            item.AgencyText = Source.GetValueOrDefault(PowerItemColumns.Agency);
        }

        if (LegalBases is not null)
        {
            item.LegalBases = LegalBases;
            item.LegalBasisText = Source.GetValueOrDefault(PowerItemColumns.LegalBasis);
        }

        if (Source.ContainsKey(PowerItemColumns.Remarks))
        {
            item.Remarks = Source[PowerItemColumns.Remarks];
        }

        // Published lists note items exercised by both levels in the remarks (市县两级) when they have no
        // column for the exercise level.
        if (!Source.ContainsKey(PowerItemColumns.ExerciseLevel))
        {
            var bothLevels = item.Remarks?.Contains(BothLevels, StringComparison.Ordinal) == true;
            item.ExerciseLevel = bothLevels ? BothLevels : null;
        }
    }
}
