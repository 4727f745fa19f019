using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Zhengwu.Browser.Tests.Pages;

/// <summary>
/// Waits for the address a click leads to, without the page's load event. Chromium has left that event unreported
/// for a page that arrived and went network-idle, and the locator actions that follow wait for their own elements.
/// </summary>
internal static class Navigation
{
    private static readonly PageAssertionsToHaveURLOptions s_wait = new() { Timeout = 30_000 };

    /// <summary>
    /// Waits until the address matches <paramref name="glob"/>: <c>**</c> matches any text, <c>*</c> any text without a
    /// slash, and every other character only itself.
    /// </summary>
    public static Task WaitForAddressAsync(this IPage page, string glob) =>
        Expect(page).ToHaveURLAsync(GlobPattern(glob), s_wait);

    /// <summary>Waits until the address matches <paramref name="pattern"/> anywhere in it.</summary>
    public static Task WaitForAddressAsync(this IPage page, Regex pattern) =>
        Expect(page).ToHaveURLAsync(pattern, s_wait);

    private static Regex GlobPattern(string glob)
    {
        var pattern = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            if (glob[i] != '*')
            {
                pattern.Append(Regex.Escape(glob[i].ToString()));
            }
            else if (i + 1 < glob.Length && glob[i + 1] == '*')
            {
                pattern.Append(".*");
                i++;
            }
            else
            {
                pattern.Append("[^/]*");
            }
        }

        return new Regex(pattern.Append('$').ToString());
    }
}
