using Microsoft.Playwright;

namespace Zhengwu.Browser.Tests.Pages;

/// <summary>The item search page at /search and its result table.</summary>
public sealed class SearchPage(IPage page)
{
    public ILocator ResultCount => page.GetByRole(AriaRole.Status);

    public ILocator ResultLinks => page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link);

    /// <summary>The &lt;mark&gt; elements that highlight the search terms in the results.</summary>
    public ILocator Highlights => page.GetByRole(AriaRole.Table).Locator("mark");

    public async Task GotoAsync() => await page.GotoAsync("/search");

    /// <summary>Types <paramref name="term"/> into 检索词 and submits the form.</summary>
    public async Task SearchAsync(string term)
    {
        await page.GetByLabel("检索词").FillAsync(term);
        await page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Button, new() { Name = "检索" }).ClickAsync();
        await page.WaitForAddressAsync("**/search?*");
    }

    public async Task OpenResultAsync(string name) =>
        await page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
}
