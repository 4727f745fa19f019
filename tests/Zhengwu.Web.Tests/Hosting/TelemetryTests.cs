using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using Serilog.Events;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Approvals.Cases;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Web.Tests.Accounts;
using Zhengwu.Web.Tests.Staff.Changes;
using Zhengwu.Web.Tests.Staff.PowerList;

namespace Zhengwu.Web.Tests.Hosting;

/// <summary>
/// A request produces a server span, a request-duration measurement and one log line without its query string; the
/// change-request gauges count the open, overdue and published requests stored in the database.
/// </summary>
public abstract class TelemetryTests(TelemetryPortalFixture portal)
{
    private const string ReviewOffice = "兰州市行政审批制度改革工作领导小组办公室";

    [Fact]
    public async Task Request_produces_span_and_duration()
    {
        using var client = portal.CreateClient();
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/power-list?q=食品&token=secret-token-1");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var spans = await ServerSpansAsync(traceId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var span = Assert.Single(spans);
        Assert.Equal("GET power-list", span.DisplayName);
        Assert.Equal(200, span.GetTagItem("http.response.status_code"));
        Assert.DoesNotContain("secret-token-1", span.GetTagItem("url.query") as string ?? "", StringComparison.Ordinal);
        var duration = Assert.Single(MetricsNamed("http.server.request.duration"));
        var points = Points(duration).Where(point => Tag(point, "http.route") == "power-list").ToList();
        Assert.NotEmpty(points);
        Assert.True(points.Sum(point => point.GetHistogramCount()) >= 1);
    }

    [Fact]
    public async Task Request_log_has_path_without_query()
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync("/openapi/v1.json?code=123456", TestContext.Current.CancellationToken);
        var entries = await RequestLogsAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(entries);
        Assert.Equal(LogEventLevel.Information, entry.Level);
        Assert.Equal("200", entry.Properties["StatusCode"].ToString());
        Assert.True(entry.Properties.ContainsKey("Elapsed"));
        Assert.DoesNotContain(
            portal.Logs.Snapshot(),
            log => log.RenderMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("123456", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Gauges_count_change_requests()
    {
        using var officer = await portal.SignInAsync("gauge-officer", StaffRole.ContentOfficer);
        using var lead = await portal.SignInAsync("gauge-lead", StaffRole.DepartmentLead);
        using var reviewer = await portal.SignInAsync("gauge-reviewer", StaffRole.ReviewOfficeReviewer, ReviewOffice);

        // Published: a suspension approved by the review office.
        var suspension = await OpenAsync(officer, "药品零售企业经营许可", ChangeKind.Suspend, ChangeReason.NoCasesForThreeYears);
        await ChangePages.FireAsync(lead, suspension, ChangeTrigger.Submit);
        await ChangePages.FireAsync(reviewer, suspension, ChangeTrigger.Approve);

        // Open, not overdue: a suspension waiting for review.
        var waiting = await OpenAsync(officer, "食品生产许可", ChangeKind.Suspend, ChangeReason.NoCasesForThreeYears);
        await ChangePages.FireAsync(lead, waiting, ChangeTrigger.Submit);

        // Closed, so neither open nor published: a withdrawn suspension.
        var withdrawn = await OpenAsync(officer, "特种设备使用登记", ChangeKind.Suspend, ChangeReason.NoCasesForThreeYears);
        await ChangePages.FireAsync(lead, withdrawn, ChangeTrigger.Withdraw);

        // Open and overdue: a resumption confirmed on Friday 3 April 2026, due by Wednesday 8 April after Qingming.
        var overdue = await OpenAsync(officer, "药品零售企业经营许可", ChangeKind.Resume, ChangeReason.ResumedOnNeed);
        await ChangePages.FireAsync(lead, overdue, ChangeTrigger.Submit);
        await ChangePages.FireAsync(reviewer, overdue, ChangeTrigger.Approve);
        await SetConfirmedAtAsync(overdue, new DateTimeOffset(2026, 4, 3, 9, 0, 0, TimeSpan.Zero));

        portal.Collect();

        Assert.Equal(ChangeStatus.Withdrawn, (await portal.ReadRequestAsync(withdrawn)).Status);
        Assert.Equal(ChangeStatus.FinalReview, (await portal.ReadRequestAsync(overdue)).Status);
        Assert.Equal(PowerItemStatus.Suspended, (await portal.ReadItemAsync(await portal.ItemCodeAsync("药品零售企业经营许可"))).Status);
        var gauge = Assert.Single(MetricsNamed("zhengwu.change_requests"));
        Assert.Equal(MetricType.LongGauge, gauge.MetricType);
        var values = Points(gauge).ToDictionary(point => Tag(point, "state")!, point => point.GetGaugeLastValueLong());
        Assert.Equal(2, values["open"]);
        Assert.Equal(1, values["overdue"]);
        Assert.Equal(1, values["published"]);
    }

    [Fact]
    public async Task Gauges_count_cases()
    {
        var applicant = await portal.CreateAccountAsync("gauge-applicant", StaffRole.ContentOfficer);
        await LoadIdsAsync();
        var officer = CaseStaff(StaffRole.ContentOfficer);
        var lead = CaseStaff(StaffRole.DepartmentLead);
        var now = portal.Clock.GetUtcNow();

        // Open, not overdue: filed now, with 5 working days to accept.
        var fresh = NewCase(9001, applicant.Id, now);

        // Open and overdue: accepted Monday 2 March 2026 with 10 working days, due Monday 16 March.
        var late = NewCase(9002, applicant.Id, China(2026, 3, 2));
        Assert.Null(late.Fire(MarketId, new CaseAction.Accept(), officer, China(2026, 3, 2, 11)));

        // Open and overdue without any step: received Wednesday 30 September 2026, deemed accepted on 13 October
        // after the National Day holiday, so its 10 working days end on 27 October.
        var unattended = NewCase(9003, applicant.Id, China(2026, 9, 30));

        // Open, not overdue: a hearing started on 5 March 2026 stops the handling clock.
        var hearing = NewCase(9004, applicant.Id, China(2026, 3, 2));
        Assert.Null(hearing.Fire(MarketId, new CaseAction.Accept(), officer, China(2026, 3, 2, 11)));
        Assert.Null(hearing.Fire(MarketId, new CaseAction.StartSpecialProcedure(SpecialProcedureKind.Hearing, 20, "申请人要求听证"), officer, China(2026, 3, 5)));

        // Concluded.
        var concluded = NewCase(9005, applicant.Id, China(2026, 3, 2));
        Assert.Null(concluded.Fire(MarketId, new CaseAction.Accept(), officer, China(2026, 3, 2, 11)));
        Assert.Null(concluded.Fire(MarketId, new CaseAction.Approve(), lead, China(2026, 3, 3)));
        Assert.Null(concluded.Fire(MarketId, new CaseAction.Conclude([ResultDocument()]), officer, China(2026, 3, 3, 15)));

        // Rejected: neither open nor concluded.
        var rejected = NewCase(9006, applicant.Id, China(2026, 3, 2));
        Assert.Null(rejected.Fire(MarketId, new CaseAction.Reject("不属于本部门职权范围"), officer, China(2026, 3, 2, 11)));
        await SaveCasesAsync(fresh, late, unattended, hearing, concluded, rejected);

        portal.Collect();

        Assert.Equal(CaseState.Concluded, concluded.State);
        var gauge = Assert.Single(MetricsNamed("zhengwu.cases"));
        var values = Points(gauge).ToDictionary(point => Tag(point, "state")!, point => point.GetGaugeLastValueLong());
        Assert.Equal(4, values["open"]);
        Assert.Equal(2, values["overdue"]);
        Assert.Equal(1, values["concluded"]);
    }

    private int MarketId { get; set; }

    private int ItemId { get; set; }

    private ApplicationCase NewCase(int sequence, Guid applicantId, DateTimeOffset receivedAt)
    {
        var filed = ApplicationCase.Submit(
            CaseNumber.Format("620100-20260302-", sequence), ItemId, "620100-XK-00001", "测试事项", applicantId, "gauge-" + sequence, [], receivedAt);
        filed.OpenParts([new CasePartPlan(MarketId, DraftPortalFixture.MarketDepartment, null, true, new HandlingLimit(10, HandlingLimitSource.Promised))]);

        return filed;
    }

    private async Task LoadIdsAsync() => (MarketId, ItemId) = await portal.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<ZhengwuDbContext>();
        var market = await db.Departments.SingleAsync(department => department.Name == DraftPortalFixture.MarketDepartment);

        return (market.Id, (await db.PowerItems.OrderBy(item => item.Id).FirstAsync()).Id);
    });

    private CaseActor CaseStaff(StaffRole role) =>
        new CaseActor(Guid.NewGuid(), "gauge-" + role, DraftPortalFixture.MarketDepartment, new StaffScope(role, MarketId, "620100"));

    private Task<int> SaveCasesAsync(params ApplicationCase[] cases) => portal.WithScopeAsync(services =>
    {
        var db = services.GetRequiredService<ZhengwuDbContext>();
        db.ApplicationCases.AddRange(cases);

        return db.SaveChangesAsync();
    });

    private static CaseDocument ResultDocument() => new()
    {
        Id = Guid.NewGuid(),
        FileName = "准予许可决定书.pdf",
        StoredName = Guid.NewGuid().ToString("N"),
        ContentType = "application/pdf",
        Length = 10,
        Sha256 = new string('0', 64),
    };

    private static DateTimeOffset China(int year, int month, int day, int hour = 9) =>
        new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime();

    private async Task<int> OpenAsync(StaffBrowser officer, string itemName, ChangeKind kind, ChangeReason reason)
    {
        var draft = await DraftPages.StartFromItemAsync(officer, await portal.ItemCodeAsync(itemName));

        return await ChangePages.OpenAsync(officer, draft, kind, reason);
    }

    private Task<int> SetConfirmedAtAsync(int requestId, DateTimeOffset confirmedAt) => portal.WithScopeAsync(services =>
        services.GetRequiredService<ZhengwuDbContext>().ChangeRequests
            .Where(request => request.Id == requestId)
            .ExecuteUpdateAsync(setters => setters.SetProperty(request => request.ConfirmedAt, confirmedAt)));

    /// <summary>Waits for the request log lines of <paramref name="path"/>, which are written after the response.</summary>
    private async Task<List<LogEvent>> RequestLogsAsync(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            var entries = portal.Logs.Snapshot()
                .Where(log => log.Properties.TryGetValue("RequestPath", out var value) && value.ToString() == $"\"{path}\""
                    && log.Properties["RequestMethod"].ToString() == "\"GET\"")
                .ToList();
            if (entries.Count > 0 || attempt == 50)
            {
                return entries;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>
    /// Collects until the server span of <paramref name="traceId"/> is exported: the test host returns the response
    /// before the hosting layer stops the request's activity.
    /// </summary>
    private async Task<List<Activity>> ServerSpansAsync(ActivityTraceId traceId)
    {
        for (var attempt = 0; ; attempt++)
        {
            portal.Collect();
            List<Activity> spans;
            lock (portal.Spans)
            {
                spans = [.. portal.Spans.Where(span => span.TraceId == traceId && span.Kind == ActivityKind.Server)];
            }

            if (spans.Count > 0 || attempt == 50)
            {
                return spans;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    private List<Metric> MetricsNamed(string name)
    {
        lock (portal.Metrics)
        {
            return [.. portal.Metrics.Where(metric => metric.Name == name)];
        }
    }

    private static List<MetricPoint> Points(Metric metric)
    {
        var points = new List<MetricPoint>();
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            points.Add(point);
        }

        return points;
    }

    private static string? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
            {
                return tag.Value?.ToString();
            }
        }

        return null;
    }
}

/// <summary>
/// ASP.NET Core's activity source and meters, and listeners of the "Zhengwu" meter name, are process-wide, so these
/// tests run alone, with no other portal in the process writing spans or measurements.
/// </summary>
[CollectionDefinition(nameof(TelemetryRunsAlone), DisableParallelization = true)]
public sealed class TelemetryRunsAlone;

[Collection(nameof(TelemetryRunsAlone))]
public sealed class SqliteTelemetryTests(SqliteTelemetryPortalFixture portal) : TelemetryTests(portal), IClassFixture<SqliteTelemetryPortalFixture>;

[Collection(nameof(TelemetryRunsAlone))]
public sealed class PostgresTelemetryTests(PostgresTelemetryPortalFixture portal) : TelemetryTests(portal), IClassFixture<PostgresTelemetryPortalFixture>;
