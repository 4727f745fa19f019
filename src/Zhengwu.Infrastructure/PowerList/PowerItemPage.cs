namespace Zhengwu.Infrastructure.PowerList;

/// <summary>One page of a list of items, with the total count of the whole list.</summary>
public sealed record PowerItemPage(IReadOnlyList<PowerItemSummary> Items, int Total, int Page, int PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 100;

    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}
