namespace Zhengwu.Domain.Organization;

/// <summary>A city or county identified by its six-digit GB/T 2260 region code.</summary>
public sealed class Region
{
    public Region(string code, string name, RegionLevel level, string? parentCode)
    {
        if (!RegionCode.IsValid(code))
        {
            throw new ArgumentException($"Region code '{code}' is not six digits.", nameof(code));
        }

        Code = code;
        Name = name;
        Level = level;
        ParentCode = parentCode;
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public RegionLevel Level { get; private set; }

    /// <summary>The city a county belongs to; null for the city itself.</summary>
    public string? ParentCode { get; private set; }

    public int SortOrder { get; set; }
}
