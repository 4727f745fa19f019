using Microsoft.Playwright;
using Zhengwu.TestSupport;

namespace Zhengwu.Browser.Tests;

/// <summary>Full-page screenshots in artifacts/screenshots of the repository, for reading the pages by eye.</summary>
public static class Screenshots
{
    public static string Folder => Path.Combine(TestPaths.RepositoryRoot, "artifacts", "screenshots");

    public static async Task SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }
}
