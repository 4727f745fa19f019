namespace Zhengwu.Infrastructure.PowerList.Lineage;

/// <summary>An item another item links to, with what a link to its page shows.</summary>
public sealed record LinkedItem(string Code, string Name, string RegionName);
