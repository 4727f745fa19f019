namespace Zhengwu.Web.Hosting;

/// <summary>Shortens user input before an error message quotes it back.</summary>
internal static class DisplayText
{
    private const int MaxQuotedLength = 20;

    /// <summary>Returns the first 20 characters of <paramref name="text"/> followed by … when it is longer.</summary>
    public static string Shorten(string text) =>
        text.Length > MaxQuotedLength ? text[..MaxQuotedLength] + "…" : text;
}
