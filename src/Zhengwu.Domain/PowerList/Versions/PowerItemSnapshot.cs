using System.Security.Cryptography;
using System.Text;

namespace Zhengwu.Domain.PowerList.Versions;

/// <summary>
/// The public elements of an item at publication, as labelled text in a fixed order, and the SHA-256 that makes a
/// change outside the application detectable.
/// </summary>
public static class PowerItemSnapshot
{
    /// <summary>Returns the item's public elements in the order of the item page; elements the item lacks are left out.</summary>
    public static IReadOnlyList<SnapshotField> From(PowerItem item, string departmentName)
    {
        var fields = new List<SnapshotField>();
        void Add(string label, string? text)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                fields.Add(new SnapshotField(label, text.Trim()));
            }
        }

        Add("事项名称", item.Name);
        Add("权力类型", item.Type.ChineseName());
        Add("状态", item.Status.ChineseName());
        Add("主管部门", departmentName);
        Add("国家实施编码", item.NationalCode);
        Add("实施机关", item.AgencyText ?? string.Join("；", item.Agencies.Select(agency => agency.Name)));
        Add("承办处室", item.HandlingDivision);
        Add("行使层级", item.ExerciseLevel);
        Add("服务对象", item.ServiceObject);
        Add("设定和实施依据", item.LegalBasisText ?? string.Concat(item.LegalBases.Select(basis => $"《{basis.Title}》{basis.Articles}")));
        Add("法定办结时限", item.StatutoryTimeLimit?.Text);
        Add("承诺办结时限", item.PromisedTimeLimit?.Text);
        Add("收费", item.Fee is { } fee ? (fee.Charged ? $"收费：{fee.Standard}" : "不收费") + (fee.Basis is null ? "" : $"（依据：{fee.Basis}）") : null);
        Add("申请材料", string.Join('\n', item.Materials));
        Add("受理条件", string.Join('\n', item.AcceptanceConditions));
        Add("办理流程", string.Join('\n', item.ProcedureSteps));
        foreach (var (label, text) in ResponsibilityRows(item.ResponsibilityItems))
        {
            Add(label, text);
        }

        Add("办公地址", item.OfficeAddress);
        Add("办公时间", item.OfficeHours);
        Add("监督方式", item.SupervisionChannel);
        Add("监督电话", item.SupervisionPhone);
        Add("常见问题", string.Join('\n', item.Faqs.Select(faq => $"问：{faq.Question} 答：{faq.Answer}")));
        Add("备注", item.Remarks);

        return fields;
    }

    /// <summary>
    /// Returns the SHA-256 in lower-case hex of the fields with the item code. Each label and text is written with its
    /// length first, so no two different snapshots share an encoding.
    /// </summary>
    public static string Hash(string itemCode, int number, IReadOnlyList<SnapshotField> fields)
    {
        var builder = new StringBuilder();
        Append(builder, itemCode);
        Append(builder, number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var field in fields)
        {
            Append(builder, field.Label);
            Append(builder, field.Text);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    /// <summary>Returns the elements whose text differs between two versions, in the order of the item page.</summary>
    public static IReadOnlyList<FieldDifference> Compare(IReadOnlyList<SnapshotField> before, IReadOnlyList<SnapshotField> after)
    {
        var old = before.ToDictionary(field => field.Label, field => field.Text);
        var current = after.ToDictionary(field => field.Label, field => field.Text);
        var labels = after.Select(field => field.Label).Concat(before.Select(field => field.Label)).Distinct();

        return [.. labels
            .Select(label => new FieldDifference(label, old.GetValueOrDefault(label), current.GetValueOrDefault(label)))
            .Where(difference => difference.Before != difference.After)];
    }

    /// <summary>
    /// Returns one row per responsibility item, labelled by its name so that a difference names the item, and a row
    /// of the names in order, so that a reordering shows too. A repeated name gets its occurrence, e.g. （2）.
    /// </summary>
    private static IEnumerable<(string Label, string Text)> ResponsibilityRows(IEnumerable<ResponsibilityItem> items)
    {
        var ordered = items.OrderBy(item => item.SortOrder).ToList();
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var item in ordered)
        {
            var count = occurrences[item.Name] = occurrences.GetValueOrDefault(item.Name) + 1;
            var name = count == 1 ? item.Name : $"{item.Name}（{count}）";
            names.Add(name);

            yield return ($"责任事项：{name}", item.Content);
        }

        if (names.Count > 1)
        {
            yield return ("责任事项顺序", string.Join("、", names));
        }
    }

    private static void Append(StringBuilder builder, string text) =>
        builder.Append(text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(':').Append(text).Append('\n');
}
