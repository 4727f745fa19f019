using System.Linq.Expressions;
using Zhengwu.Domain.PowerList;

namespace Zhengwu.Infrastructure.PowerList.Search;

/// <summary>Builds the database filter that an item's search text contains one of several words.</summary>
internal static class SearchTextFilter
{
    private static readonly System.Reflection.MethodInfo s_contains =
        typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;

    /// <summary>Builds item =&gt; item.SearchText.Contains(a) || item.SearchText.Contains(b) ….</summary>
    public static Expression<Func<PowerItem, bool>> ContainsAny(IReadOnlyList<string> words)
    {
        var item = Expression.Parameter(typeof(PowerItem), "item");
        var text = Expression.Property(item, nameof(PowerItem.SearchText));
        var body = words
            .Select(word => (Expression)Expression.Call(text, s_contains, Expression.Constant(word)))
            .Aggregate(Expression.OrElse);

        return Expression.Lambda<Func<PowerItem, bool>>(body, item);
    }
}
