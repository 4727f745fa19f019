namespace Zhengwu.Infrastructure.Persistence;

/// <summary>
/// The single row that counts changes to public content. Every save that adds, changes or removes public content
/// raises <see cref="Number"/>, so each web node can tell from one cheap read whether its cached pages are stale.
/// </summary>
public sealed class ContentVersion
{
    /// <summary>The key of the only row.</summary>
    public const int RowId = 1;

    public ContentVersion(int id, long number, DateTimeOffset changedAt)
    {
        Id = id;
        Number = number;
        ChangedAt = changedAt;
    }

    public int Id { get; private set; }

    public long Number { get; private set; }

    /// <summary>When public content last changed, in UTC; the <c>Last-Modified</c> time of the API's reads.</summary>
    public DateTimeOffset ChangedAt { get; private set; }
}
