using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
using Zhengwu.Infrastructure.PowerList.Search;

namespace Zhengwu.Web.Pages;

/// <summary>Encodes text for HTML and wraps the parts that match search terms in &lt;mark&gt;.</summary>
public static class Highlighter
{
    private static readonly HtmlEncoder s_encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IHtmlContent Mark(string? text, IReadOnlyList<SearchTerm> terms)
    {
        if (string.IsNullOrEmpty(text))
        {
            return HtmlString.Empty;
        }

        var marked = MatchedMask(text, terms);
        var builder = new HtmlContentBuilder();
        var start = 0;
        while (start < text.Length)
        {
            var end = start;
            while (end < text.Length && marked[end] == marked[start])
            {
                end++;
            }

            var segment = text[start..end];
            builder.AppendHtml(marked[start] ? $"<mark>{s_encoder.Encode(segment)}</mark>" : s_encoder.Encode(segment));
            start = end;
        }

        return builder;
    }

    private static bool[] MatchedMask(string text, IReadOnlyList<SearchTerm> terms)
    {
        var marked = new bool[text.Length];
        foreach (var word in terms.SelectMany(term => term.Alternatives).Where(word => word.Length > 0))
        {
            var index = text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            while (index >= 0)
            {
                Array.Fill(marked, true, index, word.Length);
                index = text.IndexOf(word, index + word.Length, StringComparison.OrdinalIgnoreCase);
            }
        }

        return marked;
    }
}
