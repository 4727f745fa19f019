namespace Zhengwu.Infrastructure.Approvals;

/// <summary>A joint item with its lead department and its co-handling departments in department id order.</summary>
public sealed record JointItemRow(string Code, string Name, string LeadDepartment, IReadOnlyList<string> CoHandlingDepartments);
