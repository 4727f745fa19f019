namespace Zhengwu.Domain.PowerList.Drafts;

/// <summary>A responsibility item as a draft carries it: its name, e.g. 受理责任, and what the duty requires.</summary>
public sealed class DraftResponsibility
{
    public string? Name { get; set; }

    public string? Content { get; set; }
}
