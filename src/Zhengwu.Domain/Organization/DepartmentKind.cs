namespace Zhengwu.Domain.Organization;

/// <summary>A government department (工作部门) or another office or public institution.</summary>
public enum DepartmentKind
{
    Department = 1,
    Office = 2,
}
