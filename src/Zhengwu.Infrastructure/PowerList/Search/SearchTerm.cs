using Zhengwu.Domain.PowerList.Parsing;

namespace Zhengwu.Infrastructure.PowerList.Search;

/// <summary>
/// One word of a query, normalised, with the synonyms it also matches. Every term of a query must match
/// (AND); a term matches when the item contains the word or any of its synonyms.
/// </summary>
public sealed record SearchTerm(string Word, IReadOnlyList<string> Alternatives)
{
    public const int MaxTerms = 5;

    private static readonly char[] s_separators = [' ', '\u3000', '\t', ',', '，', '、', ';', '；'];

    public static IReadOnlyList<SearchTerm> Parse(string? query, SearchSynonyms synonyms)
    {
        var words = (query ?? "")
            .Split(s_separators, StringSplitOptions.RemoveEmptyEntries)
            .Select(TextNormalizer.ForSearch)
            .Where(word => word.Length > 0)
            .Distinct()
            .Take(MaxTerms);

        return [.. words.Select(word => new SearchTerm(word, [word, .. synonyms.For(word)]))];
    }

    /// <summary>
    /// Returns the distinct bigrams of every alternative of <paramref name="terms"/>. Relevance sums their weights.
    /// </summary>
    public static IReadOnlyList<string> Bigrams(IReadOnlyList<SearchTerm> terms) =>
        [.. terms.SelectMany(term => term.Alternatives).SelectMany(PowerItemSearchDocument.Bigrams).Distinct()];
}
