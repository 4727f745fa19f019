namespace Zhengwu.Domain.DutyList;

/// <summary>A specific work item under a main duty: what is done, on which basis and through which power items.</summary>
public sealed class DutyWorkItem
{
    public string Name { get; set; } = "";

    /// <summary>The law, regulation or mandate document the work item rests on; may be empty.</summary>
    public string? Basis { get; set; }

    /// <summary>The item codes of the department's power items through which the work is done.</summary>
    public List<string> PowerItemCodes { get; set; } = [];
}
