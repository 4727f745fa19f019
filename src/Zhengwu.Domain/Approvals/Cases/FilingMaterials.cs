namespace Zhengwu.Domain.Approvals.Cases;

/// <summary>
/// The upload fields of the filing form, one per material of the item's materials list. A material is optional
/// when its name says so (“如有”, “如需”, “可选”, “选填”); every other material is required. An item that lists
/// no materials gets one required field for the application and its supporting documents.
/// </summary>
public static class FilingMaterials
{
    public const string GenericMaterial = "申请书及相关材料";

    private static readonly string[] s_optionalMarks = ["如有", "如需", "可选", "选填"];

    public static IReadOnlyList<FilingMaterial> For(IReadOnlyList<string> materials) =>
        materials.Count == 0
            ? [new FilingMaterial(0, GenericMaterial, true)]
            : [.. materials.Select((name, index) => new FilingMaterial(index, name, !IsOptional(name)))];

    private static bool IsOptional(string name) =>
        s_optionalMarks.Any(mark => name.Contains(mark, StringComparison.Ordinal));
}
