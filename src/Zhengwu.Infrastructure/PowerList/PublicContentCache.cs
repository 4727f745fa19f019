using System.Collections.Concurrent;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.PowerList;

/// <summary>
/// Keeps values computed from public content, such as item counts, for one content version. Every publication
/// raises the version, so a node computes each value again once it has read the new number, and nodes sharing a
/// database never serve a value older than their version check interval allows.
/// </summary>
/// <remarks>
/// The version is read before the value is computed, so a cached value is never older than its version. Keys must
/// come from a bounded set, such as the ids of existing departments, because nothing else removes them before the
/// next version.
/// </remarks>
public sealed class PublicContentCache(IContentVersionSource versions)
{
    private Generation _generation = new(long.MinValue);

    /// <summary>Returns the value cached under <paramref name="key"/> at the current version, loading it when missing.</summary>
    public async Task<T> GetOrLoadAsync<T>(string key, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(load);
        var version = await versions.CurrentNumberAsync(cancellationToken);
        var generation = Volatile.Read(ref _generation);
        if (generation.Version == version && generation.Values.TryGetValue(key, out var cached))
        {
            return (T)cached;
        }

        var value = await load(cancellationToken);
        Remember(version, key, value);

        return value;
    }

    private void Remember(long version, string key, object value)
    {
        var generation = Volatile.Read(ref _generation);
        while (generation.Version < version)
        {
            var newer = new Generation(version);
            var seen = Interlocked.CompareExchange(ref _generation, newer, generation);
            generation = ReferenceEquals(seen, generation) ? newer : seen;
        }

        // A request that read an older number than another one finished with keeps its value to itself.
        if (generation.Version == version)
        {
            generation.Values.TryAdd(key, value);
        }
    }

    private sealed class Generation(long version)
    {
        public long Version { get; } = version;

        public ConcurrentDictionary<string, object> Values { get; } = new(StringComparer.Ordinal);
    }
}
