using Microsoft.EntityFrameworkCore;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Web.Hosting;

internal static class DatabaseInitializer
{
    /// <summary>Applies pending migrations and loads the sample data set into an empty database.</summary>
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ZhengwuDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<SampleDataLoader>().LoadIfEmptyAsync(cancellationToken);
    }
}
