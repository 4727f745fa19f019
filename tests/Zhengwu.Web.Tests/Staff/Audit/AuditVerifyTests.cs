using System.Net;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;

namespace Zhengwu.Web.Tests.Staff.Audit;

/// <summary>
/// The verify page reports an intact chain with its count and last hash, and the first record changed in the
/// database. One test covers both because the change breaks the chain for every later test on the database.
/// </summary>
public abstract class AuditVerifyTests(AuditPortalFixture portal)
{
    [Fact]
    public async Task Verify_reports_ok_then_changed_record()
    {
        var target = await portal.AppendAsync(
            AuditLogPageTests.Entry("verify-target", AuditActions.LoginFailed, AuditResult.Failed, "target"));
        using var auditor = await portal.SignInAsync("verify-auditor", StaffRole.AuditAdministrator);
        var stored = await portal.ReadRecordsAsync();

        var form = await auditor.GetAsync("/staff/audit/verify");
        var intact = await auditor.SubmitAsync("/staff/audit/verify");
        await portal.ExecuteSqlAsync($"UPDATE \"AuditRecords\" SET \"Action\" = 'logout' WHERE \"Id\" = {target.Id}");
        var broken = await auditor.SubmitAsync("/staff/audit/verify");

        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Null(form.Document.QuerySelector(".verify-result"));
        Assert.Equal(HttpStatusCode.OK, intact.Status);
        Assert.Equal("校验通过", intact.Document.QuerySelector(".verify-result h2")?.TextContent);
        Assert.Equal($"{stored.Count}", intact.Document.QuerySelector(".count")?.TextContent);
        Assert.Equal($"#{stored[^1].Id}", intact.Document.QuerySelector(".last-id")?.TextContent);
        Assert.Equal(stored[^1].Hash, intact.Document.QuerySelector(".last-hash")?.TextContent);
        Assert.Equal(HttpStatusCode.OK, broken.Status);
        Assert.Equal($"校验失败：记录 #{target.Id}", broken.Document.QuerySelector(".verify-result h2")?.TextContent);
        Assert.Equal(
            $"审计记录 #{target.Id} 的内容与其哈希不符：该记录被修改。",
            broken.Document.QuerySelector(".verify-result p")?.TextContent);
        Assert.Equal($"{target.Id}", broken.Document.QuerySelector(".verify-result")?.GetAttribute("data-record"));

        var verifications = (await portal.ReadRecordsAsync("verify-auditor"))
            .Where(record => record.Action == AuditActions.AuditVerified)
            .ToList();
        Assert.Equal([AuditResult.Succeeded, AuditResult.Failed], verifications.Select(record => record.Result));
        Assert.Equal(
            $"{stored.Count} records verified, last #{stored[^1].Id} {stored[^1].Hash}",
            verifications[0].Detail);
        Assert.Equal(
            $"{target.Id - 1} records verified, broken at #{target.Id}: "
                + $"Audit record {target.Id} does not match its hash: the record was changed.",
            verifications[1].Detail);
        Assert.All(verifications, record => Assert.Equal(nameof(StaffRole.AuditAdministrator), record.Role));
        Assert.All(verifications, record => Assert.Equal("audit-log", record.ObjectType));
    }
}

public sealed class SqliteAuditVerifyTests(SqliteAuditPortalFixture portal)
    : AuditVerifyTests(portal), IClassFixture<SqliteAuditPortalFixture>;

public sealed class PostgresAuditVerifyTests(PostgresAuditPortalFixture portal)
    : AuditVerifyTests(portal), IClassFixture<PostgresAuditPortalFixture>;
