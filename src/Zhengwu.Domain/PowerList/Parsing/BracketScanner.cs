namespace Zhengwu.Domain.PowerList.Parsing;

/// <summary>Finds brackets and separators in cell text, ignoring separators that stand inside brackets.</summary>
internal static class BracketScanner
{
    private const string Openers = "(（[［【〔《〈{";
    private const string Closers = ")）]］】〕》〉}";

    public static bool IsOpener(char c) => Openers.Contains(c, StringComparison.Ordinal);

    public static bool IsCloser(char c) => Closers.Contains(c, StringComparison.Ordinal);

    /// <summary>Returns the index of the bracket that closes the one at <paramref name="start"/>, or -1.</summary>
    public static int FindClosing(string text, int start)
    {
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            if (IsOpener(text[i]))
            {
                depth++;
            }
            else if (IsCloser(text[i]) && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Splits at the separators that stand outside brackets and returns the parts untrimmed.</summary>
    public static List<string> SplitTopLevel(string text, IReadOnlyList<string> separators)
    {
        var parts = new List<string>();
        var depth = 0;
        var partStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            depth = Math.Max(0, depth + DepthChange(text[i]));
            var separatorLength = depth == 0 ? MatchSeparator(text, i, separators) : 0;
            if (separatorLength > 0)
            {
                parts.Add(text[partStart..i]);
                i += separatorLength;
                partStart = i;

                continue;
            }

            i++;
        }

        parts.Add(text[partStart..]);

        return parts;
    }

    private static int DepthChange(char c)
    {
        if (IsOpener(c))
        {
            return 1;
        }

        return IsCloser(c) ? -1 : 0;
    }

    private static int MatchSeparator(string text, int index, IReadOnlyList<string> separators)
    {
        foreach (var separator in separators)
        {
            if (string.CompareOrdinal(text, index, separator, 0, separator.Length) == 0)
            {
                return separator.Length;
            }
        }

        return 0;
    }
}
