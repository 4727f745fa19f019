using System.Text;
using System.Text.RegularExpressions;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Parsing;

namespace Zhengwu.Infrastructure.PowerList;

/// <summary>
/// A folder of law texts as Markdown, one file per version named TITLE(YYYY-MM-DD).md, each starting with
/// "# full title" and holding one article per paragraph that begins 第N条. Used to fill in and check the
/// article text of legal bases; the newest version of each title is used.
/// </summary>
public sealed partial class LawLibrary
{
    private const string CountryPrefix = "中华人民共和国";

    private readonly Lazy<Dictionary<string, string>> _files;
    private readonly Dictionary<string, IReadOnlyDictionary<int, string>> _articles = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public LawLibrary(string folder)
    {
        Folder = folder;
        _files = new Lazy<Dictionary<string, string>>(IndexTitles);
    }

    public string Folder { get; }

    /// <summary>A library with no folder, for deployments that do not ship the law texts.</summary>
    public static LawLibrary None { get; } = new("");

    public bool IsAvailable => Folder.Length > 0 && Directory.Exists(Folder);

    /// <summary>Returns true when the library contains a text with this title, with or without 中华人民共和国.</summary>
    public bool Contains(string title) => FindFile(title) is not null;

    /// <summary>
    /// Fills <see cref="LegalBasis.Text"/> with the cited articles and sets <see cref="LegalBasis.ArticlesFound"/>.
    /// A basis whose title is not in the library is left unchanged.
    /// </summary>
    public void Resolve(LegalBasis basis)
    {
        var file = FindFile(basis.Title);
        if (file is null)
        {
            return;
        }

        var numbers = ArticleNumbers(basis.Articles);
        if (numbers.Count == 0)
        {
            basis.ArticlesFound = true;

            return;
        }

        var articles = ArticlesOf(file);
        var texts = numbers.Select(number => articles.GetValueOrDefault(number)).ToList();
        basis.ArticlesFound = texts.All(text => text is not null);
        basis.Text = string.Join("\n", texts.Where(text => text is not null));
    }

    internal static List<int> ArticleNumbers(string? articles)
    {
        var numbers = new List<int>();
        foreach (Match match in ArticlePattern().Matches(articles ?? ""))
        {
            if (ChineseNumber.TryParse(match.Groups[1].Value, out var number) && !numbers.Contains(number))
            {
                numbers.Add(number);
            }
        }

        return numbers;
    }

    private string? FindFile(string title)
    {
        var key = NormalizeTitle(title);
        var files = _files.Value;
        if (files.TryGetValue(key, out var file))
        {
            return file;
        }

        var alternative = key.StartsWith(CountryPrefix, StringComparison.Ordinal)
            ? key[CountryPrefix.Length..]
            : CountryPrefix + key;

        return files.GetValueOrDefault(alternative);
    }

    private Dictionary<string, string> IndexTitles()
    {
        var titles = new Dictionary<string, (string Path, string Version)>(StringComparer.Ordinal);
        if (!IsAvailable)
        {
            return [];
        }

        foreach (var path in Directory.EnumerateFiles(Folder, "*.md", SearchOption.AllDirectories))
        {
            AddTitle(titles, path);
        }

        return titles.ToDictionary(pair => pair.Key, pair => pair.Value.Path, StringComparer.Ordinal);
    }

    private static void AddTitle(Dictionary<string, (string Path, string Version)> titles, string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var heading = reader.ReadLine();
        if (heading is null || !heading.StartsWith("# ", StringComparison.Ordinal))
        {
            return;
        }

        var title = NormalizeTitle(heading[2..]);
        var version = VersionPattern().Match(Path.GetFileName(path)).Value;
        if (!titles.TryGetValue(title, out var known) || string.CompareOrdinal(version, known.Version) > 0)
        {
            titles[title] = (path, version);
        }
    }

    private IReadOnlyDictionary<int, string> ArticlesOf(string file)
    {
        lock (_gate)
        {
            if (!_articles.TryGetValue(file, out var articles))
            {
                articles = ReadArticles(file);
                _articles[file] = articles;
            }

            return articles;
        }
    }

    private static Dictionary<int, string> ReadArticles(string file)
    {
        var articles = new Dictionary<int, string>();
        int? current = null;
        var text = new StringBuilder();
        foreach (var line in File.ReadLines(file, Encoding.UTF8))
        {
            var match = ArticleStartPattern().Match(line);
            if (match.Success && ChineseNumber.TryParse(match.Groups[1].Value, out var number))
            {
                Store(articles, current, text);
                current = number;
                text.Clear().Append(line.Trim());
            }
            else if (line.StartsWith('#'))
            {
                Store(articles, current, text);
                current = null;
            }
            else if (current is not null && line.Trim().Length > 0)
            {
                text.Append('\n').Append(line.Trim());
            }
        }

        Store(articles, current, text);

        return articles;
    }

    private static void Store(Dictionary<int, string> articles, int? number, StringBuilder text)
    {
        if (number is { } value && !articles.ContainsKey(value))
        {
            articles[value] = text.ToString();
        }
    }

    private static string NormalizeTitle(string title) =>
        TextNormalizer.Normalize(title).Trim('《', '》', ' ').Replace('(', '（').Replace(')', '）');

    [GeneratedRegex(@"第([零一二三四五六七八九十百千两\d]+)条")]
    private static partial Regex ArticlePattern();

    [GeneratedRegex(@"^\s*第([零一二三四五六七八九十百千两\d]+)条[\s　]")]
    private static partial Regex ArticleStartPattern();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex VersionPattern();
}
