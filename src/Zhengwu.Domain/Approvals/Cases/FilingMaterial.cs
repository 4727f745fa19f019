namespace Zhengwu.Domain.Approvals.Cases;

/// <summary>One upload field of the filing form.</summary>
/// <param name="Index">The material's position in the list, which names its form field.</param>
/// <param name="Name">The material as the item's materials list names it.</param>
/// <param name="Required">Whether a filing without a file for this material is rejected.</param>
public sealed record FilingMaterial(int Index, string Name, bool Required)
{
    public string FieldName => "Material" + Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
