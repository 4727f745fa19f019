using AngleSharp.Dom;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Web.Tests.Accounts;
using Zhengwu.Web.Tests.Staff.PowerList;

namespace Zhengwu.Web.Tests.Staff.Changes;

/// <summary>Opens a split (分设) request from the draft page's request form, as a browser submits it.</summary>
internal static class SplitSteps
{
    /// <summary>
    /// Reads the request form of the draft page (opened with <paramref name="parts"/> new items), sets the kind to
    /// split and applies <paramref name="changes"/>, such as SplitParts[1].Name, then submits every field of the form.
    /// </summary>
    public static async Task<BrowserResponse> OpenAsync(
        StaffBrowser officer,
        int draftId,
        int parts,
        params (string Name, string Value)[] changes)
    {
        var page = await officer.GetAsync($"/staff/drafts/{draftId}?parts={parts}");
        var form = page.Document.QuerySelector("form.request-form")
            ?? throw new InvalidOperationException($"The page of draft {draftId} ({(int)page.Status}) has no request form.");
        var fields = DraftPages.Fields(form);
        (string Name, string Value)[] request =
        [
            ("Kind", nameof(ChangeKind.Split)),
            ("Reason", nameof(ChangeReason.MergeOrSplitNeeded)),
            ("Explanation", "按业务类别分设"),
            .. changes,
        ];

        return await officer.PostAsync(form.GetAttribute("action")!, [.. Set(fields, request)]);
    }

    /// <summary>Returns the names of the form's split part fields, to check what the page offers.</summary>
    public static List<string> PartNameFields(IElement form) =>
        [.. form.QuerySelectorAll(".split-part input[name$='.Name']").Select(input => input.GetAttribute("name")!)];

    private static List<(string Name, string Value)> Set(List<(string Name, string Value)> fields, (string Name, string Value)[] changes)
    {
        foreach (var (name, value) in changes)
        {
            var index = fields.FindIndex(field => field.Name == name);
            if (index < 0)
            {
                throw new InvalidOperationException($"The request form has no field {name}.");
            }

            fields[index] = (name, value);
        }

        return fields;
    }
}
