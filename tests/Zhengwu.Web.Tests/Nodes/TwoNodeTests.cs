using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Zhengwu.Domain.Accounts;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Web.Scheduling;
using Zhengwu.Web.Tests.Accounts;
using Zhengwu.Web.Tests.Caching;
using Zhengwu.Web.Tests.Staff.Changes;

namespace Zhengwu.Web.Tests.Nodes;

/// <summary>
/// Two web nodes on one PostgreSQL database: a publication on one shows on the other within the version check
/// interval, a session signed in on one is accepted by the other, and a job that both schedule runs once per firing.
/// </summary>
public sealed class TwoNodeTests(TwoNodeFixture nodes) : IClassFixture<TwoNodeFixture>
{
    private const string ReviewOffice = "兰州市行政审批制度改革工作领导小组办公室";
    private const string FoodLicence = "食品经营许可";

    /// <summary>How many firings of the 2-second schedule the job test waits for.</summary>
    private const int RunsToSee = 5;

    [Fact]
    public async Task Publication_on_node_a_shows_on_node_b()
    {
        var code = await nodes.ItemCodeAsync(FoodLicence);
        using var readerB = Client(nodes.NodeB);
        var page = $"/power-items/{code}";
        var api = $"/api/v1/power-items/{code}";
        await RawResponse.GetAsync(readerB, page);
        await RawResponse.GetAsync(readerB, api);
        Assert.NotNull((await RawResponse.GetAsync(readerB, page)).Header("Age"));
        Assert.NotNull((await RawResponse.GetAsync(readerB, api)).Header("Age"));

        using var officer = await nodes.SignInAsync("node-officer", StaffRole.ContentOfficer);
        using var lead = await nodes.SignInAsync("node-lead", StaffRole.DepartmentLead);
        using var reviewer = await nodes.SignInAsync("node-reviewer", StaffRole.ReviewOfficeReviewer, ReviewOffice);
        await ChangePages.PublishElementChangeAsync(officer, lead, reviewer, code, ("Elements.PromisedTimeLimitText", "8个工作日"));
        await Task.Delay(CachingPortalFixture.StaleBound, TestContext.Current.CancellationToken);

        var freshPage = await RawResponse.GetAsync(readerB, page);
        var freshApi = await RawResponse.GetAsync(readerB, api);
        Assert.Null(freshPage.Header("Age"));
        Assert.Contains("8个工作日", freshPage.Text(), StringComparison.Ordinal);
        Assert.Contains("\"text\":\"8个工作日\"", freshApi.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_from_node_a_works_on_node_b()
    {
        using var onA = await nodes.SignInAsync("node-session", StaffRole.ContentOfficer);
        using var onB = new StaffBrowser(nodes.NodeB);
        onB.SetSessionCookie(onA.SessionCookie!);
        using var stranger = new StaffBrowser(nodes.NodeB);
        stranger.SetSessionCookie("forged");

        var start = await onB.GetAsync("/staff");
        var refused = await stranger.GetAsync("/staff");

        Assert.Equal(HttpStatusCode.OK, start.Status);
        Assert.Contains("node-session", start.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, refused.Status);
        Assert.Equal("https://localhost/staff/login?ReturnUrl=%2Fstaff", refused.Location);
    }

    [Fact]
    public async Task Job_scheduled_on_both_nodes_runs_once()
    {
        var schedulerA = Scheduler(nodes.NodeA);
        var schedulerB = Scheduler(nodes.NodeB);
        var (instanceA, instanceB) = (schedulerA.SchedulerInstanceId, schedulerB.SchedulerInstanceId);
        var started = DateTimeOffset.UtcNow;
        var runs = await RunsSinceAsync(started, RunsToSee, TimeSpan.FromSeconds(120));

        Assert.Equal(SchedulerStatus.Running, schedulerA.Status);
        Assert.Equal(SchedulerStatus.Running, schedulerB.Status);
        Assert.Same(TimeProvider.System, schedulerA.TimeProvider);
        Assert.Same(TimeProvider.System, schedulerB.TimeProvider);
        Assert.NotEqual(instanceA, instanceB);
        Assert.True(runs.Count >= RunsToSee, $"Only {runs.Count} runs of {CalendarCoverageJob.JobName} were recorded in 120 s.");
        Assert.All(runs, run => Assert.Contains(run.InstanceId, new[] { instanceA, instanceB }));
        Assert.All(runs, run => Assert.Equal(0, run.ScheduledAt.Second % 2));
        Assert.All(runs, run => Assert.Equal(0, run.ScheduledAt.Millisecond));

        // Every even second from the first recorded firing to the last ran exactly once. A time listed twice ran
        // on both nodes, and a step longer than 2 s is a firing that ran on neither.
        var times = runs.Select(run => run.ScheduledAt).Order().ToList();
        Assert.Equal(times.Count, times.Distinct().Count());
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.Equal(TimeSpan.FromSeconds(2), pair.Second - pair.First));
    }

    private static IScheduler Scheduler(WebApplicationFactory<Program> node) =>
        node.Services.GetRequiredKeyedService<IScheduler>(QuartzStoreSetup.SchedulerName);

    /// <summary>
    /// Polls the calendar coverage job's runs scheduled after <paramref name="since"/> until <paramref name="count"/>
    /// are recorded or <paramref name="timeout"/> passes, and returns those seen last.
    /// </summary>
    private async Task<List<(DateTimeOffset ScheduledAt, string InstanceId)>> RunsSinceAsync(DateTimeOffset since, int count, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        var runs = await RunsSinceAsync(since);
        while (runs.Count < count && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(500, TestContext.Current.CancellationToken);
            runs = await RunsSinceAsync(since);
        }

        return runs;
    }

    private Task<List<(DateTimeOffset ScheduledAt, string InstanceId)>> RunsSinceAsync(DateTimeOffset since) => nodes.WithScopeAsync(async services =>
    {
        var rows = await services.GetRequiredService<ZhengwuDbContext>().ScheduledJobRuns.AsNoTracking()
            .Where(run => run.JobName == CalendarCoverageJob.JobName && run.ScheduledAt > since)
            .Select(run => new { run.ScheduledAt, run.InstanceId })
            .ToListAsync();

        return rows.Select(row => (row.ScheduledAt, row.InstanceId)).ToList();
    });

    private static HttpClient Client(WebApplicationFactory<Program> node) => node.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = false,
        BaseAddress = new Uri("https://localhost"),
    });
}
