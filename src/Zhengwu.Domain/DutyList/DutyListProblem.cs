namespace Zhengwu.Domain.DutyList;

/// <summary>A reason a duty list cannot be saved, in Chinese, naming the value and the fix.</summary>
public sealed record DutyListProblem(string Message);
