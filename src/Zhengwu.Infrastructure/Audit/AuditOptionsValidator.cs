using Microsoft.Extensions.Options;

namespace Zhengwu.Infrastructure.Audit;

/// <summary>Rejects a retention shorter than the legal minimum, naming the configured value.</summary>
internal sealed class AuditOptionsValidator : IValidateOptions<AuditOptions>
{
    public ValidateOptionsResult Validate(string? name, AuditOptions options)
    {
        if (options.RetentionDays >= AuditOptions.MinRetentionDays)
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(
            $"{AuditOptions.SectionName}:{nameof(AuditOptions.RetentionDays)} is {options.RetentionDays}, but audit "
            + $"records must be kept at least {AuditOptions.MinRetentionDays} days. Set it to "
            + $"{AuditOptions.MinRetentionDays} or more.");
    }
}
