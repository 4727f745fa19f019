using Microsoft.Extensions.Options;
using Quartz;

namespace Zhengwu.Web.Scheduling;

/// <summary>Rejects a schedule that is not a Quartz cron expression, naming the key and the value.</summary>
internal sealed class JobScheduleOptionsValidator : IValidateOptions<JobScheduleOptions>
{
    public ValidateOptionsResult Validate(string? name, JobScheduleOptions options)
    {
        var errors = new List<string>();
        Check(errors, nameof(JobScheduleOptions.AuditPurge), options.AuditPurge);
        Check(errors, nameof(JobScheduleOptions.CalendarCoverage), options.CalendarCoverage);
        Check(errors, nameof(JobScheduleOptions.LateResumptions), options.LateResumptions);

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Check(List<string> errors, string key, string? value)
    {
        if (!CronExpression.TryParse(value ?? "", out _))
        {
            errors.Add(
                $"{JobScheduleOptions.SectionName}:{key} is “{value}”, which is not a Quartz cron expression. "
                + "Give six or seven fields: seconds, minutes, hours, day of month, month, day of week and an "
                + "optional year, for example “0 0 3 * * ?” for 03:00 every day.");
        }
    }
}
