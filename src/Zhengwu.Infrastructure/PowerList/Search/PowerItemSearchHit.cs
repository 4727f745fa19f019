namespace Zhengwu.Infrastructure.PowerList.Search;

/// <summary>One result of an in-memory search: the item's id and its result line as stored in the index.</summary>
public sealed record PowerItemSearchHit(int Id, PowerItemSummary Summary);
