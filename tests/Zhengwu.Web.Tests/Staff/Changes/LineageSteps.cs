using System.Globalization;
using System.Net;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Web.Tests.Accounts;

namespace Zhengwu.Web.Tests.Staff.Changes;

/// <summary>Takes an adjustment through its workflow from the change request's page, as staff do.</summary>
internal static class LineageSteps
{
    public const string ReviewOffice = "兰州市行政审批制度改革工作领导小组办公室";

    /// <summary>Opens a request from the draft page's 变更申请 form and returns the response.</summary>
    public static Task<BrowserResponse> OpenAsync(
        StaffBrowser officer,
        int draftId,
        ChangeKind kind,
        params (string Name, string Value)[] targets) =>
        officer.SubmitAsync(
            $"/staff/drafts/{draftId}?handler=OpenRequest",
            [("Kind", kind.ToString()), ("Reason", nameof(ChangeReason.MergeOrSplitNeeded)), ("Explanation", "清单调整"), .. targets]);

    public static int RequestIdOf(BrowserResponse opened)
    {
        Assert.Equal(HttpStatusCode.Redirect, opened.Status);

        return int.Parse(opened.Location!.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Submits the request, approves it, records the government's decision and takes the final review, asserting
    /// that each step redirects back to the request.
    /// </summary>
    public static async Task PublishAsync(StaffBrowser lead, StaffBrowser reviewer, int requestId)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await FireAsync(lead, requestId, ChangeTrigger.Submit)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await FireAsync(reviewer, requestId, ChangeTrigger.Approve)).Status);
        var decided = await FireAsync(
            reviewer,
            requestId,
            ChangeTrigger.RecordGovernmentDecision,
            ("Meeting", "市政府第12次常务会议"),
            ("DecisionDate", "2020-03-02"),
            ("DocumentNumber", "兰政发〔2020〕5号"));
        Assert.Equal(HttpStatusCode.Redirect, decided.Status);
        Assert.Equal(HttpStatusCode.Redirect, (await FireAsync(reviewer, requestId, ChangeTrigger.FinalApprove)).Status);
    }

    public static async Task<BrowserResponse> FireAsync(
        StaffBrowser browser,
        int id,
        ChangeTrigger trigger,
        params (string Name, string Value)[] fields)
    {
        var page = await browser.GetAsync($"/staff/changes/{id}");
        var version = page.Document.QuerySelector(".change-meta")?.GetAttribute("data-version") ?? "";

        return await browser.PostAsync(
            $"/staff/changes/{id}",
            [
                ("trigger", trigger.ToString()),
                ("version", version),
                ("__RequestVerificationToken", page.FormToken ?? (await browser.GetAsync("/staff")).FormToken!),
                .. fields,
            ]);
    }
}
