using Zhengwu.Domain.Accounts;

namespace Zhengwu.Domain.Feedback;

/// <summary>The staff member who answers or publishes, with the department the answer is recorded for.</summary>
public sealed record FeedbackResponder(Guid Id, string Name, StaffRole Role, int DepartmentId, string DepartmentName);
