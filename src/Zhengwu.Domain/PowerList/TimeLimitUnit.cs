namespace Zhengwu.Domain.PowerList;

/// <summary>The unit a law or a department states a time limit in.</summary>
public enum TimeLimitUnit
{
    WorkingDays = 1,
    NaturalDays = 2,
    Months = 3,
}
