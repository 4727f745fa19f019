using Zhengwu.Domain.PowerList;

namespace Zhengwu.Infrastructure.PowerList.Search;

/// <summary>
/// Where a search term occurs in an item whose name does not contain it: the field's Chinese label and a
/// short excerpt around the first occurrence, so a reader sees why the item matched.
/// </summary>
public sealed record MatchContext(string Field, string Excerpt)
{
    private const int Margin = 18;

    /// <summary>Returns null when the name already shows the match or no field contains a term.</summary>
    public static MatchContext? Find(PowerItem item, string departmentName, IReadOnlyList<SearchTerm> terms)
    {
        var words = terms.SelectMany(term => term.Alternatives).ToList();
        if (words.Count == 0 || Occurrence(item.Name, words) >= 0)
        {
            return null;
        }

        var fields = new (string Label, string? Text)[]
        {
            ("实施机关", item.AgencyText),
            ("主管部门", departmentName),
            ("设定和实施依据", item.LegalBasisText),
            ("依据条文", string.Join(" ", item.LegalBases.Select(basis => basis.Text))),
            ("备注", item.Remarks),
        };
        foreach (var (label, text) in fields)
        {
            var index = Occurrence(text, words);
            if (index >= 0)
            {
                return new MatchContext(label, Cut(text!, index));
            }
        }

        return null;
    }

    private static int Occurrence(string? text, List<string> words) =>
        string.IsNullOrEmpty(text)
            ? -1
            : words.Select(word => text.IndexOf(word, StringComparison.OrdinalIgnoreCase))
                .Where(index => index >= 0)
                .DefaultIfEmpty(-1)
                .Min();

    private static string Cut(string text, int index)
    {
        var start = Math.Max(0, index - Margin);
        var end = Math.Min(text.Length, index + (Margin * 2));
        var excerpt = text[start..end].Replace('\n', ' ');

        return (start > 0 ? "…" : "") + excerpt + (end < text.Length ? "…" : "");
    }
}
