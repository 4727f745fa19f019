using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Zhengwu.Browser.Tests.Pages.Staff;

/// <summary>The back-office list of the department's items at /staff/power-items, with a 起草修改 button per item.</summary>
public sealed class DepartmentItemsPage(IPage page)
{
    private static readonly Regex s_draftAddress = new(@"/staff/drafts/(\d+)$");

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>The table row of the item named <paramref name="name"/>.</summary>
    public ILocator Row(string name) =>
        page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row)
            .Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }) });

    /// <summary>Returns the code shown in the first column of the item's row.</summary>
    public async Task<string> CodeOfAsync(string name) =>
        (await Row(name).Locator("td.code").TextContentAsync() ?? "").Trim();

    /// <summary>Presses 起草修改 in the item's row and returns the id of the draft the portal opens.</summary>
    public async Task<int> StartDraftAsync(string name)
    {
        await Row(name).GetByRole(AriaRole.Button, new() { Name = "起草修改", Exact = true }).ClickAsync();
        await page.WaitForAddressAsync(s_draftAddress);

        return int.Parse(s_draftAddress.Match(page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
