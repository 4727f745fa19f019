using Microsoft.Playwright;

namespace Zhengwu.Browser.Tests.Pages.Approvals;

/// <summary>The department's work list at /staff/cases and one case's handling page at /staff/cases/{number}.</summary>
public sealed class StaffCasePages(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Error => page.GetByRole(AriaRole.Alert);

    /// <summary>The work-list row of the case with <paramref name="number"/>.</summary>
    public ILocator Row(string number) => page.Locator("table tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }) });

    public ILocator PartState => page.Locator("dd.part-state");

    /// <summary>The legends of the step forms, which name the steps the signed-in account may take now.</summary>
    public ILocator ActionNames => page.Locator("form.case-action legend");

    public ILocator StepRows => page.Locator("table.case-steps tbody tr");

    /// <summary>Follows 本部门办件 on the dashboard to the work list.</summary>
    public async Task OpenWorkListAsync()
    {
        await page.GotoAsync("/staff");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "本部门办件", Exact = true }).ClickAsync();
        await page.WaitForAddressAsync("**/staff/cases");
    }

    /// <summary>Follows the case's number in the work list to its handling page.</summary>
    public async Task OpenCaseAsync(string number)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).ClickAsync();
        await page.WaitForAddressAsync($"**/staff/cases/{number}");
    }

    /// <summary>The form of one step, found by its data-trigger attribute such as Accept or RequestCorrection.</summary>
    public ILocator Form(string trigger) => page.Locator($"form.case-action[data-trigger={trigger}]");

    /// <summary>Ticks the material in the correction form and describes its problem.</summary>
    public async Task MarkForCorrectionAsync(string materialName, string problem)
    {
        var row = Form("RequestCorrection").Locator("p").Filter(new() { HasTextString = materialName });
        await row.GetByRole(AriaRole.Checkbox).CheckAsync();
        await row.GetByLabel("问题").FillAsync(problem);
    }

    /// <summary>
    /// Writes the opinion of a step's form, submits it and waits for the response page, which is the case page again after
    /// the redirect of a saved step, or the form page with its error.
    /// </summary>
    public async Task TakeStepAsync(string trigger, string buttonName, string? opinion = null)
    {
        var form = Form(trigger);
        if (opinion is not null)
        {
            await form.Locator("textarea[name=Opinion]").FillAsync(opinion);
        }

        var path = new Uri(page.Url).AbsolutePath;
        await page.RunAndWaitForResponseAsync(
            () => form.GetByRole(AriaRole.Button, new() { Name = buttonName, Exact = true }).ClickAsync(),
            response => response.Request.IsNavigationRequest
                && new Uri(response.Url).AbsolutePath == path
                && !(response.Request.Method == "POST" && response.Status == 302));
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>Chooses the result document in the conclusion form.</summary>
    public async Task ChooseResultDocumentAsync(string fileName, string mimeType, byte[] content) =>
        await Form("Conclude").Locator("input[name=ResultDocuments]")
            .SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = mimeType, Buffer = content });
}
