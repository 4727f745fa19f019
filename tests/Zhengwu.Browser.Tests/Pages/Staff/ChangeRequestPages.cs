using Microsoft.Playwright;

namespace Zhengwu.Browser.Tests.Pages.Staff;

/// <summary>The list of change requests at /staff/changes and one request at /staff/changes/{id}.</summary>
public sealed class ChangeRequestPages(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>The notice after a step, such as 已提交审核。</summary>
    public ILocator Notice => page.GetByRole(AriaRole.Status);

    /// <summary>The request's state after 状态：, such as 草稿 or 审改办审核中.</summary>
    public ILocator Status => page.Locator(".change-meta .change-status");

    /// <summary>The value (dd) of the request's term (dt) <paramref name="term"/>, such as 理由.</summary>
    public ILocator Detail(string term) =>
        page.GetByRole(AriaRole.Term).Filter(new() { HasTextRegex = new($"^{term}$") }).Locator("xpath=following-sibling::dd[1]");

    /// <summary>The rows of the table 拟变更的要素, one per element the request changes.</summary>
    public ILocator DifferenceRows => DifferenceTable.Locator("tbody").GetByRole(AriaRole.Row);

    /// <summary>The entries of the list 办理记录, oldest first.</summary>
    public ILocator Steps =>
        page.GetByRole(AriaRole.Heading, new() { Name = "办理记录", Exact = true })
            .Locator("xpath=following-sibling::ol[1]")
            .GetByRole(AriaRole.Listitem);

    /// <summary>The buttons of the 办理 forms: the steps the signed-in staff member may take now.</summary>
    public ILocator ActionButtons => page.Locator("form.change-action").GetByRole(AriaRole.Button);

    private ILocator DifferenceTable =>
        page.GetByRole(AriaRole.Table)
            .Filter(new() { Has = page.GetByRole(AriaRole.Columnheader, new() { Name = "拟变更为", Exact = true }) });

    /// <summary>The link to the request in the section 等待我处理 of the list.</summary>
    public ILocator WaitingLink(int id) =>
        page.GetByRole(AriaRole.Region, new() { Name = "等待我处理", Exact = true })
            .Locator($"tr[data-request='{id}']")
            .GetByRole(AriaRole.Link);

    /// <summary>Follows the request's link in the section 等待我处理 and waits for the request page.</summary>
    public async Task OpenWaitingAsync(int id)
    {
        await WaitingLink(id).ClickAsync();
        await page.WaitForAddressAsync($"**/staff/changes/{id}");
    }

    /// <summary>
    /// Writes <paramref name="opinion"/> into the only text box of the form of the step named <paramref name="step"/>,
    /// such as 提交审核, presses its button and waits for the request page with the notice of the step. The form of
    /// 登记政府审定结果 has several fields, so this method does not fill it.
    /// </summary>
    public async Task TakeStepAsync(string step, string opinion)
    {
        var button = page.GetByRole(AriaRole.Button, new() { Name = step, Exact = true });
        var form = page.Locator("form.change-action").Filter(new() { Has = button });
        await form.GetByRole(AriaRole.Textbox).FillAsync(opinion);
        await button.ClickAsync();
        await page.WaitForAddressAsync("**/staff/changes/*?done=*");
    }
}
