using Zhengwu.Domain.Organization;

namespace Zhengwu.Infrastructure.PowerList.Lineage;

/// <summary>A county and its department that exercises a power delegated from the city department.</summary>
public sealed record CountyDepartment(Region County, Department Department);
