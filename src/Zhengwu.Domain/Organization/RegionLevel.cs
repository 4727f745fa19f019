namespace Zhengwu.Domain.Organization;

/// <summary>The two administrative levels the portal serves.</summary>
public enum RegionLevel
{
    City = 1,
    County = 2,
}
