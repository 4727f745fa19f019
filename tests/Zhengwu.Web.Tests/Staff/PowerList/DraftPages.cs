using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Zhengwu.Web.Tests.Accounts;

namespace Zhengwu.Web.Tests.Staff.PowerList;

/// <summary>Drives the draft pages as a browser would: it reads the fields of a form and submits them with changes.</summary>
internal static class DraftPages
{
    public const string TokenField = "__RequestVerificationToken";

    /// <summary>
    /// Starts a draft of <paramref name="code"/> through the “起草修改” form of the department's item list and
    /// returns the id of the draft the portal redirected to.
    /// </summary>
    public static async Task<int> StartFromItemAsync(StaffBrowser browser, string code)
    {
        var items = await browser.GetAsync("/staff/power-items");
        Assert.Equal(HttpStatusCode.OK, items.Status);
        var form = items.Document.QuerySelector($"table.staff-items tr[data-code='{code}'] form")
            ?? throw new InvalidOperationException($"The item list has no 起草修改 form for {code}.");
        Assert.Equal("起草修改", form.QuerySelector("button[type=submit]")?.TextContent);

        var started = await browser.PostAsync(form.GetAttribute("action")!, [.. Fields(form)]);

        return DraftIdOf(started);
    }

    /// <summary>Creates a draft of a new item through /staff/drafts/new and returns its id.</summary>
    public static async Task<int> StartNewAsync(StaffBrowser browser, string name, string type) =>
        DraftIdOf(await browser.SubmitAsync("/staff/drafts/new", ("Name", name), ("Type", type)));

    public static int DraftIdOf(BrowserResponse response)
    {
        if (response.Status != HttpStatusCode.Redirect || response.Location?.StartsWith("/staff/drafts/", StringComparison.Ordinal) != true)
        {
            throw new InvalidOperationException($"Expected a redirect to a draft, got {(int)response.Status} {response.Location} {response.Error}");
        }

        return int.Parse(response.Location["/staff/drafts/".Length..], CultureInfo.InvariantCulture);
    }

    /// <summary>Submits the edit form of <paramref name="page"/> with its current values and <paramref name="changes"/>.</summary>
    public static Task<BrowserResponse> SaveAsync(StaffBrowser browser, int id, BrowserResponse page, params (string Name, string Value)[] changes)
    {
        var form = page.Document.QuerySelector("form.draft-form")
            ?? throw new InvalidOperationException("The page has no draft form.");

        return browser.PostAsync($"/staff/drafts/{id}", [.. With(form, Fields(form), changes)]);
    }

    /// <summary>Opens the draft and submits its edit form with <paramref name="changes"/>.</summary>
    public static async Task<BrowserResponse> EditAsync(StaffBrowser browser, int id, params (string Name, string Value)[] changes) =>
        await SaveAsync(browser, id, await browser.GetAsync($"/staff/drafts/{id}"), changes);

    /// <summary>Uploads a file through the upload form of the draft's page.</summary>
    public static async Task<BrowserResponse> UploadAsync(StaffBrowser browser, int id, string fileName, byte[] content)
    {
        var page = await browser.GetAsync($"/staff/drafts/{id}");
        var form = page.Document.QuerySelector("form[enctype='multipart/form-data']")
            ?? throw new InvalidOperationException("The draft page has no upload form.");
        var fileField = form.QuerySelector("input[type=file]")!.GetAttribute("name")!;

        return await browser.PostFileAsync(form.GetAttribute("action")!, fileField, fileName, content, [.. Fields(form)]);
    }

    /// <summary>
    /// Returns the fields a browser submits with <paramref name="form"/>: named inputs, text areas and selects
    /// that are not disabled, without buttons, file inputs and unticked boxes.
    /// </summary>
    public static List<(string Name, string Value)> Fields(IElement form)
    {
        var fields = new List<(string Name, string Value)>();
        foreach (var element in form.QuerySelectorAll("input, textarea, select"))
        {
            var name = element.GetAttribute("name");
            if (name is null || IsDisabled(element, form))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement input when input.Type is "file" or "submit" or "button":
                    break;
                case IHtmlInputElement input when input.Type is "checkbox" or "radio" && !input.IsChecked:
                    break;
                case IHtmlInputElement input:
                    fields.Add((name, input.Value));
                    break;
                case IHtmlTextAreaElement textArea:
                    // Browsers submit the line breaks of a text area as CRLF.
                    fields.Add((name, textArea.Value.ReplaceLineEndings("\r\n")));
                    break;
                case IHtmlSelectElement select:
                    fields.Add((name, select.Value ?? ""));
                    break;
            }
        }

        return fields;
    }

    /// <summary>Returns the value a field of the draft form shows, by its name such as Elements.Name.</summary>
    public static string? ValueOf(BrowserResponse page, string name) =>
        page.Document.QuerySelector($"form.draft-form [name='{name}']") switch
        {
            IHtmlInputElement input => input.Value,
            IHtmlTextAreaElement textArea => textArea.Value,
            IHtmlSelectElement select => select.Value,
            _ => null,
        };

    public static List<string> Problems(BrowserResponse page) =>
        [.. page.Document.QuerySelectorAll(".error-summary li").Select(item => item.TextContent.Trim())];

    /// <summary>Replaces the values of <paramref name="changes"/>; a change that names an unticked box ticks it.</summary>
    private static List<(string Name, string Value)> With(
        IElement form,
        List<(string Name, string Value)> fields,
        (string Name, string Value)[] changes)
    {
        foreach (var (name, value) in changes)
        {
            var index = fields.FindIndex(field => field.Name == name);
            if (index < 0 && form.QuerySelector($"input[type=checkbox][name='{name}'][value='{value}']") is not null)
            {
                fields.Add((name, value));
            }
            else if (index < 0)
            {
                throw new InvalidOperationException($"The form has no field {name}.");
            }
            else
            {
                fields[index] = (name, value);
            }
        }

        return fields;
    }

    private static bool IsDisabled(IElement element, IElement form)
    {
        for (var current = element; current is not null && current != form; current = current.ParentElement)
        {
            if (current.HasAttribute("disabled"))
            {
                return true;
            }
        }

        return false;
    }
}
