using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Parsing;

namespace Zhengwu.Infrastructure.PowerList;

/// <summary>
/// The searchable form of an item: its normalised text and the characters and bigrams of each field with
/// field weights. A match in the name counts most, then the department and agencies, then the legal basis.
/// Single characters are posting-list keys for one-character queries, and relevance sums bigram weights only.
/// The text of the cited articles has weight 0: its grams make those matches findable through the posting
/// lists but add nothing to relevance. With a law library this makes the index several times larger.
/// </summary>
public sealed class PowerItemSearchDocument
{
    public const int NameWeight = 16;
    public const int OrganisationWeight = 4;
    public const int BasisTitleWeight = 2;
    public const int RemarksWeight = 1;
    public const int ArticleTextWeight = 0;

    /// <summary>Separates fields in <see cref="Text"/>; normalised queries never contain it.</summary>
    public const char FieldSeparator = '|';

    private PowerItemSearchDocument(string text, IReadOnlyDictionary<string, int> grams)
    {
        Text = text;
        Grams = grams;
    }

    public string Text { get; }

    public IReadOnlyDictionary<string, int> Grams { get; }

    public static PowerItemSearchDocument Build(PowerItem item, string departmentName)
    {
        var fields = new List<(string Text, int Weight)>
        {
            (item.Name, NameWeight),
            (departmentName, OrganisationWeight),
            (string.Join(" ", item.Agencies.Select(agency => agency.Name)), OrganisationWeight),
            (string.Join(" ", item.LegalBases.Select(basis => basis.Title + basis.DocumentNumber)), BasisTitleWeight),
            (string.Join(" ", item.LegalBases.Select(basis => basis.Text)), ArticleTextWeight),
            (item.Remarks ?? "", RemarksWeight),
        };
        var normalised = fields.Select(field => (Text: TextNormalizer.ForSearch(field.Text), field.Weight)).ToList();
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (text, weight) in normalised)
        {
            foreach (var gram in Characters(text).Concat(Bigrams(text)).Distinct())
            {
                grams[gram] = grams.GetValueOrDefault(gram) + weight;
            }
        }

        return new PowerItemSearchDocument(string.Join(FieldSeparator, normalised.Select(field => field.Text)), grams);
    }

    /// <summary>Returns each character of <paramref name="text"/> as a one-character string.</summary>
    public static IEnumerable<string> Characters(string text) => text.Select(character => character.ToString());

    /// <summary>Returns every pair of adjacent characters; a text of one character has none.</summary>
    public static IEnumerable<string> Bigrams(string text)
    {
        for (var index = 0; index + 1 < text.Length; index++)
        {
            yield return text.Substring(index, 2);
        }
    }
}
