using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Domain.PowerList.Versions;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Web.Tests.Accounts;
using Zhengwu.Web.Tests.Staff.PowerList;

namespace Zhengwu.Web.Tests.Staff.Changes;

/// <summary>Reads change requests, items, versions and audit records straight from the portal's database.</summary>
internal static class ChangeRecords
{
    /// <summary>
    /// Runs one step through the pages and returns its response with every audit record written meanwhile. The
    /// tests of one class run one after another on their own database, so no other request writes records then.
    /// </summary>
    public static async Task<(BrowserResponse Response, List<AuditRecord> Records)> AuditedAsync(
        this DraftPortalFixture portal,
        Func<Task<BrowserResponse>> step)
    {
        var before = await portal.LastAuditIdAsync();
        var response = await step();

        return (response, await portal.AuditSinceAsync(before));
    }

    public static List<string> Actions(List<AuditRecord> records) => [.. records.Select(record => record.Action)];

    public static List<(string Action, AuditResult Result)> Outcomes(List<AuditRecord> records) =>
        [.. records.Select(record => (record.Action, record.Result))];

    public static Task<long> LastAuditIdAsync(this DraftPortalFixture portal) => portal.WithScopeAsync(async services =>
        await services.GetRequiredService<ZhengwuDbContext>().AuditRecords.MaxAsync(record => (long?)record.Id) ?? 0);

    public static Task<List<AuditRecord>> AuditSinceAsync(this DraftPortalFixture portal, long afterId) =>
        portal.WithScopeAsync(services =>
            services.GetRequiredService<ZhengwuDbContext>().AuditRecords.AsNoTracking()
                .Where(record => record.Id > afterId)
                .OrderBy(record => record.Id)
                .ToListAsync());

    /// <summary>Returns the actions of the audit records about one change request, oldest first.</summary>
    public static Task<List<string>> RequestActionsAsync(this DraftPortalFixture portal, int requestId) =>
        portal.WithScopeAsync(services =>
            services.GetRequiredService<ZhengwuDbContext>().AuditRecords.AsNoTracking()
                .Where(record => record.ObjectType == "change-request"
                    && record.ObjectId == requestId.ToString(CultureInfo.InvariantCulture))
                .OrderBy(record => record.Id)
                .Select(record => record.Action)
                .ToListAsync());

    public static Task<ChangeRequest> ReadRequestAsync(this DraftPortalFixture portal, int id) =>
        portal.WithScopeAsync(services =>
            services.GetRequiredService<ZhengwuDbContext>().ChangeRequests.AsNoTracking().SingleAsync(request => request.Id == id));

    public static Task<PowerItem> ReadItemAsync(this DraftPortalFixture portal, string code) =>
        portal.WithScopeAsync(services =>
            services.GetRequiredService<ZhengwuDbContext>().PowerItems.AsNoTracking().SingleAsync(item => item.Code == code));

    /// <summary>Returns the versions of an item, public or not, by number.</summary>
    public static Task<List<PowerItemVersion>> ReadVersionsAsync(this DraftPortalFixture portal, string code) =>
        portal.WithScopeAsync(async services =>
        {
            var versions = await services.GetRequiredService<ZhengwuDbContext>().PowerItemVersions.AsNoTracking()
                .Where(version => version.ItemCode == code)
                .ToListAsync();

            return versions.OrderBy(version => version.Number).ToList();
        });

    /// <summary>Returns the codes of every item of the region and type, classified and cancelled ones included.</summary>
    public static Task<List<string>> ItemCodesOfAsync(this DraftPortalFixture portal, string regionCode, PowerType type) =>
        portal.WithScopeAsync(services =>
            services.GetRequiredService<ZhengwuDbContext>().PowerItems.AsNoTracking()
                .Where(item => item.RegionCode == regionCode && item.Type == type)
                .Select(item => item.Code)
                .ToListAsync());
}
