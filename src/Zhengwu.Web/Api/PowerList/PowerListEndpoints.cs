using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.PowerList;
using Zhengwu.Infrastructure.PowerList.Lineage;
using Zhengwu.Infrastructure.PowerList.Search;
using Zhengwu.Web.Caching;
using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Api.PowerList;

internal static class PowerListEndpoints
{
    public static IEndpointRouteBuilder MapPowerListApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1").WithTags("权力清单").CacheOutput(PublicContentPolicy.Name);
        group.MapGet("/power-items", SearchAsync)
            .WithName("SearchPowerItems")
            .WithSummary("检索或浏览权力事项")
            .WithDescription("q 为检索词（按相关度排序）；region 为行政区划代码；department 为部门编号；"
                + "type 为权力类型（中文名或两位字母代码）；page 从1开始；pageSize 不超过100。");
        group.MapGet("/power-items/{code}", GetAsync)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetPowerItem")
            .WithSummary("按事项编码读取事项的全部要素")
            .WithDescription("已合并取消的事项仍可读取，状态为 Cancelled，successors 列出承继它的新事项编码；"
                + "sourceItemCode 为县区事项所承接的市级事项编码，countyItemCodes 为承接该市级事项的县区事项编码。");
        group.MapGet("/regions", GetRegionsAsync)
            .WithName("GetRegions")
            .WithSummary("行政区划及其公开事项数");
        group.MapGet("/regions/{code}/departments", GetDepartmentsAsync)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetDepartments")
            .WithSummary("一个地区的部门及其公开事项数");

        return routes;
    }

    private static async Task<Results<Ok<PowerItemPage>, ValidationProblem>> SearchAsync(
        [AsParameters] PowerItemQueryParameters parameters,
        PowerItemSearch search,
        PowerListQueries queries,
        CancellationToken cancellationToken)
    {
        var (request, errors) = await parameters.ValidateAsync(queries, cancellationToken);
        if (request is null)
        {
            return TypedResults.ValidationProblem(errors, title: "查询参数无效");
        }

        var result = await search.SearchAsync(request, cancellationToken);
        var items = result.Items.Select(PowerItemListEntry.From).ToList();

        return TypedResults.Ok(new PowerItemPage(result.Total, result.Page, result.PageSize, items));
    }

    private static async Task<Results<Ok<PowerItemDto>, ProblemHttpResult, ValidationProblem>> GetAsync(
        string code,
        PowerListQueries queries,
        PowerItemLineage lineage,
        CancellationToken cancellationToken)
    {
        if (!ItemCode.IsWellFormed(code))
        {
            var errors = new Dictionary<string, string[]>
            {
                ["code"] = [$"事项编码“{DisplayText.Shorten(code)}”格式不正确：应形如 620100-XK-00001。"],
            };

            return TypedResults.ValidationProblem(errors, title: "事项编码无效");
        }

        var details = await queries.GetItemAsync(code, cancellationToken);
        if (details is null)
        {
            return NotFound("事项不存在", $"没有编码为 {code} 的公开事项。");
        }

        return TypedResults.Ok(PowerItemDto.From(details, await lineage.GetAsync(details.Item, cancellationToken)));
    }

    private static async Task<Ok<List<RegionSummary>>> GetRegionsAsync(
        PowerListQueries queries,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.GetRegionsAsync(cancellationToken));

    private static async Task<Results<Ok<List<DepartmentSummary>>, ProblemHttpResult>> GetDepartmentsAsync(
        string code,
        PowerListQueries queries,
        CancellationToken cancellationToken)
    {
        var regions = await queries.GetRegionsAsync(cancellationToken);
        if (regions.All(region => region.Code != code))
        {
            return NotFound("地区不存在", $"没有代码为 {DisplayText.Shorten(code)} 的地区。地区代码见 /api/v1/regions。");
        }

        return TypedResults.Ok(await queries.GetDepartmentsAsync(code, cancellationToken));
    }

    private static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: title);
}
