namespace Zhengwu.Web.Hosting;

/// <summary>A fixed-window rate limit: at most <see cref="PermitLimit"/> requests per client in each window.</summary>
public sealed class FixedWindowLimit
{
    public const int MaxPermitLimit = 1_000_000;

    public const int MaxWindowSeconds = 86_400;

    public int PermitLimit { get; set; }

    /// <summary>The window length in seconds.</summary>
    public int WindowSeconds { get; set; } = 60;

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);
}
