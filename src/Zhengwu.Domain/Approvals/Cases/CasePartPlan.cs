namespace Zhengwu.Domain.Approvals.Cases;

/// <summary>A department that handles part of a case, as the item's configuration gives it at filing.</summary>
/// <param name="DepartmentId">The handling department.</param>
/// <param name="DepartmentName">The department's name as the applicant sees it.</param>
/// <param name="HandlingDivision">The division inside the department that handles the part, if the item names one.</param>
/// <param name="IsLead">Whether the department is the item's implementing department, which leads a joint case.</param>
/// <param name="Limit">The handling limit from acceptance, or null when the item has none in working days.</param>
public sealed record CasePartPlan(int DepartmentId, string DepartmentName, string? HandlingDivision, bool IsLead, HandlingLimit? Limit);
