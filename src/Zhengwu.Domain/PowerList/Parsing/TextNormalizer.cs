using System.Text;

namespace Zhengwu.Domain.PowerList.Parsing;

/// <summary>Cleans cell text from published lists, which mix full-width and half-width characters.</summary>
public static class TextNormalizer
{
    private const char FirstFullWidth = '\uFF01';
    private const char LastFullWidth = '\uFF5E';
    private const int FullWidthOffset = 0xFEE0;
    private const char IdeographicSpace = '\u3000';

    /// <summary>
    /// Folds full-width ASCII letters, digits and punctuation (U+FF01 to U+FF5E) to half-width, collapses runs of
    /// whitespace to one space and trims. Chinese marks outside that block, such as 《》〔〕〈〉、。, stay as they are.
    /// </summary>
    public static string Normalize(string? text)
    {
        var builder = new StringBuilder((text ?? "").Length);
        var pendingSpace = false;
        foreach (var c in text ?? "")
        {
            var folded = Fold(c);
            if (char.IsWhiteSpace(folded))
            {
                pendingSpace = builder.Length > 0;

                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(folded);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Collapses runs of whitespace to one space and trims, keeping every other character as printed. Names
    /// are stored this way so that a page shows 烟花爆竹经营（零售）许可 with its full-width brackets.
    /// </summary>
    public static string CollapseWhitespace(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Removes the footnote marks * ＊ ※ that lists put after names, wherever they stand, and trims.</summary>
    public static string StripFootnoteMarks(string? text)
    {
        var kept = (text ?? "").Where(c => c is not ('*' or '＊' or '※'));

        return string.Concat(kept).Trim();
    }

    /// <summary>
    /// Builds the form used for search matching: normalised, lower-case, with only letters (Chinese characters
    /// included) and digits kept.
    /// </summary>
    public static string ForSearch(string? text)
    {
        var kept = Normalize(text).Where(char.IsLetterOrDigit);

        return string.Concat(kept).ToLowerInvariant();
    }

    private static char Fold(char c)
    {
        if (c == IdeographicSpace)
        {
            return ' ';
        }

        return c is >= FirstFullWidth and <= LastFullWidth ? (char)(c - FullWidthOffset) : c;
    }
}
