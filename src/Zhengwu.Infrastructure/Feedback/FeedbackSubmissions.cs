using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.Feedback;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Accounts;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Feedback;

/// <summary>
/// Receives inquiries and complaints from the public. A record and its audit record commit together, and a retried
/// submission with the same key returns the record received first.
/// </summary>
public sealed partial class FeedbackSubmissions(
    ZhengwuDbContext db,
    AuditLog audit,
    PersonalDataProtector protector,
    IOptions<FeedbackOptions> options,
    TimeProvider clock,
    ILogger<FeedbackSubmissions> logger)
{
    public const string FeedbackObject = "feedback";
    public const int MaxKeyLength = 64;

    // An arbitrary key of pg_advisory_xact_lock, apart from the others, that serialises feedback numbering.
    private const long NumberLockKey = 0x5A57_4642_4B4E_554D;

    /// <summary>Returns whether <paramref name="key"/> may serve as a submission key: 16 to 64 letters, digits, '-' or '_'.</summary>
    public static bool IsValidKey(string? key) =>
        key is { Length: >= 16 and <= MaxKeyLength } && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>
    /// Receives <paramref name="form"/> from <paramref name="client"/>, or returns the record the same sender
    /// submitted before with <paramref name="key"/>. Nothing is stored unless every field is valid and the item or
    /// department exists.
    /// </summary>
    public async Task<SubmissionResult> SubmitAsync(
        FeedbackClient client,
        FeedbackForm form,
        string key,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(form);
        if (await FindByKeyAsync(key, cancellationToken) is { } earlier)
        {
            return Repeat(client, earlier, key);
        }

        if (!Enum.IsDefined(form.Kind) || !Enum.IsDefined(form.Target))
        {
            return new SubmissionResult(SubmissionOutcome.Invalid)
            {
                Problems = ["请选择“咨询”或“投诉举报”，并选择针对“审批事项”还是“部门”。"],
            };
        }

        var request = new FeedbackRequest(form.Kind, client.AccountId is null, form.Subject, form.Content, form.Contact);
        var problems = FeedbackRules.Check(request).ToList();
        var (subject, subjectProblem) = await ResolveSubjectAsync(form, cancellationToken);
        if (subjectProblem is not null)
        {
            problems.Insert(0, subjectProblem);
        }

        if (problems.Count > 0 || subject is null)
        {
            return new SubmissionResult(SubmissionOutcome.Invalid) { Problems = problems };
        }

        return await CommitAsync(client, request, subject, key, cancellationToken);
    }

    private SubmissionResult Repeat(FeedbackClient client, FeedbackRecord earlier, string key)
    {
        if (earlier.AccountId != client.AccountId)
        {
            return new SubmissionResult(SubmissionOutcome.Invalid)
            {
                Problems = ["表单的提交标识已被使用，请重新打开提交页面后再提交。"],
            };
        }

        return new SubmissionResult(SubmissionOutcome.Repeated)
        {
            Record = earlier,
            QueryCode = earlier.IsAnonymous ? QueryCodes.Derive(protector, key) : null,
        };
    }

    private async Task<(FeedbackSubject? Subject, string? Problem)> ResolveSubjectAsync(
        FeedbackForm form,
        CancellationToken cancellationToken)
    {
        if (form.Target == FeedbackTarget.Item)
        {
            var code = form.ItemCode?.Trim() ?? "";
            var item = ItemCode.IsWellFormed(code)
                ? await db.PowerItems.AsNoTracking()
                    .Where(item => item.Code == code && !item.IsClassified)
                    .Select(item => new { item.Code, item.Name, item.DepartmentId })
                    .FirstOrDefaultAsync(cancellationToken)
                : null;
            var department = item is null ? null : await DepartmentNameAsync(item.DepartmentId, cancellationToken);

            return item is null || department is null
                ? (null, $"事项编码“{Shorten(code)}”不存在或未公开：请填写事项办事指南上的编码，例如 620100-XK-00001。")
                : (FeedbackSubject.ForItem(item.Code, item.Name, item.DepartmentId, department), null);
        }

        var name = form.DepartmentId is { } id ? await DepartmentNameAsync(id, cancellationToken) : null;

        return name is null
            ? (null, "请从列表中选择要咨询或投诉的部门。")
            : (FeedbackSubject.ForDepartment(form.DepartmentId!.Value, name), null);
    }

    private Task<string?> DepartmentNameAsync(int id, CancellationToken cancellationToken) =>
        db.Departments.AsNoTracking()
            .Where(department => department.Id == id)
            .Select(department => department.Name)
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<SubmissionResult> CommitAsync(
        FeedbackClient client,
        FeedbackRequest request,
        FeedbackSubject subject,
        string key,
        CancellationToken cancellationToken)
    {
        var queryCode = client.AccountId is null ? QueryCodes.Derive(protector, key) : null;
        var sender = client.AccountId is { } accountId
            ? FeedbackSender.Account(accountId, FeedbackRules.Normalize(request.Contact) is { } contact ? protector.Encrypt(contact) : null)
            : FeedbackSender.Anonymous(QueryCodes.Hash(protector, queryCode!));
        try
        {
            var record = await SaveAsync(client, request, subject, sender, key, cancellationToken);
            LogReceived(record.Number, record.Kind, record.DepartmentId);

            return new SubmissionResult(SubmissionOutcome.Received) { Record = record, QueryCode = queryCode };
        }
        catch (DbUpdateException exception)
        {
            db.ChangeTracker.Clear();
            var earlier = await FindByKeyAsync(key, cancellationToken);
            if (earlier is null)
            {
                throw;
            }

            LogConcurrentRepeat(exception, earlier.Number);

            return Repeat(client, earlier, key);
        }
    }

    /// <summary>
    /// Numbers and saves the record with its audit record in one transaction. On SQLite the transaction holds the
    /// write lock from its start and on PostgreSQL an advisory lock serialises numbering, so no two records of a
    /// day count the same sequence.
    /// </summary>
    private async Task<FeedbackRecord> SaveAsync(
        FeedbackClient client,
        FeedbackRequest request,
        FeedbackSubject subject,
        FeedbackSender sender,
        string key,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [NumberLockKey], cancellationToken);
        }

        var now = clock.GetUtcNow();
        var prefix = FeedbackNumber.DayPrefix(request.Kind, now);
        var sequence = await db.FeedbackRecords.CountAsync(record => record.Number.StartsWith(prefix), cancellationToken) + 1;
        var limit = request.Kind == FeedbackKind.Inquiry ? options.Value.InquiryDays : options.Value.ComplaintDays;
        var record = FeedbackRecord.Receive(FeedbackNumber.Format(prefix, sequence), request, subject, sender, key, limit, now);
        db.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(
            new AuditEntry(AuditActions.FeedbackReceived, AuditResult.Succeeded)
            {
                AccountId = client.AccountId?.ToString(),
                AccountName = client.UserName,
                ObjectType = FeedbackObject,
                ObjectId = record.Number,
                ClientAddress = client.ClientAddress,
                Detail = $"{request.Kind.ChineseName()}，{(subject.ItemCode is { } code ? "事项 " + code : "部门")}，"
                    + $"答复部门 {subject.DepartmentName}{(client.AccountId is null ? "，匿名" : "")}",
            },
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return record;
    }

    private Task<FeedbackRecord?> FindByKeyAsync(string key, CancellationToken cancellationToken) =>
        db.FeedbackRecords.AsNoTracking().FirstOrDefaultAsync(record => record.IdempotencyKey == key, cancellationToken);

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;

    [LoggerMessage(EventId = 7201, Level = LogLevel.Information, Message = "Received feedback {Number} of kind {Kind} for department {DepartmentId}")]
    private partial void LogReceived(string number, FeedbackKind kind, int departmentId);

    [LoggerMessage(EventId = 7202, Level = LogLevel.Information, Message = "A concurrent retry returned the earlier feedback {Number}")]
    private partial void LogConcurrentRepeat(Exception exception, string number);
}
