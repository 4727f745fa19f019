namespace Zhengwu.Domain.DutyList;

/// <summary>The published duty list of one department: its current contents and the number of its latest version.</summary>
public sealed class DepartmentDutyList
{
    public DepartmentDutyList(int departmentId, string regionCode)
    {
        DepartmentId = departmentId;
        RegionCode = regionCode;
    }

    public int Id { get; private set; }

    public int DepartmentId { get; private set; }

    public string RegionCode { get; private set; }

    public DutyListElements Elements { get; set; } = new();

    public int VersionNumber { get; set; }

    public DateTimeOffset PublishedAt { get; set; }
}
