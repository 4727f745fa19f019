using Microsoft.Playwright;

namespace Zhengwu.Browser.Tests.Pages.PowerList;

/// <summary>The power-list pages: the region list, a region's departments and a department's items.</summary>
public sealed class PowerListPages(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator ItemLinks => page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link);

    public async Task OpenRegionAsync(string region) => await OpenTableLinkAsync(region);

    public async Task OpenDepartmentAsync(string department)
    {
        await OpenTableLinkAsync(department);
        await page.WaitForAddressAsync("**/power-list/departments/*");
    }

    /// <summary>Follows the power-type filter link of a department page, such as 行政许可.</summary>
    public async Task FilterByTypeAsync(string type)
    {
        // The link's name ends with the item count, so it is matched by prefix.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "按权力类型筛选" })
            .GetByRole(AriaRole.Link, new() { NameRegex = new($"^{type}") })
            .ClickAsync();
        await page.WaitForAddressAsync("**/power-list/departments/*?type=*");
    }

    public async Task OpenItemAsync(string name) => await OpenTableLinkAsync(name);

    private async Task OpenTableLinkAsync(string name) =>
        await page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
}
