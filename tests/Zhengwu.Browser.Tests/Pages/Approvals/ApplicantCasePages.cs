using Microsoft.Playwright;

namespace Zhengwu.Browser.Tests.Pages.Approvals;

/// <summary>
/// The applicant's side of a case: the filing form at /approvals/items/{code}/apply, the receipt and the status page
/// at /account/cases/{number}.
/// </summary>
public sealed class ApplicantCasePages(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>The case number on the receipt.</summary>
    public ILocator ReceiptNumber => page.Locator("dd.case-number");

    public ILocator Notice => page.GetByRole(AriaRole.Status);

    public ILocator CaseState => page.Locator("dd.case-state");

    public ILocator Conclusion => page.Locator("dd.case-conclusion");

    public ILocator PartStates => page.Locator("table.case-parts td.part-state");

    /// <summary>The rows of the correction list, each with the material's name and the problem.</summary>
    public ILocator CorrectionRows => page.Locator("table.correction-items tbody tr");

    /// <summary>The steps in the order the status page lists them, each as time, actor, step, state and opinion.</summary>
    public ILocator StepRows => page.Locator("table.case-steps tbody tr");

    /// <summary>The material files of the case, one row per material.</summary>
    public ILocator MaterialRows => page.Locator("table.case-files tbody tr");

    public ILocator DocumentLinks => page.Locator("table.case-documents a");

    /// <summary>Follows 在线申报 on the item's approval page.</summary>
    public async Task OpenFilingFormAsync(string code)
    {
        await page.GotoAsync($"/approvals/items/{code}");
        await page.GetByRole(AriaRole.Link, new() { Name = "在线申报", Exact = true }).ClickAsync();
        await page.WaitForAddressAsync($"**/approvals/items/{code}/apply");
    }

    /// <summary>Chooses a file for the material whose label contains <paramref name="label"/>, its number and name.</summary>
    public async Task ChooseMaterialAsync(string label, string fileName, string mimeType, byte[] content) =>
        await page.GetByLabel(label).SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = mimeType, Buffer = content });

    /// <summary>Submits the filing form and returns the case number from the receipt.</summary>
    public async Task<string> SubmitFilingAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申报", Exact = true }).ClickAsync();
        await page.WaitForAddressAsync("**/account/cases/*/receipt");

        return (await ReceiptNumber.TextContentAsync())!.Trim();
    }

    public async Task OpenCaseAsync(string number) => await page.GotoAsync($"/account/cases/{number}");

    /// <summary>Chooses a corrected file in the resubmission form for the material whose label starts as given.</summary>
    public async Task ChooseCorrectionAsync(string label, string fileName, string mimeType, byte[] content) =>
        await page.Locator("form.resubmission-form").GetByLabel(label)
            .SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = mimeType, Buffer = content });

    public async Task SubmitCorrectionAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "提交补正材料", Exact = true }).ClickAsync();
        await page.WaitForAddressAsync("**/account/cases/*?resubmitted*");
    }

    /// <summary>Clicks the result document's link and returns the bytes the browser downloaded with their file name.</summary>
    public async Task<(string FileName, byte[] Content)> DownloadDocumentAsync(string fileName)
    {
        var download = await page.RunAndWaitForDownloadAsync(() =>
            DocumentLinks.Filter(new() { HasTextString = fileName }).ClickAsync());
        var path = await download.PathAsync();

        return (download.SuggestedFilename, await File.ReadAllBytesAsync(path));
    }
}
