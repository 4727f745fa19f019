using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Zhengwu.Domain.Organization;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Lineage;
using Zhengwu.Domain.PowerList.Versions;

namespace Zhengwu.Infrastructure.Persistence;

/// <summary>
/// Raises the <see cref="ContentVersion"/> row after a save that touched public content: regions, departments,
/// power items with their responsibility items, versions and successions. When the save runs inside a
/// transaction, as a publication does, the raise commits or rolls back with it. Otherwise it follows the save in a
/// statement of its own, so a node never reads the new number before the new content.
/// </summary>
/// <remarks>
/// Bulk statements (<c>ExecuteUpdate</c>, <c>ExecuteDelete</c>, raw SQL) bypass interceptors, so code that changes
/// public content that way must call <see cref="RaiseAsync"/> itself.
/// </remarks>
public sealed class ContentVersionInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly Type[] s_publicTypes =
    [
        typeof(Region), typeof(Department), typeof(PowerItem), typeof(ResponsibilityItem), typeof(PowerItemVersion),
        typeof(PowerItemSuccession),
    ];

    private bool _pending;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        _pending |= eventData.Context is { } context && TouchesPublicContent(context);

        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        _pending |= eventData.Context is { } context && TouchesPublicContent(context);

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData,
        int result,
        CancellationToken cancellationToken = default)
    {
        if (_pending && eventData.Context is ZhengwuDbContext db)
        {
            _pending = false;
            await RaiseAsync(db, clock.GetUtcNow(), cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (_pending && eventData.Context is ZhengwuDbContext db)
        {
            _pending = false;
            RaiseAsync(db, clock.GetUtcNow(), CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _pending = false;

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _pending = false;

        return Task.CompletedTask;
    }

    /// <summary>Adds one to the content version and sets its time to <paramref name="now"/>.</summary>
    public static Task<int> RaiseAsync(ZhengwuDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        return db.ContentVersions.Where(version => version.Id == ContentVersion.RowId)
            .ExecuteUpdateAsync(
                update => update.SetProperty(version => version.Number, version => version.Number + 1)
                    .SetProperty(version => version.ChangedAt, now.ToUniversalTime()),
                cancellationToken);
    }

    private static bool TouchesPublicContent(DbContext context) =>
        context.ChangeTracker.Entries().Any(entry =>
            entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && s_publicTypes.Contains(entry.Metadata.ClrType));
}
