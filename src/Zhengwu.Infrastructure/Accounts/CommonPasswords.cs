using System.Collections.Frozen;

namespace Zhengwu.Infrastructure.Accounts;

/// <summary>The embedded list of common passwords that staff passwords are checked against.</summary>
public static class CommonPasswords
{
    public static IReadOnlySet<string> All { get; } = Load();

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("Zhengwu.Accounts.CommonPasswords")
            ?? throw new InvalidOperationException("The embedded common password list is missing.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                words.Add(line.Trim().ToLowerInvariant());
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
