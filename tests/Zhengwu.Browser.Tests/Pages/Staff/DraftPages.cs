using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Zhengwu.Browser.Tests.Pages.Staff;

/// <summary>A draft's edit form at /staff/drafts/{id} and its preview at /staff/drafts/{id}/preview.</summary>
public sealed class DraftPages(IPage page)
{
    private static readonly Regex s_requestAddress = new(@"/staff/changes/(\d+)$");

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>The notice after a save, such as 已保存为第 2 版。</summary>
    public ILocator Notice => page.GetByRole(AriaRole.Status);

    public ILocator SaveButton => page.GetByRole(AriaRole.Button, new() { Name = "保存草稿", Exact = true });

    /// <summary>The note at the top of the preview that the draft is not public yet.</summary>
    public ILocator PreviewNotice => page.GetByRole(AriaRole.Note).Filter(new() { HasText = "草稿预览" });

    /// <summary>The input or text area of the form labelled <paramref name="label"/>, such as 承诺办结时限.</summary>
    public ILocator Field(string label) => page.GetByLabel(label, new() { Exact = true });

    public async Task GotoAsync(int id) => await page.GotoAsync($"/staff/drafts/{id}");

    /// <summary>Adds <paramref name="line"/> as a new last line of the text area labelled <paramref name="label"/>.</summary>
    public async Task AppendLineAsync(string label, string line)
    {
        var field = Field(label);
        var text = await field.InputValueAsync();
        await field.FillAsync(text.Length == 0 ? line : text.TrimEnd('\n') + "\n" + line);
    }

    /// <summary>Presses 保存草稿 and waits for the form to load again after the save.</summary>
    public async Task SaveAsync()
    {
        await SaveButton.ClickAsync();
        await page.WaitForAddressAsync("**/staff/drafts/*?saved=1");
    }

    /// <summary>Presses 保存草稿 with a value the portal rejects, and waits for the form with the problems.</summary>
    public async Task SaveRejectedAsync()
    {
        await SaveButton.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("未保存");
    }

    /// <summary>Follows the 预览 link above the form.</summary>
    public async Task OpenPreviewAsync()
    {
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "预览", Exact = true }).ClickAsync();
        await page.WaitForAddressAsync("**/staff/drafts/*/preview");
    }

    /// <summary>
    /// Fills the form 变更申请 under the draft with the kind, the reason (both as their options read) and the
    /// explanation, presses 发起变更申请 and returns the id of the request page the portal opens.
    /// </summary>
    public async Task<int> OpenRequestAsync(string kind, string reason, string explanation)
    {
        await page.GetByLabel("变更类型", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = kind });
        await page.GetByLabel("理由", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = reason });
        await page.GetByLabel("说明（依据的文件、会议或具体情况）", new() { Exact = true }).FillAsync(explanation);
        await page.GetByRole(AriaRole.Button, new() { Name = "发起变更申请", Exact = true }).ClickAsync();
        await page.WaitForAddressAsync(s_requestAddress);

        return int.Parse(s_requestAddress.Match(page.Url).Groups[1].Value, CultureInfo.InvariantCulture);
    }
}
