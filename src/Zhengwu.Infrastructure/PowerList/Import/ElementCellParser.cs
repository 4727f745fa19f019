using Zhengwu.Domain.PowerList;

namespace Zhengwu.Infrastructure.PowerList.Import;

/// <summary>Parses the FAQ and responsibility cells of the full element set.</summary>
internal static class ElementCellParser
{
    private static readonly char[] s_lineBreaks = ['\n', '\r'];
    private static readonly string[] s_labelSeparators = ["：", ":"];

    /// <summary>Reads one question per line as "question|answer" or "问：…答：…".</summary>
    public static List<FaqEntry> ParseFaq(string? cell)
    {
        var entries = new List<FaqEntry>();
        foreach (var line in Lines(cell))
        {
            var parts = line.Contains('|', StringComparison.Ordinal)
                ? line.Split('|', 2)
                : line.Replace("问：", "", StringComparison.Ordinal).Split("答：", 2);
            if (parts.Length == 2)
            {
                entries.Add(new FaqEntry { Question = parts[0].Trim(), Answer = parts[1].Trim() });
            }
        }

        return entries;
    }

    /// <summary>Reads one responsibility per line or per ；, as "受理责任：content".</summary>
    public static List<ResponsibilityItem> ParseResponsibilities(string? cell)
    {
        var items = new List<ResponsibilityItem>();
        foreach (var line in Lines(cell).SelectMany(line => line.Split('；', StringSplitOptions.RemoveEmptyEntries)))
        {
            var parts = line.Split(s_labelSeparators, 2, StringSplitOptions.TrimEntries);
            var item = parts.Length == 2
                ? new ResponsibilityItem(parts[0], parts[1])
                : new ResponsibilityItem("责任事项", line.Trim());
            item.SortOrder = items.Count;
            items.Add(item);
        }

        return items;
    }

    private static string[] Lines(string? cell) =>
        (cell ?? "").Split(s_lineBreaks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
