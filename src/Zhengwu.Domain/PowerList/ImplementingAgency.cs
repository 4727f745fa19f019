namespace Zhengwu.Domain.PowerList;

/// <summary>A body that exercises a power item (实施机关 / 行使主体).</summary>
public sealed class ImplementingAgency
{
    public required string Name { get; init; }

    public AgencyNature Nature { get; init; } = AgencyNature.Statutory;

    /// <summary>Words the list added in brackets, e.g. 部分为省教育厅委托事项.</summary>
    public string? Qualifier { get; init; }
}
