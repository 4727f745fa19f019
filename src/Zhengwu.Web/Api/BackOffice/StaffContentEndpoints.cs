using Microsoft.AspNetCore.Http.HttpResults;
using Zhengwu.Domain.Accounts;
using Zhengwu.Infrastructure.PowerList.BackOffice;
using Zhengwu.Infrastructure.PowerList.Drafts;
using Zhengwu.Web.Accounts;

namespace Zhengwu.Web.Api.BackOffice;

/// <summary>
/// Read endpoints of the back office for signed-in staff, scoped like the pages: a department's own content, or a
/// region's items for its review offices. Another department's id returns 404 and is audited.
/// </summary>
internal static class StaffContentEndpoints
{
    public static IEndpointRouteBuilder MapStaffContentApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/staff").WithTags("后台（工作人员）");
        group.MapGet("/drafts", ListDraftsAsync)
            .RequireAuthorization(StaffPolicies.ViewDrafts)
            .WithName("ListDrafts")
            .WithSummary("本部门的事项草稿");
        group.MapGet("/drafts/{id:int}", GetDraftAsync)
            .RequireAuthorization(StaffPolicies.ViewDrafts)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetDraft")
            .WithSummary("读取本部门的一份草稿及其附件");
        group.MapGet("/departments/{id:int}/power-items", ListItemsAsync)
            .RequireAuthorization(StaffPolicies.ViewItems)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListDepartmentItems")
            .WithSummary("一个部门的全部事项（含未公开事项），限本部门或本地区审核部门");

        return routes;
    }

    private static async Task<Results<Ok<IReadOnlyList<DraftSummary>>, ForbidHttpResult>> ListDraftsAsync(
        HttpContext context,
        PowerItemDrafts drafts,
        CancellationToken cancellationToken)
    {
        if (context.GetContentActor() is not { } actor)
        {
            return TypedResults.Forbid();
        }

        return TypedResults.Ok(await drafts.ListAsync(actor, cancellationToken));
    }

    private static async Task<Results<Ok<StaffDraftDto>, ProblemHttpResult, ForbidHttpResult>> GetDraftAsync(
        int id,
        HttpContext context,
        PowerItemDrafts drafts,
        CancellationToken cancellationToken)
    {
        if (context.GetContentActor() is not { } actor)
        {
            return TypedResults.Forbid();
        }

        var draft = await drafts.FindAsync(actor, id, ContentAction.ViewDrafts, cancellationToken);
        if (draft is null)
        {
            return NotFound($"本部门没有编号为 {id} 的草稿。");
        }

        return TypedResults.Ok(StaffDraftDto.From(draft, await drafts.ListAttachmentsAsync(id, cancellationToken)));
    }

    private static async Task<Results<Ok<IReadOnlyList<DepartmentItemRow>>, ProblemHttpResult, ForbidHttpResult>> ListItemsAsync(
        int id,
        HttpContext context,
        DepartmentItems items,
        CancellationToken cancellationToken)
    {
        if (context.GetContentActor() is not { } actor)
        {
            return TypedResults.Forbid();
        }

        var department = await items.FindAsync(actor, id, ContentAction.ViewItems, cancellationToken);
        if (department is null)
        {
            return NotFound($"您可查看的部门中没有编号为 {id} 的部门。");
        }

        return TypedResults.Ok(await items.ListAsync(actor, department, cancellationToken));
    }

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "未找到");
}
