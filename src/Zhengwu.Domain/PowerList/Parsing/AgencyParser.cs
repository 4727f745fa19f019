using System.Text;

namespace Zhengwu.Domain.PowerList.Parsing;

/// <summary>Reads the implementing agency cell (实施机关 / 行使主体) of a published list.</summary>
public static class AgencyParser
{
    private static readonly string[] s_separators = ["、", "；", ";", "，", ",", "/", "／", "\r\n", "\n", "\r"];

    /// <summary>
    /// Splits a cell into agencies at 、；;，,/ and line breaks outside brackets, removes footnote marks, moves a
    /// bracketed remark into <see cref="ImplementingAgency.Qualifier"/> and sets the nature from 委托 or 授权.
    /// </summary>
    public static IReadOnlyList<ImplementingAgency> Parse(string? cell)
    {
        var text = TextNormalizer.StripFootnoteMarks(cell);
        var agencies = new List<ImplementingAgency>();
        foreach (var part in BracketScanner.SplitTopLevel(text, s_separators))
        {
            var trimmed = part.Trim();
            if (trimmed.Length > 0)
            {
                agencies.Add(ParseAgency(trimmed));
            }
        }

        return agencies;
    }

    private static ImplementingAgency ParseAgency(string text)
    {
        var name = new StringBuilder();
        var remarks = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var close = IsRoundOpener(text[i]) ? BracketScanner.FindClosing(text, i) : -1;
            var inner = close > i ? text[(i + 1)..close].Trim() : "";
            if (close > i && IsRemark(inner))
            {
                remarks.Add(inner);
                i = close + 1;

                continue;
            }

            name.Append(text[i]);
            i++;
        }

        return Build(text, name.ToString().Trim(), remarks);
    }

    private static ImplementingAgency Build(string text, string name, List<string> remarks)
    {
        // A cell that is nothing but a remark keeps its whole text as the name, so no text is lost.
        if (name.Length == 0)
        {
            return new ImplementingAgency { Name = text, Nature = NatureOf(text) };
        }

        return new ImplementingAgency
        {
            Name = name,
            Nature = NatureOf(text),
            Qualifier = remarks.Count == 0 ? null : string.Join("；", remarks),
        };
    }

    /// <summary>
    /// Returns true when a bracket's inner text is a remark rather than part of the name. Names carry short
    /// brackets such as 各县（区）and 各县（市、区）. A bracket is therefore a remark only when it mentions 委托 or
    /// 授权, or when it is longer than two characters and is not a list of administrative levels.
    /// </summary>
    private static bool IsRemark(string inner)
    {
        if (MentionsEntrustment(inner))
        {
            return true;
        }

        return inner.Length > 2 && !inner.All(c => "省市县区旗乡镇街道、,，/".Contains(c, StringComparison.Ordinal));
    }

    private static bool MentionsEntrustment(string text) =>
        text.Contains("委托", StringComparison.Ordinal) || text.Contains("授权", StringComparison.Ordinal);

    private static AgencyNature NatureOf(string text)
    {
        if (text.Contains("委托", StringComparison.Ordinal))
        {
            return AgencyNature.Entrusted;
        }

        return text.Contains("授权", StringComparison.Ordinal) ? AgencyNature.Authorised : AgencyNature.Statutory;
    }

    private static bool IsRoundOpener(char c) => c is '(' or '（';
}
