namespace Zhengwu.Domain.Feedback;

/// <summary>What a record is about and the department that answers it, as they read at receipt.</summary>
public sealed record FeedbackSubject(FeedbackTarget Target, string? ItemCode, string? ItemName, int DepartmentId, string DepartmentName)
{
    public static FeedbackSubject ForItem(string code, string name, int departmentId, string departmentName) =>
        new(FeedbackTarget.Item, code, name, departmentId, departmentName);

    public static FeedbackSubject ForDepartment(int departmentId, string departmentName) =>
        new(FeedbackTarget.Department, null, null, departmentId, departmentName);
}
