using Zhengwu.Domain.PowerList.Parsing;

namespace Zhengwu.Infrastructure.PowerList.Search;

/// <summary>
/// Words people search for mapped to the terms official lists use, e.g. 营业执照 to 市场主体登记.
/// Read from a two-column CSV (term, synonyms separated by 、).
/// </summary>
public sealed class SearchSynonyms
{
    private readonly Dictionary<string, List<string>> _map = new(StringComparer.Ordinal);

    public static SearchSynonyms Empty { get; } = new();

    public static SearchSynonyms Load(string path)
    {
        var synonyms = new SearchSynonyms();
        if (!File.Exists(path))
        {
            return synonyms;
        }

        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var cells = line.Split(',', 2);
            if (cells.Length == 2)
            {
                var alternatives = cells[1].Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                synonyms.Add(cells[0], alternatives);
            }
        }

        return synonyms;
    }

    public IReadOnlyList<string> For(string word) => _map.TryGetValue(word, out var list) ? list : [];

    private void Add(string term, IEnumerable<string> alternatives)
    {
        var key = TextNormalizer.ForSearch(term);
        var list = alternatives.Select(TextNormalizer.ForSearch).Where(word => word.Length > 0 && word != key).ToList();
        if (key.Length > 0 && list.Count > 0)
        {
            _map[key] = list;
        }
    }
}
