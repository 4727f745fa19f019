namespace Zhengwu.Domain.PowerList;

public enum PowerItemStatus
{
    InForce = 1,
    Suspended = 2,
    Cancelled = 3,
}
