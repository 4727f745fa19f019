using Zhengwu.Infrastructure.PowerList;

namespace Zhengwu.Web.Caching;

/// <summary>
/// The region choices of the search form, read once per content version that this node reads instead of on every
/// request. A region change raises the content version, so the list is at most as old as
/// <see cref="ContentVersionMonitor"/> allows.
/// </summary>
public sealed class RegionChoiceCache(ContentVersionMonitor versions)
{
    private volatile Entry? _entry;

    /// <summary>Returns the regions read at the current content version, reading them when the version moved.</summary>
    public async ValueTask<IReadOnlyList<RegionChoice>> GetAsync(
        PowerListQueries queries,
        CancellationToken cancellationToken)
    {
        var stamp = await versions.CurrentAsync(cancellationToken);
        if (_entry is { } entry && entry.Version == stamp.Number)
        {
            return entry.Regions;
        }

        // The regions are read after the version, so a change saved in between is already in the list that is
        // kept under the older number. It is read again once this node reads the new number.
        var regions = await queries.GetRegionChoicesAsync(cancellationToken);
        _entry = new Entry(stamp.Number, regions);

        return regions;
    }

    private sealed record Entry(long Version, IReadOnlyList<RegionChoice> Regions);
}
