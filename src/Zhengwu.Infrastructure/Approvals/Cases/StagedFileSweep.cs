using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zhengwu.Domain.Approvals.Cases;
using Zhengwu.Infrastructure.Files;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Approvals.Cases;

/// <summary>
/// Finishes or undoes filings that a crash interrupted, at start-up before requests are served: a staged file
/// that a committed case material or result document owns is moved into place, every other staged file is deleted.
/// </summary>
public sealed partial class StagedFileSweep(ZhengwuDbContext db, FileStore files, ILogger<StagedFileSweep> logger)
{
    /// <summary>Sweeps the staging folder and returns how many files were moved into place and how many deleted.</summary>
    public async Task<(int Promoted, int Deleted)> SweepAsync(CancellationToken cancellationToken = default)
    {
        var staged = files.ListStaged();
        if (staged.Count == 0)
        {
            return (0, 0);
        }

        var owned = await db.Set<CaseMaterial>().AsNoTracking()
            .Where(material => staged.Contains(material.StoredName))
            .Select(material => material.StoredName)
            .ToListAsync(cancellationToken);
        owned.AddRange(await db.Set<CaseDocument>().AsNoTracking()
            .Where(document => staged.Contains(document.StoredName))
            .Select(document => document.StoredName)
            .ToListAsync(cancellationToken));
        int promoted = 0, deleted = 0;
        foreach (var storedName in staged)
        {
            if (owned.Contains(storedName))
            {
                files.Promote(storedName);
                promoted++;
            }
            else
            {
                files.DeleteStaged(storedName);
                deleted++;
            }
        }

        LogSwept(promoted, deleted);

        return (promoted, deleted);
    }

    [LoggerMessage(EventId = 7103, Level = LogLevel.Information, Message = "Staged case files swept: {Promoted} moved into place, {Deleted} deleted")]
    private partial void LogSwept(int promoted, int deleted);
}
