using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zhengwu.Domain.Approvals.Cases;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Infrastructure.Files;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Approvals.Cases;

/// <summary>
/// Replaces the materials a correction request lists with the applicant's new files. The files are checked and
/// staged as at filing. The new material rows, the removal of the replaced ones, the resubmission step and its
/// audit record commit in one transaction. Only then do the new files move into place and the old ones get deleted.
/// </summary>
/// <remarks>
/// The form carries the case version it was shown at as its token. Every step raises the version by one, so a
/// second post of the same form finds the resubmission among the steps after its version and writes nothing.
/// </remarks>
public sealed partial class CaseResubmissions(
    ZhengwuDbContext db,
    AuditLog audit,
    FileStore files,
    ApplicantCases cases,
    CaseFilings filings,
    TimeProvider clock,
    ILogger<CaseResubmissions> logger)
{
    /// <summary>Returns the materials the open correction request of the department's part lists, one upload field each.</summary>
    public static IReadOnlyList<FilingMaterial> FieldsOf(CasePart part) =>
        [.. part.CorrectionItems.Select(item => new FilingMaterial(item.MaterialIndex, item.MaterialName, true))];

    /// <summary>
    /// Resubmits the department's part of the applicant's case with <paramref name="uploads"/>, one per material
    /// the correction request lists, for the form shown at case version <paramref name="token"/>.
    /// </summary>
    public async Task<ResubmissionResult> ResubmitAsync(
        CaseApplicant applicant,
        string number,
        int departmentId,
        int token,
        IReadOnlyList<FilingUpload> uploads,
        CancellationToken cancellationToken = default)
    {
        var found = await cases.FindAsync(applicant, number, applicant.ClientAddress, cancellationToken);
        if (found is null)
        {
            return new ResubmissionResult(ResubmissionOutcome.NotFound, null);
        }

        if (Check(found, departmentId, token) is { } early)
        {
            return early;
        }

        var fields = FieldsOf(found.PartOf(departmentId)!);
        if (CheckFields(fields, uploads) is { Count: > 0 } missing)
        {
            return new ResubmissionResult(ResubmissionOutcome.Invalid, found) { Problems = missing };
        }

        var (materials, problems) = await filings.StageAsync(fields, uploads, cancellationToken);
        if (problems.Count > 0)
        {
            filings.Discard(materials);

            return new ResubmissionResult(ResubmissionOutcome.Invalid, found) { Problems = problems };
        }

        return await CommitAsync(applicant, found, departmentId, token, materials, cancellationToken);
    }

    /// <summary>Returns the result for a repeated, stale or unexpected post, or null when the resubmission may proceed.</summary>
    private static ResubmissionResult? Check(ApplicationCase found, int departmentId, int token)
    {
        if (token >= 1 && token < found.Version && ResubmittedSince(found, departmentId, token))
        {
            return new ResubmissionResult(ResubmissionOutcome.Repeated, found);
        }

        if (found.PartOf(departmentId) is not { State: CaseState.CorrectionRequested })
        {
            var state = found.PartOf(departmentId)?.State ?? found.State;

            return Refused(found, $"办件当前为“{state.ChineseName()}”，没有待补正的材料，无需补正。");
        }

        return token == found.Version ? null
            : Refused(found, "办件在您打开页面后已有新的办理环节，请查看最新办理情况后重新上传补正材料。");
    }

    /// <summary>Checks whether a step after version <paramref name="token"/> resubmitted the part. Step n raised the version to n.</summary>
    private static bool ResubmittedSince(ApplicationCase found, int departmentId, int token) =>
        found.Steps.OrderBy(step => step.Id).Skip(token)
            .Any(step => step.Trigger == CaseTrigger.Resubmit && step.DepartmentId == departmentId);

    private static ResubmissionResult Refused(ApplicationCase found, string problem) =>
        new(ResubmissionOutcome.Refused, found) { Problems = [problem] };

    private static List<string> CheckFields(IReadOnlyList<FilingMaterial> fields, IReadOnlyList<FilingUpload> uploads)
    {
        var problems = fields.Where(field => !uploads.Any(upload => upload.MaterialIndex == field.Index))
            .Select(field => $"缺少补正材料“{field.Name}”，请为该材料选择文件后再提交。")
            .ToList();
        problems.AddRange(fields.Where(field => uploads.Count(upload => upload.MaterialIndex == field.Index) > 1)
            .Select(field => $"补正材料“{field.Name}”只能上传一个文件，请合并为一个文件后再提交。"));
        if (uploads.Any(upload => fields.All(field => field.Index != upload.MaterialIndex)))
        {
            problems.Add("表单中有不属于本次补正清单的文件，请重新打开办件页面后再提交。");
        }

        return problems;
    }

    private async Task<ResubmissionResult> CommitAsync(
        CaseApplicant applicant,
        ApplicationCase found,
        int departmentId,
        int token,
        List<CaseMaterial> materials,
        CancellationToken cancellationToken)
    {
        var replaced = found.Materials.Where(material => materials.Any(file => file.MaterialIndex == material.MaterialIndex)).ToList();
        var error = found.Resubmit(departmentId, applicant.Id, materials, clock.GetUtcNow());
        if (error is not null)
        {
            filings.Discard(materials);
            db.ChangeTracker.Clear();

            return Refused(found, error.Message);
        }

        // The new rows come with their ids set, which EF Core would otherwise take for existing rows to update.
        foreach (var material in materials)
        {
            db.Entry(material).State = EntityState.Added;
        }

        if (!await SaveAsync(applicant, found, materials.Count, cancellationToken))
        {
            LogConflict(found.Number, departmentId);
            filings.Discard(materials);
            var current = await cases.FindAsync(applicant, found.Number, applicant.ClientAddress, cancellationToken);

            return current is not null && ResubmittedSince(current, departmentId, token)
                ? new ResubmissionResult(ResubmissionOutcome.Repeated, current)
                : Refused(current ?? found, "办件在您提交时已有新的办理环节，请查看最新办理情况后重新上传补正材料。");
        }

        foreach (var material in materials)
        {
            files.Promote(material.StoredName);
        }

        foreach (var material in replaced)
        {
            files.Delete(material.StoredName);
        }

        LogResubmitted(found.Number, departmentId, materials.Count);

        return new ResubmissionResult(ResubmissionOutcome.Resubmitted, found);
    }

    /// <summary>Saves the case with its audit record; returns false when a concurrent step or resubmission saved first.</summary>
    private async Task<bool> SaveAsync(CaseApplicant applicant, ApplicationCase found, int count, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();

            return false;
        }

        await audit.AppendAsync(
            new AuditEntry(AuditActions.CaseResubmitted, AuditResult.Succeeded)
            {
                AccountId = applicant.Id.ToString(),
                AccountName = applicant.UserName,
                ObjectType = CaseFilings.CaseObject,
                ObjectId = found.Number,
                ClientAddress = applicant.ClientAddress,
                Detail = $"补正材料 {count} 份，办件状态 {found.State.ChineseName()}",
            },
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return true;
    }

    [LoggerMessage(EventId = 7121, Level = LogLevel.Information, Message = "Case {Number}: resubmitted {Files} files for department {DepartmentId}")]
    private partial void LogResubmitted(string number, int departmentId, int files);

    [LoggerMessage(EventId = 7122, Level = LogLevel.Warning, Message = "Case {Number}: resubmission for department {DepartmentId} lost to a concurrent step")]
    private partial void LogConflict(string number, int departmentId);
}
