namespace Zhengwu.Domain.PowerList.Changes;

/// <summary>The kinds of change to a power list that a department may request.</summary>
public enum ChangeKind
{
    /// <summary>增加: a new item.</summary>
    Add = 1,

    /// <summary>取消: the item is withdrawn from the list.</summary>
    Cancel = 2,

    /// <summary>下放: a city power moves to county level.</summary>
    Delegate = 3,

    /// <summary>承接: a county takes over a power the level above delegated.</summary>
    TakeOver = 4,

    /// <summary>合并: several items become one.</summary>
    Merge = 5,

    /// <summary>分设: one item becomes several.</summary>
    Split = 6,

    /// <summary>要素变更: fields of an item change.</summary>
    ElementChange = 7,

    /// <summary>暂停（挂起）: the item stays public but cannot be applied for.</summary>
    Suspend = 8,

    /// <summary>恢复: a suspended item is exercised again.</summary>
    Resume = 9,
}
