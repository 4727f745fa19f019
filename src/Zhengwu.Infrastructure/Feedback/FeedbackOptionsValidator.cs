using Microsoft.Extensions.Options;

namespace Zhengwu.Infrastructure.Feedback;

/// <summary>Rejects response limits outside 1 to <see cref="FeedbackOptions.MaxDays"/> working days, naming the key and value.</summary>
public sealed class FeedbackOptionsValidator : IValidateOptions<FeedbackOptions>
{
    public ValidateOptionsResult Validate(string? name, FeedbackOptions options)
    {
        List<string> failures =
        [
            .. Check(nameof(FeedbackOptions.InquiryDays), options.InquiryDays),
            .. Check(nameof(FeedbackOptions.ComplaintDays), options.ComplaintDays),
        ];

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Check(string key, int days)
    {
        if (days is < 1 or > FeedbackOptions.MaxDays)
        {
            yield return $"{FeedbackOptions.SectionName}:{key} is {days}; expected a whole number of working days "
                + $"from 1 to {FeedbackOptions.MaxDays}.";
        }
    }
}
