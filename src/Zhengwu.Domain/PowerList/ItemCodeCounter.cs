namespace Zhengwu.Domain.PowerList;

/// <summary>
/// The last sequence number issued for one region and power type. Numbers only go up, so a code is
/// never issued twice even after its item is cancelled.
/// </summary>
public sealed class ItemCodeCounter
{
    public ItemCodeCounter(string regionCode, PowerType type)
    {
        RegionCode = regionCode;
        Type = type;
    }

    public string RegionCode { get; private set; }

    public PowerType Type { get; private set; }

    public int LastSequence { get; private set; }

    public string Issue()
    {
        if (LastSequence >= ItemCode.MaxSequence)
        {
            throw new InvalidOperationException(
                $"Item codes for region {RegionCode} and type {Type} are exhausted.");
        }

        LastSequence++;

        return ItemCode.Format(RegionCode, Type, LastSequence);
    }
}
