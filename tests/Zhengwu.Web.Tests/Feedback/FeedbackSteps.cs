using Zhengwu.Web.Tests.Accounts;

namespace Zhengwu.Web.Tests.Feedback;

/// <summary>Form submissions of the feedback pages, as a browser sends them.</summary>
internal static class FeedbackSteps
{
    public const string TokenField = "__RequestVerificationToken";

    /// <summary>Opens the form and submits it with <paramref name="fields"/>, the page's token and its submission key.</summary>
    public static async Task<BrowserResponse> SendAsync(this StaffBrowser browser, params (string Name, string Value)[] fields)
    {
        var form = await browser.GetAsync("/feedback/new");

        return await browser.PostAsync("/feedback/new", [.. fields, .. FormFields(form)]);
    }

    /// <summary>Returns the token and submission key of a feedback form page.</summary>
    public static (string Name, string Value)[] FormFields(BrowserResponse form) =>
    [
        (TokenField, form.FormToken!),
        ("SubmissionKey", form.Document.QuerySelector("input[name=SubmissionKey]")!.GetAttribute("value")!),
    ];

    public static (string Name, string Value)[] Inquiry(string subject, string content) =>
    [
        ("Kind", "Inquiry"),
        ("Target", "Item"),
        ("item", FeedbackPortalFixture.ItemCode),
        ("Subject", subject),
        ("Content", content),
    ];

    public static (string Name, string Value)[] Complaint(int departmentId, string subject, string content) =>
    [
        ("Kind", "Complaint"),
        ("Target", "Department"),
        ("department", departmentId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("Subject", subject),
        ("Content", content),
    ];

    public static string Number(this BrowserResponse receipt) =>
        receipt.Document.QuerySelector(".feedback-receipt .feedback-number")?.TextContent
            ?? throw new InvalidOperationException($"No receipt in {(int)receipt.Status}: {receipt.Error}");

    /// <summary>Opens the staff page of <paramref name="number"/> and posts the answer form with its version.</summary>
    public static async Task<BrowserResponse> AnswerAsync(this StaffBrowser staff, string number, string answer, bool publish)
    {
        var page = await staff.GetAsync($"/staff/feedback/{number}");

        return await staff.PostAnswerAsync(number, page, answer, publish);
    }

    /// <summary>Posts the answer form of an already opened <paramref name="page"/>.</summary>
    public static Task<BrowserResponse> PostAnswerAsync(this StaffBrowser staff, string number, BrowserResponse page, string answer, bool publish) =>
        staff.PostAsync(
            $"/staff/feedback/{number}?handler=Answer",
            (TokenField, page.FormToken!),
            ("Version", page.Document.QuerySelector(".answer-form input[name=Version]")!.GetAttribute("value")!),
            ("Answer", answer),
            ("Publish", publish ? "true" : "false"));
}
