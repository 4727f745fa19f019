using Microsoft.Playwright;

namespace Zhengwu.Browser.Tests.Pages;

/// <summary>The portal's home page at /.</summary>
public sealed class HomePage(IPage page)
{
    public ILocator SampleDataNotice => page.GetByRole(AriaRole.Note).Filter(new() { HasText = "示例数据" });

    public async Task GotoAsync() => await page.GotoAsync("/");

    public ILocator SectionHeading(string name) =>
        page.GetByRole(AriaRole.Heading, new() { Name = name, Exact = true, Level = 2 });

    /// <summary>Follows 权责清单 in the main navigation.</summary>
    public async Task OpenPowerListAsync() =>
        await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" })
            .GetByRole(AriaRole.Link, new() { Name = "权责清单", Exact = true })
            .ClickAsync();
}
