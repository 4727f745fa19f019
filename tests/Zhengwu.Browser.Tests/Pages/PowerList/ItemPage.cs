using Microsoft.Playwright;

namespace Zhengwu.Browser.Tests.Pages.PowerList;

/// <summary>The page of one power item at /power-items/{code}.</summary>
public sealed class ItemPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Code => page.GetByText("事项编码：");

    public ILocator LegalBasesHeading => page.GetByRole(AriaRole.Heading, new() { Name = "设定和实施依据", Exact = true });

    public ILocator IncompleteNotice => page.GetByText("要素待完善：");

    /// <summary>The steps of the ordered list labelled 办理流程图.</summary>
    public ILocator FlowchartSteps =>
        page.GetByRole(AriaRole.List, new() { Name = "办理流程图" }).GetByRole(AriaRole.Listitem);

    /// <summary>The entries of the numbered list under the heading 申请材料.</summary>
    public ILocator Materials =>
        page.GetByRole(AriaRole.Heading, new() { Name = "申请材料", Exact = true })
            .Locator("xpath=following-sibling::ol[1]")
            .GetByRole(AriaRole.Listitem);

    /// <summary>The link to the item's public history, whose name ends with the number of versions.</summary>
    public ILocator HistoryLink => page.GetByRole(AriaRole.Link, new() { NameRegex = new("^变更历史") });

    /// <summary>The cited title of one legal basis, such as 《中华人民共和国食品安全法》.</summary>
    public ILocator LegalBasisTitle(string title) => page.GetByText(title, new() { Exact = true });

    /// <summary>The value (dd) that follows the term (dt) <paramref name="term"/> in a list of elements.</summary>
    public ILocator ElementValue(string term) =>
        page.GetByRole(AriaRole.Term).Filter(new() { HasTextRegex = new($"^{term}$") }).Locator("xpath=following-sibling::dd[1]");
}
