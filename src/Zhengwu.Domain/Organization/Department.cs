namespace Zhengwu.Domain.Organization;

/// <summary>A department or office of one region.</summary>
public sealed class Department
{
    public Department(string regionCode, string name, string shortName, DepartmentKind kind)
    {
        RegionCode = regionCode;
        Name = name;
        ShortName = shortName;
        Kind = kind;
    }

    public int Id { get; private set; }

    public string RegionCode { get; private set; }

    public string Name { get; private set; }

    public string ShortName { get; set; }

    public DepartmentKind Kind { get; set; }

    public OfficeRole Role { get; set; }

    public string? Note { get; set; }

    public int SortOrder { get; set; }
}
