using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Infrastructure.Files;
using Zhengwu.Infrastructure.PowerList.Drafts;

namespace Zhengwu.Infrastructure.Approvals.Cases;

/// <summary>
/// Opens the materials and result documents of a case for the staff of a department that has a part of it. Any
/// other request, including a file id that is not the case's, writes one access.denied record and finds nothing.
/// </summary>
public sealed class StaffCaseFiles(CaseHandlings handlings, FileStore files, AuditLog audit)
{
    public const string FileObject = "case-file";

    /// <summary>Returns the case's file <paramref name="fileId"/>, or null after auditing the denial.</summary>
    public async Task<StaffCaseFile?> OpenAsync(
        ContentActor actor,
        string number,
        Guid fileId,
        CancellationToken cancellationToken = default)
    {
        // FindAsync audits a case outside the actor's department itself.
        var found = await handlings.FindAsync(actor, number, cancellationToken);
        if (found is null)
        {
            return null;
        }

        var material = found.Materials.FirstOrDefault(material => material.Id == fileId);
        var document = found.Parts.SelectMany(part => part.ResultDocuments).FirstOrDefault(document => document.Id == fileId);
        var (fileName, contentType, storedName) = material is not null
            ? (material.FileName, material.ContentType, material.StoredName)
            : document is not null ? (document.FileName, document.ContentType, document.StoredName) : (null, null, null);
        var content = storedName is null ? null : files.OpenRead(storedName);
        if (content is null)
        {
            await audit.AppendAsync(
                PowerItemDrafts.ContentEntry(actor, AuditActions.AccessDenied, AuditResult.Denied, FileObject, fileId.ToString(), null),
                cancellationToken);

            return null;
        }

        return new StaffCaseFile(fileName!, contentType!, content);
    }
}
