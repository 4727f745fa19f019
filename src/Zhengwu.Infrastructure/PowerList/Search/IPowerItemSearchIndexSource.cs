namespace Zhengwu.Infrastructure.PowerList.Search;

/// <summary>
/// Supplies the in-memory search index of this node to <see cref="PowerItemSearch"/>, or null while there is none
/// to use, in which case the search reads the database.
/// </summary>
public interface IPowerItemSearchIndexSource
{
    /// <summary>Returns the index to search now, or null when the search must read the database.</summary>
    ValueTask<PowerItemSearchIndex?> IndexAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Reports that <paramref name="index"/> returned an item that the database no longer lists or that no longer
    /// matches, so the index is out of date and should be rebuilt.
    /// </summary>
    void ReportStale(PowerItemSearchIndex index);
}
