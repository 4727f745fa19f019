namespace Zhengwu.Infrastructure.Tests;

/// <summary>A clock that returns the time it was last set to, so tests can tell which import wrote a row.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
