namespace Zhengwu.Infrastructure.Feedback;

/// <summary>One page of published feedback, newest received first, with the total count.</summary>
public sealed record PublishedFeedbackPage(int Total, int Page, int PageSize, IReadOnlyList<PublishedFeedback> Items)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
