using Zhengwu.Domain.PowerList;

namespace Zhengwu.Infrastructure.PowerList.Search;

/// <summary>
/// A search or filtered browse of public power items. An empty query lists every item that passes the filters.
/// </summary>
public sealed record PowerItemSearchRequest(
    string? Query,
    string? RegionCode = null,
    int? DepartmentId = null,
    PowerType? Type = null,
    int Page = 1,
    int PageSize = PowerItemSearchRequest.DefaultPageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxQueryLength = 100;
}
