using System.Diagnostics;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Web.Caching;

/// <summary>
/// This node's view of the <see cref="ContentVersion"/> row. It rereads the row when the last read is older than
/// <see cref="PublicCacheOptions.VersionCheckSeconds"/>, and evicts the node's cached public responses when the
/// number changed. While one caller rereads, concurrent callers wait for that read instead of starting another.
/// </summary>
/// <remarks>
/// The interval is measured on <see cref="Stopwatch"/>, not on the registered <see cref="TimeProvider"/>, because
/// the bound on stale content is a property of real elapsed time even when tests move the portal's clock.
/// </remarks>
public sealed class ContentVersionMonitor(IServiceProvider services, IOptions<PublicCacheOptions> options)
    : IContentVersionSource, IDisposable
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private readonly long _intervalTicks = (long)(options.Value.VersionCheckSeconds * Stopwatch.Frequency);
    private volatile ContentStamp? _current;
    private long _readAt;

    /// <summary>
    /// Returns the content version as last read, reading it first when that read is too old. Callers that find a
    /// read already running wait for it and share its result, so no caller gets a version older than the interval
    /// plus one read, and the database gets one read at a time.
    /// </summary>
    public async ValueTask<ContentStamp> CurrentAsync(CancellationToken cancellationToken)
    {
        if (_current is { } current && IsRecent())
        {
            return current;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            return _current is { } shared && IsRecent() ? shared : await ReadAsync(cancellationToken);
        }
        finally
        {
            _refresh.Release();
        }
    }

    async ValueTask<long> IContentVersionSource.CurrentNumberAsync(CancellationToken cancellationToken) =>
        (await CurrentAsync(cancellationToken)).Number;

    public void Dispose() => _refresh.Dispose();

    private bool IsRecent() => Stopwatch.GetTimestamp() - Interlocked.Read(ref _readAt) < _intervalTicks;

    private async Task<ContentStamp> ReadAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var scope = services.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<ZhengwuDbContext>().ContentVersions.AsNoTracking()
            .SingleAsync(version => version.Id == ContentVersion.RowId, cancellationToken);
        var stamp = new ContentStamp(row.Number, row.ChangedAt);
        var previous = _current;
        _current = stamp;
        Interlocked.Exchange(ref _readAt, started);
        if (previous is not null && previous.Number != stamp.Number)
        {
            // The store is resolved here, not injected, because the output cache's options create the store too.
            await services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(PublicContentPolicy.Tag, cancellationToken);
        }

        return stamp;
    }
}
