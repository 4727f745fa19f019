namespace Zhengwu.Infrastructure.Scheduling;

/// <summary>
/// One run of a scheduled job on one web node: when its trigger was due, when it ran, and what it found. With
/// several nodes, each firing of a trigger leaves exactly one row, written by the node that ran it.
/// </summary>
public sealed class ScheduledJobRun
{
    public const int NameLength = 100;
    public const int InstanceLength = 200;
    public const int SummaryLength = 2000;

    public ScheduledJobRun(string jobName, string instanceId, string fireId, DateTimeOffset scheduledAt, DateTimeOffset startedAt)
    {
        JobName = jobName;
        InstanceId = instanceId;
        FireId = fireId;
        ScheduledAt = scheduledAt;
        StartedAt = startedAt;
    }

    public long Id { get; private set; }

    public string JobName { get; private set; }

    /// <summary>The scheduler instance (web node) that ran the job.</summary>
    public string InstanceId { get; private set; }

    /// <summary>The scheduler's id of this firing, unique across nodes.</summary>
    public string FireId { get; private set; }

    /// <summary>The time the trigger was due, in UTC.</summary>
    public DateTimeOffset ScheduledAt { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public bool Succeeded { get; set; }

    /// <summary>What the run found or did, in English for operators, or the error type when it failed.</summary>
    public string Summary { get; set; } = "";
}
