using System.Net;
using Zhengwu.Web.Tests.Hosting;

namespace Zhengwu.Web.Tests.Feedback;

/// <summary>Start-up validation of the response limits, and the submission rate limit on the feedback forms.</summary>
public sealed class FeedbackSettingsTests
{
    [Fact]
    public async Task Zero_inquiry_days_stop_the_start()
    {
        var error = await HostedPortal.StartFailureAsync(new Dictionary<string, string?> { ["Zhengwu:Feedback:InquiryDays"] = "0" });

        Assert.Contains(
            "Zhengwu:Feedback:InquiryDays is 0; expected a whole number of working days from 1 to 60.",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_complaint_days_stop_the_start()
    {
        var error = await HostedPortal.StartFailureAsync(new Dictionary<string, string?> { ["Zhengwu:Feedback:ComplaintDays"] = "61" });

        Assert.Contains(
            "Zhengwu:Feedback:ComplaintDays is 61; expected a whole number of working days from 1 to 60.",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_posts_over_limit_get_429()
    {
        await using var portal = await HostedPortal.StartAsync(new Dictionary<string, string?>
        {
            ["Zhengwu:RateLimits:PublicSubmission:PermitLimit"] = "2",
            ["Zhengwu:RateLimits:PublicSubmission:WindowSeconds"] = "90",
        });
        using var client = portal.CreateClient();

        var statuses = new List<HttpStatusCode>();
        foreach (var path in new[] { "/feedback/new", "/feedback/track", "/feedback/new" })
        {
            using var form = new FormUrlEncodedContent([new("Subject", "限流")]);
            using var response = await client.PostAsync(path, form, TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
        }

        using var page = await client.GetAsync("/feedback/new", TestContext.Current.CancellationToken);

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses[..2]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
