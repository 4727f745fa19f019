namespace Zhengwu.Domain.PowerList.Drafts;

/// <summary>
/// Checks, copies and applies the responsibility items of a draft. The list order is the published order. Names may
/// repeat, because imported lists name every unlabelled line 责任事项.
/// </summary>
public static class DraftResponsibilities
{
    public const int MaxCount = 50;

    /// <summary>The length of <see cref="ResponsibilityItem.Name"/> in the database.</summary>
    public const int MaxNameLength = 100;

    public const int MaxContentLength = DraftElements.MaxLongTextLength;

    public static List<DraftResponsibility> From(IEnumerable<ResponsibilityItem> items) =>
        [.. items.OrderBy(item => item.SortOrder).Select(item => new DraftResponsibility { Name = item.Name, Content = item.Content })];

    public static List<DraftResponsibility>? Copy(List<DraftResponsibility>? list) =>
        list?.Select(entry => new DraftResponsibility { Name = entry.Name, Content = entry.Content }).ToList();

    /// <summary>Returns whether two lists name the same items with the same content in the same order.</summary>
    public static bool Same(List<DraftResponsibility>? first, List<DraftResponsibility>? second)
    {
        if (first is null || second is null)
        {
            return first is null && second is null;
        }

        return first.Count == second.Count && first.Zip(second).All(pair =>
            Clean(pair.First.Name) == Clean(pair.Second.Name)
            && Normalize(pair.First.Content) == Normalize(pair.Second.Content));
    }

    /// <summary>Adds a problem for each entry that lacks a name or content, is too long or repeats a name.</summary>
    public static void Validate(List<DraftResponsibility>? list, List<DraftProblem> problems)
    {
        if (list is null)
        {
            return;
        }

        const string field = nameof(DraftElements.Responsibilities);
        if (list.Count > MaxCount)
        {
            problems.Add(new(field, $"共填写了 {list.Count} 条责任事项，超过上限 {MaxCount} 条，请合并或删除部分责任事项。"));
        }

        for (var index = 0; index < list.Count; index++)
        {
            var number = index + 1;
            var name = Clean(list[index].Name);
            var content = Clean(list[index].Content);
            if (name is null)
            {
                problems.Add(new(field, $"第 {number} 条责任事项缺少名称，请填写名称（如“受理责任”），或删除该条。"));
            }
            else if (name.Length > MaxNameLength)
            {
                problems.Add(new(field, $"第 {number} 条责任事项的名称共 {name.Length} 个字，超过上限 {MaxNameLength} 个字，请缩短名称。"));
            }

            if (content is null)
            {
                problems.Add(new(field, $"第 {number} 条责任事项“{name ?? "（无名称）"}”缺少内容，请写明该责任的具体要求，或删除该条。"));
            }
            else if (content.Length > MaxContentLength)
            {
                problems.Add(new(field, $"第 {number} 条责任事项的内容共 {content.Length} 个字，超过上限 {MaxContentLength} 个字，请删减。"));
            }
        }
    }

    /// <summary>
    /// Makes the item's responsibility items those of <paramref name="list"/>, in its order. An item whose name is
    /// kept keeps its record and gets the new content; the others are removed or added.
    /// </summary>
    public static void ApplyTo(List<DraftResponsibility> list, PowerItem item)
    {
        // Imported lists may repeat a name, so each stored record is matched at most once.
        var existing = item.ResponsibilityItems.ToList();
        var result = new List<ResponsibilityItem>();
        for (var index = 0; index < list.Count; index++)
        {
            var name = Clean(list[index].Name) ?? "";
            var content = Normalize(list[index].Content);
            var kept = existing.Find(responsibility => responsibility.Name == name);
            if (kept is null)
            {
                kept = new ResponsibilityItem(name, content);
            }
            else
            {
                existing.Remove(kept);
                kept.Content = content;
            }

            kept.SortOrder = index + 1;
            result.Add(kept);
        }

        item.ResponsibilityItems.RemoveAll(responsibility => !result.Contains(responsibility));
        item.ResponsibilityItems.AddRange(result.Where(responsibility => !item.ResponsibilityItems.Contains(responsibility)));
        item.ResponsibilityItems.Sort((first, second) => first.SortOrder.CompareTo(second.SortOrder));
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    // Browsers send the line breaks of a text area as CRLF, while texts copied from an item use LF.
    private static string Normalize(string? text) => (Clean(text) ?? "").ReplaceLineEndings("\n");
}
