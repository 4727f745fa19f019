using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.TestSupport;

namespace Zhengwu.Web.Tests.Approvals;

/// <summary>
/// A portal on its own database where three licensing items of the sample list are out of reach for applicants:
/// 企业投资项目核准 (620100-XK-00001) is suspended, 实施学前教育、学历教育及文化教育的民办学校设立审批
/// (620100-XK-00003) is cancelled and 620100-XK-00010 is classified.
/// </summary>
public abstract class ApprovalPortalFixture(DatabaseProvider provider) : PortalFixture(provider), IAsyncLifetime
{
    public const string SuspendedCode = "620100-XK-00001";
    public const string CancelledCode = "620100-XK-00003";
    public const string ClassifiedCode = "620100-XK-00010";

    async ValueTask IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ZhengwuDbContext>();
            (await db.PowerItems.SingleAsync(item => item.Code == SuspendedCode)).Status = PowerItemStatus.Suspended;
            (await db.PowerItems.SingleAsync(item => item.Code == CancelledCode)).Status = PowerItemStatus.Cancelled;
            (await db.PowerItems.SingleAsync(item => item.Code == ClassifiedCode)).IsClassified = true;

            return await db.SaveChangesAsync();
        });
    }
}

public sealed class SqliteApprovalPortalFixture() : ApprovalPortalFixture(DatabaseProvider.Sqlite);

public sealed class PostgresApprovalPortalFixture() : ApprovalPortalFixture(DatabaseProvider.Postgres);
