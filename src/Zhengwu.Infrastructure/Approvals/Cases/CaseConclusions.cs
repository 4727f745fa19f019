using System.Globalization;
using Microsoft.Extensions.Logging;
using Zhengwu.Domain.Approvals.Cases;
using Zhengwu.Domain.Files;
using Zhengwu.Infrastructure.Files;
using Zhengwu.Infrastructure.PowerList.Drafts;

namespace Zhengwu.Infrastructure.Approvals.Cases;

/// <summary>
/// Concludes a decided case part with its result documents, all or nothing. The uploads are checked and staged,
/// the step commits with its document rows and audit record in one transaction through <see cref="CaseHandlings"/>,
/// and only then do the files move into place. A crash between the commit and the move leaves staged files that
/// <see cref="StagedFileSweep"/> moves into place at the next start, because a committed document row owns them.
/// </summary>
public sealed partial class CaseConclusions(
    CaseHandlings handlings,
    FileStore files,
    TimeProvider clock,
    ILogger<CaseConclusions> logger)
{
    /// <summary>
    /// Concludes the actor's part of the case with <paramref name="uploads"/>. Returns the problems of rejected
    /// files, with nothing stored, or the outcome of the step.
    /// </summary>
    public async Task<(HandlingOutcome? Outcome, IReadOnlyList<string> Problems)> ConcludeAsync(
        ContentActor actor,
        string departmentName,
        string number,
        int expectedVersion,
        IReadOnlyList<ResultUpload> uploads,
        string? note,
        CancellationToken cancellationToken = default)
    {
        var (documents, problems) = await StageAsync(uploads, cancellationToken);
        if (problems.Count > 0)
        {
            Discard(documents);

            return (null, problems);
        }

        HandlingOutcome outcome;
        try
        {
            outcome = await handlings.ActAsync(
                actor, departmentName, number, expectedVersion, new CaseAction.Conclude(documents, note), cancellationToken);
        }
        catch
        {
            Discard(documents);
            throw;
        }

        if (outcome.Error is not null)
        {
            Discard(documents);

            return (outcome, []);
        }

        foreach (var document in documents)
        {
            files.Promote(document.StoredName);
        }

        LogConcluded(number, actor.Scope.DepartmentId, documents.Count);

        return (outcome, []);
    }

    private async Task<(List<CaseDocument> Documents, List<string> Problems)> StageAsync(
        IReadOnlyList<ResultUpload> uploads,
        CancellationToken cancellationToken)
    {
        var documents = new List<CaseDocument>();
        var problems = new List<string>();
        var month = clock.GetUtcNow().ToString("yyyyMM", CultureInfo.InvariantCulture);
        foreach (var upload in uploads)
        {
            var storedName = $"cases/{month}/{Guid.NewGuid():N}";
            try
            {
                var stored = await files.StageAsync(storedName, upload.FileName, upload.Content, cancellationToken);
                var safeName = UploadRules.SafeName(upload.FileName);
                // The id stays unset, so EF Core inserts the row found through the part's collection and generates
                // the id. A preset id would make it treat the row as an existing one and issue an UPDATE.
                documents.Add(new CaseDocument
                {
                    FileName = safeName,
                    StoredName = stored.StoredName,
                    ContentType = UploadRules.KindOf(safeName)!.ContentType,
                    Length = stored.Length,
                    Sha256 = stored.Sha256,
                });
            }
            catch (UploadRejectedException rejected)
            {
                problems.Add($"结果文书“{UploadRules.SafeName(upload.FileName)}”：{rejected.Message}");
            }
        }

        return (documents, problems);
    }

    private void Discard(IEnumerable<CaseDocument> documents)
    {
        foreach (var document in documents)
        {
            files.DeleteStaged(document.StoredName);
        }
    }

    [LoggerMessage(EventId = 7113, Level = LogLevel.Information, Message = "Case {Number}: department {DepartmentId} concluded its part with {Files} result documents")]
    private partial void LogConcluded(string number, int departmentId, int files);
}
