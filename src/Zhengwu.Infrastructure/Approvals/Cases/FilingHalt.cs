using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Zhengwu.Infrastructure.Approvals.Cases;

/// <summary>
/// Holds a filing at the checkpoint that <see cref="FilingHaltOptions"/> names, after writing the marker file, until
/// the request is aborted. Without that setting every checkpoint passes at once.
/// </summary>
public sealed partial class FilingHalt(IOptions<FilingHaltOptions> options, ILogger<FilingHalt> logger)
{
    public async Task ReachAsync(FilingCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (checkpoint == FilingCheckpoint.None || checkpoint != settings.At)
        {
            return;
        }

        LogHalted(checkpoint);
        await File.WriteAllTextAsync(settings.MarkerFile, checkpoint.ToString(), cancellationToken);
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }

    [LoggerMessage(EventId = 7104, Level = LogLevel.Warning, Message = "Filing halted at checkpoint {Checkpoint} by the test setting")]
    private partial void LogHalted(FilingCheckpoint checkpoint);
}
