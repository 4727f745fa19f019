namespace Zhengwu.Infrastructure.Persistence;

/// <summary>Gives the <see cref="ContentVersion"/> number as this node last read it.</summary>
public interface IContentVersionSource
{
    /// <summary>
    /// Returns the content version number. It may lag the database by the node's version check interval, but it
    /// never goes back, and content read after this call is at least as new as the number.
    /// </summary>
    ValueTask<long> CurrentNumberAsync(CancellationToken cancellationToken);
}
