using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.Organization;
using Zhengwu.Domain.PowerList.Drafts;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Infrastructure.Export;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Infrastructure.PowerList.Drafts;

namespace Zhengwu.Infrastructure.PowerList.BackOffice;

/// <summary>
/// A department's items as its own staff and its region's reviewers see them in the back office, including items
/// that are classified or cancelled, and their export. Each call checks the department against the actor's scope;
/// a department outside it is reported as not found and the attempt is audited as denied.
/// </summary>
public sealed class DepartmentItems(ZhengwuDbContext db, AuditLog audit)
{
    /// <summary>Returns the departments whose items the actor may list: their own, or every one of their region.</summary>
    public async Task<IReadOnlyList<Department>> ReachableDepartmentsAsync(ContentActor actor, CancellationToken cancellationToken = default)
    {
        var departments = await db.Departments.AsNoTracking()
            .Where(department => department.RegionCode == actor.Scope.RegionCode)
            .ToListAsync(cancellationToken);

        return [.. departments
            .Where(department => ContentAccess.Allows(actor.Scope, ContentAction.ViewItems, department.Id, department.RegionCode))
            .OrderBy(department => department.SortOrder)
            .ThenBy(department => department.Id)];
    }

    /// <summary>Returns the department when the actor may take <paramref name="action"/> on its items; otherwise audits a denial.</summary>
    public async Task<Department?> FindAsync(ContentActor actor, int departmentId, ContentAction action, CancellationToken cancellationToken = default)
    {
        var department = await db.Departments.AsNoTracking().FirstOrDefaultAsync(department => department.Id == departmentId, cancellationToken);
        if (department is null || !ContentAccess.Allows(actor.Scope, action, department.Id, department.RegionCode))
        {
            await audit.AppendAsync(
                PowerItemDrafts.ContentEntry(actor, AuditActions.AccessDenied, AuditResult.Denied, "department", Id(departmentId), action.ToString()),
                cancellationToken);

            return null;
        }

        return department;
    }

    /// <summary>
    /// Lists every item of a department that <see cref="FindAsync"/> returned, ordered by code. The open draft of
    /// an item is named only to an actor who may read the department's drafts, since drafts stay inside it.
    /// </summary>
    public async Task<IReadOnlyList<DepartmentItemRow>> ListAsync(
        ContentActor actor,
        Department department,
        CancellationToken cancellationToken = default)
    {
        var showDrafts = ContentAccess.Allows(actor.Scope, ContentAction.ViewDrafts, department.Id, department.RegionCode);
        var rows = await (
            from item in db.PowerItems.AsNoTracking()
            where item.DepartmentId == department.Id
            join draft in db.Set<PowerItemDraft>() on (int?)item.Id equals draft.PowerItemId into drafts
            from draft in drafts.DefaultIfEmpty()
            select new DepartmentItemRow(
                item.Code,
                item.Name,
                item.Type,
                item.Status,
                item.IsClassified,
                item.IsIncomplete,
                draft == null || !showDrafts ? null : draft.Id))
            .ToListAsync(cancellationToken);

        return [.. rows.OrderBy(row => row.Code, StringComparer.Ordinal)];
    }

    /// <summary>Writes every item of the department, classified ones included and labelled, and audits the export.</summary>
    public async Task<int> ExportAsync(
        ContentActor actor,
        Department department,
        ExportFormat format,
        Stream output,
        CancellationToken cancellationToken = default)
    {
        var items = await db.PowerItems.AsNoTracking()
            .Where(item => item.DepartmentId == department.Id)
            .ToListAsync(cancellationToken);
        var rows = items.OrderBy(item => item.Code, StringComparer.Ordinal).Select(DepartmentItemExportRow.From).ToList();
        if (format == ExportFormat.Csv)
        {
            await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
            await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
            await csv.WriteRecordsAsync(rows, cancellationToken);
        }
        else
        {
            await output.SaveAsAsync(rows, sheetName: "权力事项", cancellationToken: cancellationToken);
        }

        await audit.AppendAsync(
            PowerItemDrafts.ContentEntry(
                actor,
                AuditActions.Export,
                AuditResult.Succeeded,
                "department",
                Id(department.Id),
                $"导出{department.Name}事项 {rows.Count} 项（{format}）"),
            cancellationToken);

        return rows.Count;
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
