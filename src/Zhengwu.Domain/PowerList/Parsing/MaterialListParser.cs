using System.Text.RegularExpressions;

namespace Zhengwu.Domain.PowerList.Parsing;

/// <summary>
/// Reads a numbered list cell, such as the materials (申请材料) or acceptance conditions (受理条件), into its items.
/// </summary>
public static partial class MaterialListParser
{
    private static readonly char[] s_itemTrimCharacters = [' ', '\t', '\r', '\n', '　', '；', ';', '。', '，', ','];
    private static readonly string[] s_styles = ["parenChinese", "parenArabic", "chineseComma", "arabicDot", "circled"];

    /// <summary>
    /// Splits a cell numbered (一)…(二)…, （1）…, 一、…, 1.… or 1、… or ①… into item texts without their numbers.
    /// A number counts only in sequence (1, 2, 3 …) and in the style of the first item. It must also stand at the
    /// start of the cell or after a line break or punctuation, so 第(一)项 inside an item does not split it. A cell
    /// without numbers is split at line breaks and semicolons. Text before the first number is kept as an item.
    /// </summary>
    public static IReadOnlyList<string> Parse(string? cell)
    {
        var text = cell ?? "";
        var markers = FindSequentialMarkers(text);
        if (markers.Count == 0)
        {
            return SplitUnnumbered(text);
        }

        var items = new List<string>();
        AddItem(items, text[..markers[0].Index]);
        for (var i = 0; i < markers.Count; i++)
        {
            var start = markers[i].Index + markers[i].Length;
            var end = i + 1 < markers.Count ? markers[i + 1].Index : text.Length;
            AddItem(items, text[start..end]);
        }

        return items;
    }

    private static List<Match> FindSequentialMarkers(string text)
    {
        var accepted = new List<Match>();
        string? style = null;
        foreach (Match match in MarkerPattern().Matches(text))
        {
            var matchStyle = StyleOf(match);
            if ((style is null || style == matchStyle) && NumberOf(match) == accepted.Count + 1)
            {
                style = matchStyle;
                accepted.Add(match);
            }
        }

        return accepted;
    }

    private static string StyleOf(Match match) => s_styles.First(style => match.Groups[style].Success);

    private static int NumberOf(Match match)
    {
        var number = match.Groups[StyleOf(match)].Value;
        if (number.Length == 1 && number[0] is >= '①' and <= '⑳')
        {
            return number[0] - '①' + 1;
        }

        return ChineseNumber.TryParse(number, out var value) ? value : -1;
    }

    private static List<string> SplitUnnumbered(string text)
    {
        var items = new List<string>();
        foreach (var part in text.Split(['\n', '；', ';']))
        {
            AddItem(items, part);
        }

        return items;
    }

    private static void AddItem(List<string> items, string text)
    {
        var item = text.Trim(s_itemTrimCharacters);
        if (item.Length > 0)
        {
            items.Add(item);
        }
    }

    // Circled numbers stand alone, so they need no preceding boundary.
    [GeneratedRegex(
        @"(?<=^|[\s；;。，,：:])(?:[(（](?<parenChinese>[一二三四五六七八九十]+)[)）]"
        + @"|[(（](?<parenArabic>[0-9０-９]+)[)）]"
        + @"|(?<chineseComma>[一二三四五六七八九十]+)、"
        + @"|(?<arabicDot>[0-9０-９]+)(?:[.．、](?![0-9０-９])|[)）]))"
        + @"|(?<circled>[①-⑳])")]
    private static partial Regex MarkerPattern();
}
