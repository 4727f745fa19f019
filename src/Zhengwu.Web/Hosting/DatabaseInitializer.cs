using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zhengwu.Infrastructure.Approvals.Cases;
using Zhengwu.Infrastructure.Calendar;
using Zhengwu.Infrastructure.Import;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Web.Hosting;

internal static class DatabaseInitializer
{
    /// <summary>
    /// Applies pending migrations, finishes or removes case files that an interrupted filing left in staging,
    /// loads the working calendar into a database without one and the sample data set into an empty database.
    /// </summary>
    /// <exception cref="InvalidOperationException">The calendar file is needed but missing or invalid.</exception>
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ZhengwuDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<StagedFileSweep>().SweepAsync(cancellationToken);
        await LoadCalendarAsync(scope.ServiceProvider, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<SampleDataLoader>().LoadIfEmptyAsync(cancellationToken);
    }

    private static async Task LoadCalendarAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var path = services.GetRequiredService<IOptions<ZhengwuOptions>>().Value.WorkingCalendarFile;
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        try
        {
            await services.GetRequiredService<WorkingCalendarLoader>().LoadIfEmptyAsync(path, cancellationToken);
        }
        catch (ImportFileException exception)
        {
            throw new InvalidOperationException(
                $"Zhengwu:WorkingCalendarFile “{path}” could not be loaded: {exception.Message}", exception);
        }
    }
}
