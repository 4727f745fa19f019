using System.Buffers;

namespace Zhengwu.Infrastructure.PowerList.Search;

/// <summary>An ascending set of item ordinals in a buffer rented from <see cref="ArrayPool{T}.Shared"/>.</summary>
internal sealed class OrdinalSet
{
    private OrdinalSet(int[] buffer)
    {
        Buffer = buffer;
    }

    public int[] Buffer { get; }

    public int Count { get; set; }

    public Span<int> Span => Buffer.AsSpan(0, Count);

    /// <summary>Rents a buffer for at least <paramref name="capacity"/> ordinals. The set starts empty.</summary>
    public static OrdinalSet Rent(int capacity) => new(ArrayPool<int>.Shared.Rent(Math.Max(1, capacity)));

    /// <summary>Returns the buffer to the pool. The set must not be used afterwards.</summary>
    public void Return() => ArrayPool<int>.Shared.Return(Buffer);
}
