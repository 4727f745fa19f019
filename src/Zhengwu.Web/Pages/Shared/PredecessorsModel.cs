using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Infrastructure.PowerList.Lineage;

namespace Zhengwu.Web.Pages;

/// <summary>The items a merge or split retired into an item, as its page and its history link back to them.</summary>
public sealed record PredecessorsModel(IReadOnlyList<LinkedItem> Items, ChangeKind? CreatedBy)
{
    public string Lead => CreatedBy == ChangeKind.Split ? "本事项由以下事项分设而来：" : "本事项由以下事项合并而来：";
}
