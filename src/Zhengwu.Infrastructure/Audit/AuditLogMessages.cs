using Microsoft.Extensions.Logging;

namespace Zhengwu.Infrastructure.Audit;

/// <summary>The audit log's recurring log events, with stable event ids.</summary>
internal static partial class AuditLogMessages
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Error, Message = "Audit chain verification failed at record {RecordId}: {Reason}")]
    public static partial void ChainBroken(ILogger logger, long recordId, string reason);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information,
        Message = "Audit purge removed {RemovedCount} records up to record {LastRemovedId}, older than {Cutoff}")]
    public static partial void Purged(ILogger logger, long removedCount, long lastRemovedId, DateTimeOffset cutoff);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Error,
        Message = "Audit purge removed nothing because record {RecordId} is broken: {Reason}")]
    public static partial void PurgeRejected(ILogger logger, long recordId, string reason);
}
