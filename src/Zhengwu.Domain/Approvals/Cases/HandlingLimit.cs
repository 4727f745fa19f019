using Zhengwu.Domain.PowerList;

namespace Zhengwu.Domain.Approvals.Cases;

/// <summary>The working days a case part has from acceptance to conclusion, and which of the item's limits gave them.</summary>
public sealed record HandlingLimit(int Days, HandlingLimitSource Source)
{
    /// <summary>
    /// Takes the promised limit when it is stated in working days, else the statutory limit when it is, else null:
    /// a limit in natural days or months is not counted on the working-day clock.
    /// </summary>
    public static HandlingLimit? For(TimeLimit? promised, TimeLimit? statutory) =>
        promised?.WorkingDays is { } promisedDays and > 0 ? new HandlingLimit(promisedDays, HandlingLimitSource.Promised)
        : statutory?.WorkingDays is { } statutoryDays and > 0 ? new HandlingLimit(statutoryDays, HandlingLimitSource.Statutory)
        : null;
}

public enum HandlingLimitSource
{
    Promised = 1,
    Statutory = 2,
}

public static class HandlingLimitSourceNames
{
    public static string ChineseName(this HandlingLimitSource source) =>
        source == HandlingLimitSource.Promised ? "承诺时限" : "法定时限";
}
