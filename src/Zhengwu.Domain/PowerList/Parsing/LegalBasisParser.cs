using System.Text.RegularExpressions;

namespace Zhengwu.Domain.PowerList.Parsing;

/// <summary>Reads the legal basis cell (设定和实施依据) of a published list into citations.</summary>
public static partial class LegalBasisParser
{
    private const string Separators = "；;，,、。\r\n";
    private const string Numerals = "0-9０-９零〇一二两三四五六七八九十百千";
    private const string ArticlePattern =
        "第[" + Numerals + "]+条(?:之[一二三四五六七八九十]+)?(?:(?:至|、)?第[" + Numerals + "()（）]+[款项目])*";

    /// <summary>
    /// Splits a cell into citations, which lists separate with ；;，,、 or line breaks or write back to back
    /// (《A》《B》). Each citation gives the title inside 《》, a document number from a bracket right after the
    /// title and the run of 第…条 that follows. Text without 《》 becomes a citation whose title is that text, and
    /// other text after a title is kept in that citation's Articles.
    /// </summary>
    public static IReadOnlyList<LegalBasis> Parse(string? cell)
    {
        var text = TextNormalizer.StripFootnoteMarks(cell);
        var drafts = new List<CitationDraft>();
        var position = 0;
        while (position < text.Length)
        {
            var start = SkipSeparators(text, position);
            if (start >= text.Length)
            {
                break;
            }

            var separator = text[position..start].Trim();
            position = text[start] == '《'
                ? ReadTitledCitation(text, start, drafts)
                : ReadPlainCitation(text, start, separator, drafts);
        }

        return [.. drafts.Select(draft => draft.ToLegalBasis())];
    }

    private static int ReadTitledCitation(string text, int start, List<CitationDraft> drafts)
    {
        var close = FindTitleEnd(text, start);
        var titleEnd = close < 0 ? text.Length : close;
        var draft = new CitationDraft(CleanTitle(text[(start + 1)..titleEnd]));
        drafts.Add(draft);
        if (close < 0)
        {
            return text.Length;
        }

        var position = ReadBracketAfterTitle(text, close + 1, draft);

        return ReadArticlesAndRest(text, position, draft);
    }

    /// <summary>
    /// Reads a bracket right after the title: a document number when it ends with 号 or is cut off, otherwise a
    /// part of the title such as （2016年本）.
    /// </summary>
    private static int ReadBracketAfterTitle(string text, int position, CitationDraft draft)
    {
        var open = SkipWhitespace(text, position);
        if (open >= text.Length || text[open] is not ('(' or '（'))
        {
            return position;
        }

        var close = BracketScanner.FindClosing(text, open);
        if (close < 0)
        {
            // NOTE: a bracket cut off by a truncated cell is kept as the document number although it is incomplete.
            var end = FindSegmentEnd(text, open + 1);
            draft.DocumentNumber = NormalizeDocumentNumber(text[(open + 1)..end]);

            return end;
        }

        var inner = text[(open + 1)..close];
        if (inner.TrimEnd().EndsWith('号'))
        {
            draft.DocumentNumber = NormalizeDocumentNumber(inner);
        }
        else
        {
            draft.Title += text[open..(close + 1)];
        }

        return close + 1;
    }

    private static int ReadArticlesAndRest(string text, int position, CitationDraft draft)
    {
        var run = ArticleRunPattern().Match(text, position);
        if (run.Success)
        {
            var runEnd = FindSegmentEnd(text, run.Index + run.Length);
            draft.Articles = text[run.Index..runEnd].Trim();

            return runEnd;
        }

        var end = FindSegmentEnd(text, position);
        var rest = text[position..end].Trim();
        if (rest.Length == 0)
        {
            return end;
        }

        // Text after the title that is neither a document number nor an article, such as 有关规定, stays with
        // the citation in Articles so that no text is lost.
        if (draft.DocumentNumber is null && BareDocumentNumberPattern().IsMatch(NormalizeDocumentNumber(rest)))
        {
            draft.DocumentNumber = NormalizeDocumentNumber(rest);
        }
        else
        {
            draft.Articles = rest;
        }

        return end;
    }

    /// <summary>
    /// Reads a citation without 《》. A bare run of articles (第十七条 after 《A》第十二条；) belongs to the
    /// citation before it.
    /// </summary>
    private static int ReadPlainCitation(string text, int start, string separator, List<CitationDraft> drafts)
    {
        var end = FindSegmentEnd(text, start);
        var segment = text[start..end].Trim();
        if (drafts.Count > 0 && ArticleRunPattern().IsMatch(segment))
        {
            var previous = drafts[^1];
            previous.Articles = previous.Articles is null ? segment : previous.Articles + separator + segment;

            return end;
        }

        var numbered = TrailingDocumentNumberPattern().Match(segment);
        drafts.Add(numbered.Success
            ? new CitationDraft(numbered.Groups["title"].Value)
            {
                DocumentNumber = NormalizeDocumentNumber(numbered.Groups["number"].Value),
            }
            : new CitationDraft(segment));

        return end;
    }

    /// <summary>Returns the index of the 》 that closes the 《 at <paramref name="start"/>, or -1.</summary>
    private static int FindTitleEnd(string text, int start)
    {
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            depth += text[i] switch
            {
                '《' => 1,
                '》' => -1,
                _ => 0,
            };
            if (depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Returns where a citation's text ends: at the next 《 or separator outside brackets.</summary>
    private static int FindSegmentEnd(string text, int from)
    {
        var depth = 0;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (depth == 0 && (c == '《' || Separators.Contains(c, StringComparison.Ordinal)))
            {
                return i;
            }

            if (BracketScanner.IsOpener(c))
            {
                depth++;
            }
            else if (BracketScanner.IsCloser(c))
            {
                depth = Math.Max(0, depth - 1);
            }
        }

        return text.Length;
    }

    private static int SkipSeparators(string text, int position)
    {
        while (position < text.Length
            && (char.IsWhiteSpace(text[position]) || Separators.Contains(text[position], StringComparison.Ordinal)))
        {
            position++;
        }

        return position;
    }

    private static int SkipWhitespace(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    /// <summary>Keeps 〈〉 inside a title and turns the &lt;&gt; some lists use there into 〈〉.</summary>
    private static string CleanTitle(string title) => title
        .Replace('<', '〈').Replace('>', '〉').Replace('＜', '〈').Replace('＞', '〉')
        .Trim();

    /// <summary>
    /// Writes a document number the standard way: half-width digits, no spaces, and the year in 〔〕 where lists
    /// write [2016], 【2016】 or (2016).
    /// </summary>
    private static string NormalizeDocumentNumber(string number)
    {
        var normalized = TextNormalizer.Normalize(number).Replace(" ", "", StringComparison.Ordinal)
            .Replace('[', '〔').Replace(']', '〕').Replace('【', '〔').Replace('】', '〕');

        return YearInParenthesesPattern().Replace(normalized, "〔$1〕");
    }

    [GeneratedRegex(@"\G\s*" + ArticlePattern + @"(?:\s*(?:、|，|,|和|及|与|以及|至|或者|或)\s*" + ArticlePattern + ")*")]
    private static partial Regex ArticleRunPattern();

    [GeneratedRegex(@"^[\u4e00-\u9fff]+(?:〔\d{4}〕第?\d+号|令(?:\d{4}年)?第?\d+号)$")]
    private static partial Regex BareDocumentNumberPattern();

    [GeneratedRegex(@"^(?<title>.*?\S)\s*[(（](?<number>[^()（）]*号)[)）]$")]
    private static partial Regex TrailingDocumentNumberPattern();

    [GeneratedRegex(@"\((\d{4})\)")]
    private static partial Regex YearInParenthesesPattern();

    private sealed class CitationDraft(string title)
    {
        public string Title { get; set; } = title;

        public string? DocumentNumber { get; set; }

        public string? Articles { get; set; }

        public LegalBasis ToLegalBasis() => new()
        {
            Title = Title,
            DocumentNumber = DocumentNumber,
            Articles = string.IsNullOrEmpty(Articles) ? null : Articles,
        };
    }
}
