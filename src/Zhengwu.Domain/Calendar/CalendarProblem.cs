namespace Zhengwu.Domain.Calendar;

/// <summary>A reason a calendar change is refused: the field it concerns and a Chinese message that names the value.</summary>
public sealed record CalendarProblem(string Field, string Message);
