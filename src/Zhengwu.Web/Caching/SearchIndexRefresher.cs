using Microsoft.Extensions.Options;
using Zhengwu.Infrastructure.PowerList.Search;

namespace Zhengwu.Web.Caching;

/// <summary>
/// Builds this node's search index after the start, without delaying it, and rebuilds it whenever the content
/// version read by <see cref="ContentVersionMonitor"/> differs from the index's, checking once per
/// <see cref="PublicCacheOptions.VersionCheckSeconds"/> (at least once a second).
/// </summary>
public sealed partial class SearchIndexRefresher(
    PowerItemSearchIndexHolder holder,
    ContentVersionMonitor versions,
    IOptions<PublicCacheOptions> options,
    ILogger<SearchIndexRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Yield first: the host awaits the synchronous part of this method before it serves requests.
        await Task.Yield();
        holder.RefreshInBackground();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.VersionCheckSeconds)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var stamp = await versions.CurrentAsync(stoppingToken);
                if (holder.Current is not null && holder.IsOutOfDate(stamp.Number))
                {
                    holder.RefreshInBackground();
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogCheckFailed(exception);
            }
        }
    }

    [LoggerMessage(EventId = 3203, Level = LogLevel.Warning,
        Message = "Content version check for the search index failed")]
    private partial void LogCheckFailed(Exception exception);
}
