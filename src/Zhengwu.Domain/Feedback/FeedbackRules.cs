namespace Zhengwu.Domain.Feedback;

/// <summary>
/// Limits of the fields of inquiries, complaints and answers. Lengths count UTF-16 code units after trimming, so a
/// value within the limit always fits the database column on both providers. Control characters other than line
/// breaks and tabs are rejected, because PostgreSQL stores no NUL character and none of them shows on a page.
/// </summary>
public static class FeedbackRules
{
    public const int MaxSubjectLength = 100;
    public const int MaxContentLength = 2000;
    public const int MaxContactLength = 50;
    public const int MaxAnswerLength = 2000;

    /// <summary>Returns the problems of <paramref name="request"/> as Chinese messages naming the field and the fix.</summary>
    public static IReadOnlyList<string> Check(FeedbackRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<string>();
        if (request.Anonymous && request.Kind == FeedbackKind.Inquiry)
        {
            problems.Add("咨询需要登录后提交，只有投诉举报可以匿名提交。请登录或注册账户后再提交咨询。");
        }

        CheckText(problems, "标题", request.Subject, MaxSubjectLength, required: true);
        CheckText(problems, "内容", request.Content, MaxContentLength, required: true);
        if (!request.Anonymous)
        {
            CheckText(problems, "联系方式", request.Contact, MaxContactLength, required: false);
        }

        return problems;
    }

    /// <summary>Returns the problem of an answer text, or null when it may be saved.</summary>
    public static string? CheckAnswer(string? answer)
    {
        var problems = new List<string>();
        CheckText(problems, "答复内容", answer, MaxAnswerLength, required: true);

        return problems.Count == 0 ? null : problems[0];
    }

    /// <summary>Returns the text trimmed and with Windows line breaks as '\n', or null when nothing is left.</summary>
    public static string? Normalize(string? text)
    {
        var trimmed = text?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    private static void CheckText(List<string> problems, string field, string? text, int maxLength, bool required)
    {
        var value = Normalize(text);
        if (value is null)
        {
            if (required)
            {
                problems.Add($"{field}不能为空，请填写后再提交。");
            }

            return;
        }

        if (value.Length > maxLength)
        {
            problems.Add($"{field}不能超过{maxLength}个字符，现有{value.Length}个字符，请删减后再提交。");
        }

        if (value.Any(c => char.IsControl(c) && c is not ('\n' or '\t')))
        {
            problems.Add($"{field}含有不可显示的控制字符，请删除后再提交。");
        }
    }
}
