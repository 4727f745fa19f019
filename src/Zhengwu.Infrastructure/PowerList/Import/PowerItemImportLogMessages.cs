using Microsoft.Extensions.Logging;

namespace Zhengwu.Infrastructure.PowerList.Import;

/// <summary>The power list import's log events, with stable event ids.</summary>
internal static partial class PowerItemImportLogMessages
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Debug,
        Message = "Power item import step {Step} took {ElapsedMilliseconds} ms for {RowCount} rows")]
    public static partial void StepTimed(ILogger logger, string step, long elapsedMilliseconds, int rowCount);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Debug,
        Message = "Power item import batch {BatchNumber} saved {ChangedCount} changed items in {SaveMilliseconds} ms "
            + "and indexed them in {IndexMilliseconds} ms")]
    public static partial void BatchWritten(
        ILogger logger,
        int batchNumber,
        int changedCount,
        long saveMilliseconds,
        long indexMilliseconds);
}
