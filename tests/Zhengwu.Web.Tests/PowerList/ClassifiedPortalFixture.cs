using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Infrastructure.PowerList.Import;
using Zhengwu.TestSupport;

namespace Zhengwu.Web.Tests.PowerList;

/// <summary>
/// A portal on its own database where two items of 兰州市市场监督管理局 are classified: 食品经营许可
/// (620100-XK-00073) through a list import with 是否涉密 = 是, and 对未经设立登记从事经营活动的处罚
/// (620100-CF-00010) by setting the flag in the database.
/// </summary>
public abstract class ClassifiedPortalFixture(DatabaseProvider provider) : PortalFixture(provider), IAsyncLifetime
{
    public const string ImportedCode = "620100-XK-00073";
    public const string FlaggedCode = "620100-CF-00010";

    async ValueTask IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await ImportClassifiedRowAsync();
        await FlagClassifiedAsync();
    }

    private async Task ImportClassifiedRowAsync()
    {
        var path = Path.Combine(Factory.Database.Folder, "classified.csv");
        await File.WriteAllTextAsync(path, "主管部门,事项名称,权力类型,是否涉密\n兰州市市场监督管理局,食品经营许可,行政许可,是\n", Encoding.UTF8);

        var report = await WithScopeAsync(services => services.GetRequiredService<PowerItemImporter>().ImportAsync(path));
        if (!report.Succeeded || report.Updated != 1)
        {
            throw new InvalidOperationException($"The classified row did not import: {string.Join("; ", report.Errors)}");
        }
    }

    private Task<int> FlagClassifiedAsync() => WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<ZhengwuDbContext>();
        var item = await db.PowerItems.SingleAsync(item => item.Code == FlaggedCode);
        item.IsClassified = true;

        return await db.SaveChangesAsync();
    });
}

public sealed class SqliteClassifiedPortalFixture() : ClassifiedPortalFixture(DatabaseProvider.Sqlite);

public sealed class PostgresClassifiedPortalFixture() : ClassifiedPortalFixture(DatabaseProvider.Postgres);
