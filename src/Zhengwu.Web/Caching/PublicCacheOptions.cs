namespace Zhengwu.Web.Caching;

/// <summary>The output cache of public pages and API reads, from the "Zhengwu:PublicCache" configuration section.</summary>
public sealed class PublicCacheOptions
{
    public const string SectionName = "Zhengwu:PublicCache";

    /// <summary>Whether the output cache runs at all; off, every request reads the database.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Seconds between two reads of the content version on one node, and so the longest time, plus one version
    /// read, that a node serves a cached response after new content was committed. 0 reads it on every request.
    /// </summary>
    public double VersionCheckSeconds { get; set; } = 2;

    /// <summary>Minutes a cached response is kept when no publication evicts it first.</summary>
    public double ExpirationMinutes { get; set; } = 10;
}
