namespace Zhengwu.Domain.PowerList.Drafts;

/// <summary>A reason a draft cannot be saved: the property it concerns and a message in Chinese for the editor.</summary>
public sealed record DraftProblem(string Field, string Message);
