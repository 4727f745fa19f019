using Microsoft.Extensions.Options;
using Zhengwu.Infrastructure.PowerList.Search;

namespace Zhengwu.Web.Caching;

/// <summary>
/// Chooses between this node's in-memory search index and the database for each search. The index is used when
/// it was built at the content version this node last read. When the version moved on, a rebuild starts in the
/// background and, while it runs, searches keep the previous index if
/// <see cref="PublicCacheOptions.VersionCheckSeconds"/> allows stale output at all, and read the database when it
/// is 0. Before the first build finishes, every search reads the database.
/// </summary>
public sealed class NodeSearchIndex(
    PowerItemSearchIndexHolder holder,
    ContentVersionMonitor versions,
    IOptions<PublicCacheOptions> options) : IPowerItemSearchIndexSource
{
    public async ValueTask<PowerItemSearchIndex?> IndexAsync(CancellationToken cancellationToken)
    {
        var index = holder.Current;
        if (index is null)
        {
            holder.RefreshInBackground();

            return null;
        }

        var stamp = await versions.CurrentAsync(cancellationToken);
        if (!holder.IsOutOfDate(stamp.Number))
        {
            return index;
        }

        holder.RefreshInBackground();

        return options.Value.VersionCheckSeconds > 0 ? index : null;
    }

    public void ReportStale(PowerItemSearchIndex index) => holder.ReportStale(index);
}
