using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zhengwu.Domain.Approvals;
using Zhengwu.Domain.Approvals.Cases;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.Files;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Infrastructure.Files;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Approvals.Cases;

/// <summary>
/// Files applications of public accounts against approval items, all or nothing. Uploads are checked and written
/// to the file store's staging folder, the case with its file rows and its audit record commit in one transaction,
/// and only then do the files move into place. A crash before the commit leaves staged files that
/// <see cref="StagedFileSweep"/> deletes; a crash after it leaves staged files it moves into place.
/// </summary>
public sealed partial class CaseFilings(
    ZhengwuDbContext db,
    AuditLog audit,
    FileStore files,
    FilingHalt halt,
    TimeProvider clock,
    ILogger<CaseFilings> logger)
{
    public const string CaseObject = "application-case";
    public const int MaxKeyLength = 64;

    // An arbitrary key of pg_advisory_xact_lock, apart from the audit chain's, that serialises case numbering.
    private const long NumberLockKey = 0x5A57_4341_5345_4E4F;

    /// <summary>Returns the item that may be applied for, the reason it may not, or null when it is unknown or classified.</summary>
    public async Task<(PowerItem? Item, ApplicationBarrier? Barrier)> CheckItemAsync(string code, CancellationToken cancellationToken = default)
    {
        var item = ItemCode.IsWellFormed(code)
            ? await db.PowerItems.AsNoTracking().FirstOrDefaultAsync(item => item.Code == code && !item.IsClassified, cancellationToken)
            : null;

        return item is null ? (null, new ApplicationBarrier.NotPublished(code)) : (item, ApplicationEligibility.Check(item));
    }

    /// <summary>Returns whether <paramref name="key"/> may serve as a submission key: 8 to 64 letters, digits, '-' or '_'.</summary>
    public static bool IsValidKey(string? key) =>
        key is { Length: >= 8 and <= MaxKeyLength } && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>
    /// Files an application with <paramref name="uploads"/> against the item <paramref name="itemCode"/>, or returns
    /// the case the applicant filed before with the same <paramref name="key"/>. Nothing is stored unless the item
    /// may be applied for, every required material has a file and every file passes the upload rules.
    /// </summary>
    public async Task<FilingResult> FileAsync(
        CaseApplicant applicant,
        string itemCode,
        string key,
        IReadOnlyList<FilingUpload> uploads,
        CancellationToken cancellationToken = default)
    {
        // A retry returns the first case even when the item was suspended or cancelled after it was filed.
        if (await FindFiledAsync(applicant.Id, key, cancellationToken) is { } earlier)
        {
            return new FilingResult(FilingOutcome.Repeated) { Case = earlier };
        }

        var (item, barrier) = await CheckItemAsync(itemCode, cancellationToken);
        if (item is null || barrier is not null)
        {
            return item is null
                ? new FilingResult(FilingOutcome.NotFound) { Barrier = barrier }
                : new FilingResult(FilingOutcome.Barred) { Barrier = barrier };
        }

        var fields = FilingMaterials.For(item.Materials);
        if (CheckFields(fields, uploads) is { Count: > 0 } missing)
        {
            return new FilingResult(FilingOutcome.Invalid) { Problems = missing };
        }

        var (materials, problems) = await StageAsync(fields, uploads, cancellationToken);
        if (problems.Count > 0)
        {
            Discard(materials);

            return new FilingResult(FilingOutcome.Invalid) { Problems = problems };
        }

        return await CommitAsync(applicant, item, key, materials, cancellationToken);
    }

    private static List<string> CheckFields(IReadOnlyList<FilingMaterial> fields, IReadOnlyList<FilingUpload> uploads)
    {
        var problems = new List<string>();
        foreach (var field in fields.Where(field => field.Required))
        {
            if (!uploads.Any(upload => upload.MaterialIndex == field.Index))
            {
                problems.Add($"缺少必交材料“{field.Name}”，请为该材料选择文件后再提交。");
            }
        }

        foreach (var field in fields.Where(field => uploads.Count(upload => upload.MaterialIndex == field.Index) > 1))
        {
            problems.Add($"材料“{field.Name}”只能上传一个文件，请合并为一个文件后再提交。");
        }

        if (uploads.Any(upload => fields.All(field => field.Index != upload.MaterialIndex)))
        {
            problems.Add("表单中有不属于本事项材料清单的文件，请重新打开申报页面后再提交。");
        }

        return problems;
    }

    /// <summary>Checks and stages every upload; returns the staged materials and the problems of the rejected files.</summary>
    internal async Task<(List<CaseMaterial> Materials, List<string> Problems)> StageAsync(
        IReadOnlyList<FilingMaterial> fields,
        IReadOnlyList<FilingUpload> uploads,
        CancellationToken cancellationToken)
    {
        var materials = new List<CaseMaterial>();
        var problems = new List<string>();
        var month = clock.GetUtcNow().ToString("yyyyMM", CultureInfo.InvariantCulture);
        foreach (var upload in uploads)
        {
            var field = fields.Single(field => field.Index == upload.MaterialIndex);
            var storedName = $"cases/{month}/{Guid.NewGuid():N}";
            try
            {
                var stored = await files.StageAsync(storedName, upload.FileName, upload.Content, cancellationToken);
                var safeName = UploadRules.SafeName(upload.FileName);
                materials.Add(new CaseMaterial
                {
                    Id = Guid.NewGuid(),
                    MaterialIndex = field.Index,
                    MaterialName = field.Name,
                    FileName = safeName,
                    StoredName = stored.StoredName,
                    ContentType = UploadRules.KindOf(safeName)!.ContentType,
                    Length = stored.Length,
                    Sha256 = stored.Sha256,
                });
            }
            catch (UploadRejectedException rejected)
            {
                problems.Add($"材料“{field.Name}”：{rejected.Message}");
            }
        }

        return (materials, problems);
    }

    private async Task<FilingResult> CommitAsync(
        CaseApplicant applicant,
        PowerItem item,
        string key,
        List<CaseMaterial> materials,
        CancellationToken cancellationToken)
    {
        ApplicationCase filed;
        try
        {
            await halt.ReachAsync(FilingCheckpoint.Staged, cancellationToken);
            filed = await SaveAsync(applicant, item, key, materials, cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            Discard(materials);
            db.ChangeTracker.Clear();
            var earlier = await FindFiledAsync(applicant.Id, key, cancellationToken);
            if (earlier is null)
            {
                throw;
            }

            LogConcurrentRepeat(exception, earlier.Number);

            return new FilingResult(FilingOutcome.Repeated) { Case = earlier };
        }
        catch
        {
            Discard(materials);
            throw;
        }

        await halt.ReachAsync(FilingCheckpoint.Committed, cancellationToken);
        foreach (var material in materials)
        {
            files.Promote(material.StoredName);
        }

        LogFiled(filed.Number, item.Code, materials.Count);

        return new FilingResult(FilingOutcome.Filed) { Case = filed };
    }

    /// <summary>
    /// Numbers and saves the case with its audit record in one transaction. Two filings of one day never count the
    /// same sequence, because on SQLite the transaction holds the write lock from its start and on PostgreSQL an
    /// advisory lock serialises numbering.
    /// </summary>
    private async Task<ApplicationCase> SaveAsync(
        CaseApplicant applicant,
        PowerItem item,
        string key,
        List<CaseMaterial> materials,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [NumberLockKey], cancellationToken);
        }

        var now = clock.GetUtcNow();
        var prefix = CaseNumber.DayPrefix(item.RegionCode, now);
        var sequence = await db.Set<ApplicationCase>().CountAsync(@case => @case.Number.StartsWith(prefix), cancellationToken) + 1;
        var filed = ApplicationCase.Submit(
            CaseNumber.Format(prefix, sequence), item.Id, item.Code, item.Name, applicant.Id, key, materials, now);
        filed.OpenParts(await CasePartPlans.ForAsync(db, item, cancellationToken));
        db.Add(filed);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            new AuditEntry(AuditActions.CaseFiled, AuditResult.Succeeded)
            {
                AccountId = applicant.Id.ToString(),
                AccountName = applicant.UserName,
                ObjectType = CaseObject,
                ObjectId = filed.Number,
                ClientAddress = applicant.ClientAddress,
                Detail = $"申报事项 {item.Code}，材料 {materials.Count} 份",
            },
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return filed;
    }

    /// <summary>Returns the case the applicant filed with <paramref name="key"/>, or null.</summary>
    public Task<ApplicationCase?> FindFiledAsync(Guid applicantId, string key, CancellationToken cancellationToken = default) =>
        db.Set<ApplicationCase>().AsNoTracking()
            .FirstOrDefaultAsync(@case => @case.ApplicantId == applicantId && @case.IdempotencyKey == key, cancellationToken);

    internal void Discard(IEnumerable<CaseMaterial> materials)
    {
        foreach (var material in materials)
        {
            files.DeleteStaged(material.StoredName);
        }
    }

    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "Filed case {Number} for item {ItemCode} with {Files} files")]
    private partial void LogFiled(string number, string itemCode, int files);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Information, Message = "A concurrent retry returned the earlier case {Number}")]
    private partial void LogConcurrentRepeat(Exception exception, string number);
}
