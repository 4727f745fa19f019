namespace Zhengwu.Domain.Calendar;

public enum ClockState
{
    /// <summary>Every working day counts.</summary>
    Running = 1,

    /// <summary>Counting is suspended until a resume.</summary>
    Stopped = 2,
}
