using System.Globalization;
using System.Net;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Web.Tests.Accounts;
using Zhengwu.Web.Tests.Staff.PowerList;

namespace Zhengwu.Web.Tests.Staff.Changes;

/// <summary>
/// Drives the change-request pages as a browser would: the “发起变更申请” form of a draft and the step forms of
/// /staff/changes/{id}, each posted with the version the page showed.
/// </summary>
internal static class ChangePages
{
    /// <summary>Submits the request form of the draft's page; returns the response unchecked.</summary>
    public static Task<BrowserResponse> OpenRequestAsync(
        StaffBrowser officer,
        int draftId,
        ChangeKind kind,
        ChangeReason reason,
        string explanation) =>
        officer.SubmitAsync(
            $"/staff/drafts/{draftId}?handler=OpenRequest",
            ("Kind", kind.ToString()),
            ("Reason", reason.ToString()),
            ("Explanation", explanation));

    /// <summary>Opens a request on the draft and returns its id; throws when the portal did not redirect to it.</summary>
    public static async Task<int> OpenAsync(
        StaffBrowser officer,
        int draftId,
        ChangeKind kind,
        ChangeReason reason,
        string explanation = "测试说明") =>
        RequestIdOf(await OpenRequestAsync(officer, draftId, kind, reason, explanation));

    public static int RequestIdOf(BrowserResponse response)
    {
        const string prefix = "/staff/changes/";
        if (response.Status != HttpStatusCode.Redirect || response.Location?.StartsWith(prefix, StringComparison.Ordinal) != true)
        {
            throw new InvalidOperationException(
                $"Expected a redirect to a change request, got {(int)response.Status} {response.Location} {response.Error}");
        }

        return int.Parse(response.Location[prefix.Length..], CultureInfo.InvariantCulture);
    }

    /// <summary>Returns the request version that the page's step forms carry.</summary>
    public static string VersionOf(BrowserResponse page) =>
        page.Document.QuerySelector(".change-meta")?.GetAttribute("data-version")
            ?? throw new InvalidOperationException($"The page ({(int)page.Status}) shows no change request.");

    public static string? StatusOf(BrowserResponse page) => page.Document.QuerySelector(".change-status")?.TextContent;

    /// <summary>Opens the request page and returns the status it shows.</summary>
    public static async Task<string?> StatusAsync(StaffBrowser browser, int id) =>
        StatusOf(await browser.GetAsync($"/staff/changes/{id}"));

    /// <summary>Returns the lines of the page's 办理记录 list.</summary>
    public static List<string> Steps(BrowserResponse page) =>
        [.. page.Document.QuerySelectorAll("ol.steps li").Select(step => step.TextContent)];

    /// <summary>Returns the steps the page offers a form for, such as Approve.</summary>
    public static List<string> Actions(BrowserResponse page) =>
        [.. page.Document.QuerySelectorAll("form.change-action").Select(form => form.GetAttribute("data-action") ?? "")];

    /// <summary>Opens the request page and posts <paramref name="trigger"/> with the version it showed.</summary>
    public static async Task<BrowserResponse> FireAsync(
        StaffBrowser browser,
        int id,
        ChangeTrigger trigger,
        params (string Name, string Value)[] fields)
    {
        var page = await browser.GetAsync($"/staff/changes/{id}");
        if (page.Status != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET /staff/changes/{id} returned {(int)page.Status}.");
        }

        return await PostStepAsync(browser, id, trigger, VersionOf(page), page.FormToken!, fields);
    }

    /// <summary>Posts a step as a form opened earlier would, with that form's version and token.</summary>
    public static Task<BrowserResponse> PostStepAsync(
        StaffBrowser browser,
        int id,
        ChangeTrigger trigger,
        string version,
        string token,
        params (string Name, string Value)[] fields) =>
        browser.PostAsync(
            $"/staff/changes/{id}",
            [("trigger", trigger.ToString()), ("version", version), .. fields, (DraftPages.TokenField, token)]);

    /// <summary>Returns an antiforgery token of the browser's session from its start page.</summary>
    public static async Task<string> TokenAsync(StaffBrowser browser) =>
        (await browser.GetAsync("/staff")).FormToken
            ?? throw new InvalidOperationException("The staff start page has no form token.");

    /// <summary>
    /// Drafts <paramref name="change"/> to the item, opens an element change, has the lead submit it and returns
    /// the request's id; throws when a step does not go on.
    /// </summary>
    public static async Task<int> SubmitElementChangeAsync(
        StaffBrowser officer,
        StaffBrowser lead,
        string code,
        ChangeReason reason,
        params (string Name, string Value)[] change)
    {
        var draftId = await DraftPages.StartFromItemAsync(officer, code);
        (await DraftPages.EditAsync(officer, draftId, change)).RequireRedirect($"/staff/drafts/{draftId}?saved=1");
        var id = await OpenAsync(officer, draftId, ChangeKind.ElementChange, reason);
        (await FireAsync(lead, id, ChangeTrigger.Submit)).RequireRedirect($"/staff/changes/{id}?done=Submit");

        return id;
    }

    /// <summary>Submits an element change as <see cref="SubmitElementChangeAsync"/> does and has the reviewer approve it.</summary>
    public static async Task<int> PublishElementChangeAsync(
        StaffBrowser officer,
        StaffBrowser lead,
        StaffBrowser reviewer,
        string code,
        params (string Name, string Value)[] change)
    {
        var id = await SubmitElementChangeAsync(officer, lead, code, ChangeReason.StaticInformationChanged, change);
        (await FireAsync(reviewer, id, ChangeTrigger.Approve)).RequireRedirect($"/staff/changes/{id}?done=Approve");

        return id;
    }

    /// <summary>Posts the “删除草稿” form of the draft's page.</summary>
    public static async Task<BrowserResponse> DeleteDraftAsync(StaffBrowser officer, int draftId)
    {
        var page = await officer.GetAsync($"/staff/drafts/{draftId}");
        var form = page.Document.QuerySelectorAll("form")
            .FirstOrDefault(form => form.GetAttribute("action")?.Contains("handler=Delete", StringComparison.Ordinal) == true)
            ?? throw new InvalidOperationException($"The page of draft {draftId} ({(int)page.Status}) has no delete form.");

        return await officer.PostAsync(form.GetAttribute("action")!, [.. DraftPages.Fields(form)]);
    }
}
