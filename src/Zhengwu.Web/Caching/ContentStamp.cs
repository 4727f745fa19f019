using System.Globalization;

namespace Zhengwu.Web.Caching;

/// <summary>A content version number and the time content last changed.</summary>
public sealed record ContentStamp(long Number, DateTimeOffset ChangedAt)
{
    public string Key => Number.ToString(CultureInfo.InvariantCulture);
}
