using System.Net;
using Zhengwu.Web.Tests.Accounts;
using Zhengwu.Web.Tests.Staff.PowerList;

namespace Zhengwu.Web.Tests.DutyList;

/// <summary>Drives the duty-list pages of the back office as a browser would.</summary>
internal static class DutyListPages
{
    /// <summary>Posts the “起草职责清单” form and returns the id of the draft the portal redirected to.</summary>
    public static async Task<int> StartAsync(StaffBrowser officer)
    {
        var started = await officer.SubmitAsync("/staff/duty-list");
        const string prefix = "/staff/duty-list/drafts/";
        if (started.Status != HttpStatusCode.Redirect || started.Location?.StartsWith(prefix, StringComparison.Ordinal) != true)
        {
            throw new InvalidOperationException($"Expected a redirect to a duty-list draft, got {(int)started.Status} {started.Location}");
        }

        return int.Parse(started.Location[prefix.Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Submits the draft form of <paramref name="page"/> with its current values and <paramref name="changes"/>; a
    /// change of a field the form does not send, such as an unticked box, is added.
    /// </summary>
    public static Task<BrowserResponse> SaveAsync(StaffBrowser officer, int id, BrowserResponse page, params (string Name, string Value)[] changes)
    {
        var form = page.Document.QuerySelector("form.duty-form")
            ?? throw new InvalidOperationException($"The page ({(int)page.Status}) has no duty-list form.");
        var fields = DraftPages.Fields(form);
        foreach (var (name, value) in changes)
        {
            var index = fields.FindIndex(field => field.Name == name);
            if (index < 0)
            {
                fields.Add((name, value));
            }
            else
            {
                fields[index] = (name, value);
            }
        }

        return officer.PostAsync($"/staff/duty-list/drafts/{id}", [.. fields]);
    }

    /// <summary>Opens the draft and submits its form with <paramref name="changes"/>.</summary>
    public static async Task<BrowserResponse> EditAsync(StaffBrowser officer, int id, params (string Name, string Value)[] changes) =>
        await SaveAsync(officer, id, await officer.GetAsync($"/staff/duty-list/drafts/{id}"), changes);

    /// <summary>Opens a change request on the draft and returns its id; throws when the portal did not redirect to it.</summary>
    public static async Task<int> OpenRequestAsync(StaffBrowser officer, int id, string reason, string explanation) =>
        Staff.Changes.ChangePages.RequestIdOf(await officer.SubmitAsync(
            $"/staff/duty-list/drafts/{id}?handler=OpenRequest",
            ("Reason", reason),
            ("Explanation", explanation)));

    /// <summary>Returns the rows of the page's difference table as label, before and after.</summary>
    public static List<(string Label, string Before, string After)> DiffRows(BrowserResponse page) =>
        [.. page.Document.QuerySelectorAll("table.diff tbody tr").Select(row => (
            row.GetAttribute("data-label") ?? "",
            row.QuerySelector(".before")?.TextContent ?? "",
            row.QuerySelector(".after")?.TextContent ?? ""))];
}
