using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Approvals.Cases;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Infrastructure.Files;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Approvals.Cases;

/// <summary>
/// An applicant's own cases, their files and result documents. A case of another account reads exactly like an
/// unknown number, and every such request is audited as denied. Reading a case records its due deemed acceptances
/// the same way staff reading it do.
/// </summary>
public sealed class ApplicantCases(ZhengwuDbContext db, AuditLog audit, FileStore files, CaseHandlings handlings)
{
    /// <summary>Lists the applicant's cases, newest first, without their steps and materials.</summary>
    public Task<List<ApplicationCase>> ListAsync(Guid applicantId, CancellationToken cancellationToken = default) =>
        db.Set<ApplicationCase>().AsNoTracking()
            .Where(@case => @case.ApplicantId == applicantId)
            .OrderByDescending(@case => @case.Id)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Returns the case with its parts, steps and materials when it belongs to <paramref name="applicant"/>, after
    /// recording the deemed acceptances that are due; otherwise audits a denial and returns null. A null applicant
    /// is an anonymous request. The case stays tracked, so a caller may change and save it.
    /// </summary>
    public async Task<ApplicationCase?> FindAsync(
        CaseApplicant? applicant,
        string clientNumber,
        string? clientAddress,
        CancellationToken cancellationToken = default)
    {
        var found = applicant is null || !CaseNumber.IsWellFormed(clientNumber)
            ? null
            : await db.Set<ApplicationCase>()
                .Include(@case => @case.Parts).ThenInclude(part => part.ClockEvents)
                .Include(@case => @case.Parts).ThenInclude(part => part.ResultDocuments)
                .Include(@case => @case.Steps)
                .Include(@case => @case.Materials)
                .AsSplitQuery()
                .FirstOrDefaultAsync(@case => @case.Number == clientNumber && @case.ApplicantId == applicant.Id, cancellationToken);
        if (found is null)
        {
            await DenyAsync(applicant, CaseFilings.CaseObject, clientNumber, clientAddress, cancellationToken);

            return null;
        }

        await handlings.DeemAcceptanceAsync(found, cancellationToken);
        found.Steps.Sort((left, right) => left.Id.CompareTo(right.Id));
        found.Materials.Sort((left, right) => left.MaterialIndex.CompareTo(right.MaterialIndex));

        return found;
    }

    /// <summary>Opens a file of the applicant's own case, or audits a denial and returns null.</summary>
    public async Task<CaseFileDownload?> OpenFileAsync(
        CaseApplicant? applicant,
        string number,
        Guid fileId,
        string? clientAddress,
        CancellationToken cancellationToken = default)
    {
        var found = await FindAsync(applicant, number, clientAddress, cancellationToken);
        var material = found?.Materials.FirstOrDefault(material => material.Id == fileId);
        var content = material is null ? null : files.OpenRead(material.StoredName);
        if (found is not null && (material is null || content is null))
        {
            await DenyAsync(applicant, "case-file", fileId.ToString(), clientAddress, cancellationToken);
        }

        return material is null || content is null ? null : new CaseFileDownload(material, content);
    }

    /// <summary>
    /// Opens a result document of a concluded part of the applicant's own case, or audits a denial and returns null.
    /// Documents of parts not yet concluded are not shown, as the staff may still replace them.
    /// </summary>
    public async Task<CaseDocumentDownload?> OpenDocumentAsync(
        CaseApplicant? applicant,
        string number,
        Guid documentId,
        string? clientAddress,
        CancellationToken cancellationToken = default)
    {
        var found = await FindAsync(applicant, number, clientAddress, cancellationToken);
        var document = found?.Parts.Where(part => part.State == CaseState.Concluded)
            .SelectMany(part => part.ResultDocuments)
            .FirstOrDefault(document => document.Id == documentId);
        var content = document is null ? null : files.OpenRead(document.StoredName);
        if (found is not null && (document is null || content is null))
        {
            await DenyAsync(applicant, "case-document", documentId.ToString(), clientAddress, cancellationToken);
        }

        return document is null || content is null ? null : new CaseDocumentDownload(document, content);
    }

    private Task<AuditRecord> DenyAsync(
        CaseApplicant? applicant,
        string objectType,
        string objectId,
        string? clientAddress,
        CancellationToken cancellationToken) =>
        audit.AppendAsync(
            new AuditEntry(AuditActions.AccessDenied, AuditResult.Denied)
            {
                AccountId = applicant?.Id.ToString(),
                AccountName = applicant?.UserName,
                ObjectType = objectType,
                ObjectId = objectId.Length > 64 ? objectId[..64] : objectId,
                ClientAddress = clientAddress,
            },
            cancellationToken);
}
