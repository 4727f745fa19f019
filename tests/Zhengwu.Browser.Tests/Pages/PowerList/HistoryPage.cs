using Microsoft.Playwright;

namespace Zhengwu.Browser.Tests.Pages.PowerList;

/// <summary>The public history of one item at /power-items/{code}/history: its versions and a comparison of two.</summary>
public sealed class HistoryPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>The rows of the table of published versions, newest first.</summary>
    public ILocator VersionRows => VersionTable.Locator("tbody").GetByRole(AriaRole.Row);

    private ILocator VersionTable =>
        page.GetByRole(AriaRole.Table)
            .Filter(new() { Has = page.GetByRole(AriaRole.Columnheader, new() { Name = "审核机关", Exact = true }) });

    /// <summary>The rows of the comparison table captioned <paramref name="caption"/>, such as 第 1 版 → 第 2 版.</summary>
    public ILocator DifferenceRows(string caption) =>
        page.GetByRole(AriaRole.Table, new() { Name = caption, Exact = true }).Locator("tbody").GetByRole(AriaRole.Row);

    /// <summary>
    /// The cell of version <paramref name="number"/> under the column <paramref name="column"/>: 版本, 发布时间, 变更,
    /// 理由, 审核机关 or 政府审定.
    /// </summary>
    public ILocator VersionCell(int number, string column) =>
        VersionRows.Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = $"第 {number} 版", Exact = true }) })
            .GetByRole(AriaRole.Cell)
            .Nth(column switch
            {
                "版本" => 0,
                "发布时间" => 1,
                "变更" => 2,
                "理由" => 3,
                "审核机关" => 4,
                "政府审定" => 5,
                _ => throw new ArgumentOutOfRangeException(nameof(column), column, "The table of versions has no such column."),
            });
}
