namespace Zhengwu.Domain.PowerList.Changes;

/// <summary>The government's decision on a list adjustment: the meeting that took it, its date and document number.</summary>
public sealed record GovernmentDecision(string Meeting, DateOnly Date, string DocumentNumber);
