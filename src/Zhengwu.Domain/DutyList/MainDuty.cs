namespace Zhengwu.Domain.DutyList;

/// <summary>One main duty (主要职责) of a department, with the specific work items (具体工作事项) that carry it out.</summary>
public sealed class MainDuty
{
    /// <summary>The duty as the department's mandate states it, e.g. 负责市场综合监督管理.</summary>
    public string? Content { get; set; }

    public List<DutyWorkItem> WorkItems { get; set; } = [];
}
