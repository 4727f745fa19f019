using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.PowerList.Search;

/// <summary>
/// Finds the items that match every query term through the gram posting lists of
/// <see cref="PowerItemSearchTerm"/> instead of a scan of every item's search text. A word matches when the
/// item has a posting for each of its grams: the character itself for a one-character word, its bigrams
/// otherwise. Two adjacent bigrams can come from different places in the text, so a word of three or more
/// characters is also checked as a substring, but only on items that already have all its postings.
/// </summary>
internal sealed class PostingLookup(ZhengwuDbContext db)
{
    /// <summary>
    /// Restricts <paramref name="items"/> to those that match every term. Candidates are read from the
    /// postings of one term: the rarest gram of each of its alternatives, from the term whose sum is smallest.
    /// Each candidate's other grams are then counted through the (PowerItemId, Gram, Weight) index.
    /// </summary>
    public async Task<IQueryable<PowerItem>> MatchingAsync(
        IQueryable<PowerItem> items,
        IReadOnlyList<SearchTerm> terms,
        CancellationToken cancellationToken)
    {
        var frequencies = await FrequenciesAsync(terms, cancellationToken);
        var leading = terms
            .Select(term => RarestGrams(term, frequencies))
            .MinBy(grams => grams.Sum(gram => frequencies.GetValueOrDefault(gram)))!;
        var candidates = db.PowerItemSearchTerms
            .Where(posting => leading.Contains(posting.Gram))
            .Select(posting => posting.PowerItemId);
        items = items.Where(item => candidates.Contains(item.Id));
        foreach (var term in terms)
        {
            items = items.Where(MatchesAny(term.Alternatives));
        }

        return items;
    }

    /// <summary>Returns the grams looked up for <paramref name="word"/>.</summary>
    public static IReadOnlyList<string> Grams(string word) =>
        word.Length == 1 ? [word] : [.. PowerItemSearchDocument.Bigrams(word).Distinct()];

    private async Task<Dictionary<string, int>> FrequenciesAsync(
        IReadOnlyList<SearchTerm> terms,
        CancellationToken cancellationToken)
    {
        var grams = terms
            .SelectMany(term => term.Alternatives)
            .SelectMany(Grams)
            .Distinct()
            .ToList();

        return await db.PowerItemSearchTerms
            .Where(posting => grams.Contains(posting.Gram))
            .GroupBy(posting => posting.Gram)
            .Select(group => new { Gram = group.Key, Count = group.Count() })
            .ToDictionaryAsync(row => row.Gram, row => row.Count, StringComparer.Ordinal, cancellationToken);
    }

    private static List<string> RarestGrams(SearchTerm term, Dictionary<string, int> frequencies) =>
        [.. term.Alternatives.Select(word => Grams(word).MinBy(gram => frequencies.GetValueOrDefault(gram))!).Distinct()];

    /// <summary>Builds item =&gt; Matches(a) || Matches(b) … for the alternatives of one term.</summary>
    private Expression<Func<PowerItem, bool>> MatchesAny(IReadOnlyList<string> words)
    {
        var item = Expression.Parameter(typeof(PowerItem), "item");
        var body = words
            .Select(word => new ParameterReplacer(item).Visit(Matches(word).Body))
            .Aggregate(Expression.OrElse);

        return Expression.Lambda<Func<PowerItem, bool>>(body, item);
    }

    private Expression<Func<PowerItem, bool>> Matches(string word)
    {
        var grams = Grams(word).ToList();
        var count = grams.Count;
        Expression<Func<PowerItem, bool>> postings = item =>
            db.PowerItemSearchTerms.Count(posting => posting.PowerItemId == item.Id && grams.Contains(posting.Gram))
            == count;
        if (word.Length < 3)
        {
            return postings;
        }

        Expression<Func<PowerItem, bool>> substring = item => item.SearchText.Contains(word);
        var parameter = postings.Parameters[0];
        var both = Expression.AndAlso(postings.Body, new ParameterReplacer(parameter).Visit(substring.Body));

        return Expression.Lambda<Func<PowerItem, bool>>(both, parameter);
    }

    private sealed class ParameterReplacer(ParameterExpression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node.Type == replacement.Type ? replacement : base.VisitParameter(node);
    }
}
