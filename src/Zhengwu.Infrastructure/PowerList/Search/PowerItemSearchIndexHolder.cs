using System.Diagnostics;
using System.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.PowerList.Search;

/// <summary>
/// This node's current <see cref="PowerItemSearchIndex"/>. A refresh builds a new index from the database and
/// swaps it in with one reference write, so searches running meanwhile keep using the previous index. Builds run
/// one at a time.
/// </summary>
public sealed partial class PowerItemSearchIndexHolder(
    IServiceScopeFactory scopes,
    ILogger<PowerItemSearchIndexHolder> logger) : IDisposable
{
    private readonly SemaphoreSlim _build = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private volatile PowerItemSearchIndex? _current;
    private volatile bool _reportedStale;
    private int _scheduled;

    /// <summary>The index in use, or null before the first build finished.</summary>
    public PowerItemSearchIndex? Current => _current;

    /// <summary>
    /// Returns whether the index is missing, reported stale, or older than content version <paramref name="version"/>.
    /// </summary>
    public bool IsOutOfDate(long version) => _current is not { } index || index.Version != version || _reportedStale;

    /// <summary>
    /// Records that the current index returned an item the database no longer lists or that no longer matches.
    /// </summary>
    public void ReportStale(PowerItemSearchIndex index)
    {
        if (ReferenceEquals(index, _current))
        {
            _reportedStale = true;
        }
    }

    /// <summary>
    /// Builds a new index from the database and makes it current. A build already running finishes first.
    /// </summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _build.WaitAsync(cancellationToken);
        try
        {
            _reportedStale = false;
            var started = Stopwatch.GetTimestamp();
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ZhengwuDbContext>();
            var index = await PowerItemSearchIndexBuilder.BuildAsync(db, cancellationToken);
            _current = index;
            ReleaseBuildMemory();
            var milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogBuilt(index.Count, index.PostingCount, index.SizeInBytes / 1024, index.Version, milliseconds);
        }
        finally
        {
            _build.Release();
        }
    }

    /// <summary>
    /// Starts <see cref="RefreshAsync"/> on the thread pool and returns at once. A request while one is already
    /// scheduled is dropped, because that refresh reads the database after the request was made.
    /// </summary>
    public void RefreshInBackground()
    {
        if (Interlocked.CompareExchange(ref _scheduled, 1, 0) != 0)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await RefreshAsync(_stopping.Token);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                // The node is shutting down.
            }
            catch (Exception exception)
            {
                LogBuildFailed(exception);
            }
            finally
            {
                Volatile.Write(ref _scheduled, 0);
            }
        });
    }

    /// <summary>
    /// Collects the rows read for the build and the replaced index at once and returns their pages to the system.
    /// At 100,000 items they are tens of megabytes on the large object heap, which the runtime would otherwise
    /// keep until a later full collection, on top of the memory that serving requests needs.
    /// </summary>
    private static void ReleaseBuildMemory()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    /// <summary>
    /// Cancels a background build. The token source stays undisposed because that build may still read it.
    /// </summary>
    public void Dispose() => _stopping.Cancel();

    [LoggerMessage(EventId = 3201, Level = LogLevel.Information,
        Message = "Search index built: {Items} items, {Postings} postings, {Kilobytes} KiB, "
            + "content version {Version}, {Milliseconds} ms")]
    private partial void LogBuilt(int items, int postings, long kilobytes, long version, double milliseconds);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Error,
        Message = "Search index build failed, so searches read the database")]
    private partial void LogBuildFailed(Exception exception);
}
