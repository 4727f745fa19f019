using System.Globalization;

namespace Zhengwu.Web.Hosting;

/// <summary>Shows stored UTC times in China Standard Time (UTC+8, without daylight saving time since 1991).</summary>
internal static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static string Display(DateTimeOffset time) =>
        time.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
