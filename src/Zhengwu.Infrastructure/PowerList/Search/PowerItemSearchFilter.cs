using Zhengwu.Domain.PowerList;

namespace Zhengwu.Infrastructure.PowerList.Search;

/// <summary>The filters of a search: region code, department id and power type; null means any.</summary>
public sealed record PowerItemSearchFilter(string? RegionCode, int? DepartmentId, PowerType? Type);
