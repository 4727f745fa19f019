using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Feedback;
using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Api.Feedback;

internal static class FeedbackEndpoints
{
    private const int MaxPage = 100_000;

    public static IEndpointRouteBuilder MapFeedbackApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api/v1").WithTags("咨询投诉")
            .MapGet("/feedback", ListAsync)
            .WithName("ListPublishedFeedback")
            .WithSummary("公开答复的咨询和投诉举报")
            .WithDescription("只列出已答复并公开的记录，按受理先后倒序，不含来件人身份和联系方式。"
                + "item 为事项编码（只列该事项的记录）；page 从1开始；pageSize 为1到100，默认20。");

        return routes;
    }

    private static async Task<Results<Ok<PublishedFeedbackPageDto>, ValidationProblem>> ListAsync(
        string? page,
        string? pageSize,
        string? item,
        PublicFeedback feedback,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var number = Parse("page", page, 1, MaxPage, 1, errors);
        var size = Parse("pageSize", pageSize, 1, PublishedFeedbackPage.MaxPageSize, PublishedFeedbackPage.DefaultPageSize, errors);
        if (item is not null && !ItemCode.IsWellFormed(item))
        {
            errors["item"] = [$"事项编码“{DisplayText.Shorten(item)}”格式不正确：应形如 620100-XK-00001。"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "查询参数无效");
        }

        var result = await feedback.ListPublishedAsync(number, size, item, cancellationToken);

        return TypedResults.Ok(new PublishedFeedbackPageDto(
            result.Total,
            result.Page,
            result.PageSize,
            [.. result.Items.Select(PublishedFeedbackDto.From)]));
    }

    private static int Parse(string name, string? text, int min, int max, int fallback, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors[name] = [$"{name}“{DisplayText.Shorten(text)}”无效：应为{min}到{max}之间的整数。"];

        return fallback;
    }
}
