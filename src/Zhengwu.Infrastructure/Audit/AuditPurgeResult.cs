using Zhengwu.Domain.Audit;

namespace Zhengwu.Infrastructure.Audit;

/// <summary>The outcome of a retention purge.</summary>
/// <param name="RemovedCount">How many records were removed.</param>
/// <param name="LastRemovedId">The sequence number of the last removed record, or null when none was removed.</param>
/// <param name="Break">
/// The first broken record among those due for removal. When it is set the purge removed nothing, so the
/// evidence of the change is kept.
/// </param>
public sealed record AuditPurgeResult(long RemovedCount, long? LastRemovedId, AuditChainBreak? Break);
