using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Parsing;

namespace Zhengwu.Infrastructure.PowerList;

/// <summary>
/// The searchable form of an item: its normalised fields joined by <see cref="FieldSeparator"/> in the order of
/// <see cref="FieldWeights"/>. Relevance sums, for each distinct query bigram, the weights of the fields that
/// contain it, so a match in the name counts most, then the department and agencies, then the legal basis. The
/// text of the cited articles has weight 0: it makes an item findable but adds nothing to relevance.
/// </summary>
public static class PowerItemSearchDocument
{
    public const int NameWeight = 16;
    public const int OrganisationWeight = 4;
    public const int BasisTitleWeight = 2;
    public const int RemarksWeight = 1;
    public const int ArticleTextWeight = 0;

    /// <summary>
    /// Separates fields in the search text. Normalised text keeps only letters and digits, so neither a field
    /// nor a query word contains it.
    /// </summary>
    public const char FieldSeparator = '|';

    /// <summary>
    /// Weights of the fields in search-text order: name, department, agencies, legal basis titles, cited article
    /// text, remarks.
    /// </summary>
    public static IReadOnlyList<int> FieldWeights { get; } =
        [NameWeight, OrganisationWeight, OrganisationWeight, BasisTitleWeight, ArticleTextWeight, RemarksWeight];

    /// <summary>Builds the normalised search text of <paramref name="item"/>.</summary>
    public static string TextOf(PowerItem item, string departmentName)
    {
        var fields = new[]
        {
            item.Name,
            departmentName,
            string.Join(" ", item.Agencies.Select(agency => agency.Name)),
            string.Join(" ", item.LegalBases.Select(basis => basis.Title + basis.DocumentNumber)),
            string.Join(" ", item.LegalBases.Select(basis => basis.Text)),
            item.Remarks ?? "",
        };

        return string.Join(FieldSeparator, fields.Select(TextNormalizer.ForSearch));
    }

    /// <summary>
    /// Sums, over <paramref name="bigrams"/>, the weights of the fields of <paramref name="searchText"/> that
    /// contain each one. The bigrams must be distinct.
    /// </summary>
    public static int Score(string searchText, IReadOnlyCollection<string> bigrams)
    {
        if (bigrams.Count == 0)
        {
            return 0;
        }

        var fields = searchText.Split(FieldSeparator);
        var score = 0;
        for (var index = 0; index < fields.Length && index < FieldWeights.Count; index++)
        {
            var field = fields[index];
            score += FieldWeights[index] * bigrams.Count(bigram => field.Contains(bigram, StringComparison.Ordinal));
        }

        return score;
    }

    /// <summary>Returns every pair of adjacent characters; a text of one character has none.</summary>
    public static IEnumerable<string> Bigrams(string text)
    {
        for (var index = 0; index + 1 < text.Length; index++)
        {
            yield return text.Substring(index, 2);
        }
    }
}
