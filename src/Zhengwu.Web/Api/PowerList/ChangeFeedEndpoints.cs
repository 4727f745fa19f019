using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Infrastructure.PowerList;
using Zhengwu.Infrastructure.PowerList.Versions;
using Zhengwu.Web.Caching;

namespace Zhengwu.Web.Api.PowerList;

/// <summary>The Atom feed of published list changes, of the whole city, one region or one department.</summary>
internal static class ChangeFeedEndpoints
{
    private const int FeedSize = 50;

    public static IEndpointRouteBuilder MapChangeFeed(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/changes.atom", WriteFeedAsync)
            .CacheOutput(PublicContentPolicy.Name)
            .WithTags("权力清单")
            .WithName("GetChangeFeed")
            .WithSummary("已发布的清单变更（Atom），可按地区 region 或部门 department 筛选")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml");

        return routes;
    }

    private static async Task<IResult> WriteFeedAsync(
        HttpContext context,
        string? region,
        int? department,
        PowerItemHistory history,
        PowerListQueries queries,
        CancellationToken cancellationToken)
    {
        var title = "兰州市权责清单变更";
        if (department is { } departmentId)
        {
            var found = await queries.GetDepartmentAsync(departmentId, cancellationToken);
            if (found is null)
            {
                return TypedResults.Problem($"没有编号为 {departmentId} 的部门。", statusCode: StatusCodes.Status404NotFound, title: "部门不存在");
            }

            title = $"{found.Name}权责清单变更";
        }
        else if (region is not null)
        {
            var regions = await queries.GetRegionsAsync(cancellationToken);
            var found = regions.FirstOrDefault(known => known.Code == region);
            if (found is null)
            {
                return TypedResults.Problem($"没有代码为 {Hosting.DisplayText.Shorten(region)} 的地区。地区代码见 /api/v1/regions。", statusCode: StatusCodes.Status404NotFound, title: "地区不存在");
            }

            title = $"{found.Name}权责清单变更";
        }

        var changes = await history.ChangesAsync(department is null ? region : null, department, FeedSize, cancellationToken);
        var origin = $"{context.Request.Scheme}://{context.Request.Host}";
        var feed = new SyndicationFeed(title, "经审核发布的权力事项和部门职责清单变更", new Uri(origin + "/changes"))
        {
            Id = origin + context.Request.Path + context.Request.QueryString,
            LastUpdatedTime = changes.Count > 0 ? changes[0].PublishedAt : DateTimeOffset.UnixEpoch,
            Items = [.. changes.Select(change => Entry(origin, change))],
        };
        var settings = new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Async = true };
        await using var buffer = new MemoryStream();
        await using (var writer = XmlWriter.Create(buffer, settings))
        {
            feed.SaveAsAtom10(writer);
        }

        return TypedResults.Bytes(buffer.ToArray(), "application/atom+xml; charset=utf-8");
    }

    private static SyndicationItem Entry(string origin, PublishedChange change)
    {
        var link = new Uri(origin + change.HistoryPath);
        var named = change.ItemCode.Length > 0 ? $"{change.ItemName}（{change.ItemCode}）" : change.ItemName;
        var summary = $"{change.Kind.ChineseName()}：{named}。理由：{change.Reason?.ChineseName() ?? "无"}。审核机关：{change.ApprovedBy}。";
        var entry = new SyndicationItem($"{change.Kind.ChineseName()}：{change.ItemName}", summary, link, link.ToString(), change.PublishedAt)
        {
            PublishDate = change.PublishedAt,
        };
        entry.Authors.Add(new SyndicationPerson { Name = change.DepartmentName });

        return entry;
    }
}
