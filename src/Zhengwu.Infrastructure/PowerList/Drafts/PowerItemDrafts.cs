using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Domain.PowerList.Drafts;
using Zhengwu.Domain.PowerList.Lineage;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Infrastructure.Files;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Infrastructure.PowerList.Lineage;

namespace Zhengwu.Infrastructure.PowerList.Drafts;

/// <summary>
/// Creates, edits and deletes a department's drafts of power items and their attachments. Every call checks the
/// actor's department and region on the draft itself: a draft of another department is reported as not found and
/// the attempt is audited as denied. Every change is saved together with its audit record.
/// </summary>
public sealed class PowerItemDrafts(ZhengwuDbContext db, AuditLog audit, FileStore files, TimeProvider clock)
{
    public const string DraftObject = "power-item-draft";
    public const int MaxAttachments = 20;

    /// <summary>Lists the drafts of the actor's own department, the most recently saved first.</summary>
    public async Task<IReadOnlyList<DraftSummary>> ListAsync(ContentActor actor, CancellationToken cancellationToken = default)
    {
        if (!ContentAccess.AllowsAction(actor.Scope.Role, ContentAction.ViewDrafts))
        {
            await DenyAsync(actor, "department", actor.Scope.DepartmentId.ToString(System.Globalization.CultureInfo.InvariantCulture));

            return [];
        }

        var department = actor.Scope.DepartmentId;
        var drafts = await db.Set<PowerItemDraft>().AsNoTracking()
            .Where(draft => draft.DepartmentId == department && draft.RegionCode == actor.Scope.RegionCode)
            .Select(draft => new
            {
                draft.Id,
                draft.Elements.Name,
                draft.ItemCode,
                draft.SourceItemCode,
                draft.Version,
                draft.UpdatedByName,
                draft.UpdatedAt,
                Attachments = db.Set<DraftAttachment>().Count(attachment => attachment.DraftId == draft.Id),
            })
            .ToListAsync(cancellationToken);

        // SQLite cannot order by a DateTimeOffset column, so the few drafts of one department are ordered here.
        return [.. drafts
            .OrderByDescending(draft => draft.UpdatedAt)
            .Select(draft => new DraftSummary(
                draft.Id, draft.Name, draft.ItemCode, draft.Version, draft.UpdatedByName, draft.UpdatedAt, draft.Attachments)
            {
                SourceItemCode = draft.SourceItemCode,
            })];
    }

    /// <summary>Returns the draft when the actor may take <paramref name="action"/> on it; otherwise audits a denial.</summary>
    public async Task<PowerItemDraft?> FindAsync(
        ContentActor actor,
        int id,
        ContentAction action = ContentAction.ViewDrafts,
        CancellationToken cancellationToken = default)
    {
        var draft = await db.Set<PowerItemDraft>().FirstOrDefaultAsync(draft => draft.Id == id, cancellationToken);
        if (draft is null || !ContentAccess.Allows(actor.Scope, action, draft.DepartmentId, draft.RegionCode))
        {
            await DenyAsync(actor, DraftObject, Id(id));

            return null;
        }

        return draft;
    }

    /// <summary>
    /// Returns the item as it would read once the draft is published: the published item with the draft's elements
    /// applied, or a new item. The result is not tracked and is never saved.
    /// </summary>
    public async Task<PowerItem> PreviewAsync(PowerItemDraft draft, CancellationToken cancellationToken = default)
    {
        var item = draft.PowerItemId is { } itemId
            ? await db.PowerItems.AsNoTracking()
                .Include(item => item.ResponsibilityItems)
                .FirstOrDefaultAsync(item => item.Id == itemId, cancellationToken)
            : null;
        item ??= new PowerItem(draft.ItemCode ?? "", draft.Elements.Name, draft.Elements.Type, draft.DepartmentId, draft.RegionCode);
        draft.Elements.ApplyTo(item);

        return item;
    }

    public async Task<IReadOnlyList<DraftAttachment>> ListAttachmentsAsync(int draftId, CancellationToken cancellationToken = default)
    {
        var attachments = await db.Set<DraftAttachment>().AsNoTracking()
            .Where(attachment => attachment.DraftId == draftId)
            .ToListAsync(cancellationToken);

        return [.. attachments.OrderBy(attachment => attachment.UploadedAt)];
    }

    /// <summary>
    /// Starts a draft of the published item <paramref name="itemCode"/>, copying its elements, or returns the
    /// department's open draft of that item when there is one, so one item never has two drafts.
    /// </summary>
    public async Task<DraftResult> StartFromItemAsync(ContentActor actor, string itemCode, CancellationToken cancellationToken = default)
    {
        var item = await db.PowerItems.AsNoTracking()
            .Include(item => item.ResponsibilityItems)
            .FirstOrDefaultAsync(item => item.Code == itemCode, cancellationToken);
        if (item is null || !ContentAccess.Allows(actor.Scope, ContentAction.EditDrafts, item.DepartmentId, item.RegionCode))
        {
            await DenyAsync(actor, "power-item", itemCode);

            return DraftResult.NotFound;
        }

        var open = await db.Set<PowerItemDraft>().FirstOrDefaultAsync(draft => draft.PowerItemId == item.Id, cancellationToken);
        if (open is not null)
        {
            return new DraftResult(DraftOutcome.Done, open);
        }

        var draft = new PowerItemDraft(item.DepartmentId, item.RegionCode, item.Id, item.Code, DraftElements.From(item));

        return await AddAsync(actor, draft, $"起草修改事项 {item.Code}", cancellationToken);
    }

    /// <summary>
    /// Lists the city items the actor's county department may take over, in code order: none for a city department
    /// or a role that does not edit drafts.
    /// </summary>
    public Task<List<PowerItem>> ListTakeOverSourcesAsync(ContentActor actor, CancellationToken cancellationToken = default) =>
        ContentAccess.AllowsAction(actor.Scope.Role, ContentAction.EditDrafts)
            ? TakeOverSources.ListAsync(db, actor.Scope.DepartmentId, cancellationToken)
            : Task.FromResult(new List<PowerItem>());

    /// <summary>
    /// Starts a county department's take-over (承接) draft of the city item <paramref name="cityItemCode"/>, with the
    /// city item's elements adapted to the county department, or returns the department's open take-over draft of
    /// that item. A city item outside the actor's city is reported as not found; one the department may not take
    /// over is invalid, with the reason.
    /// </summary>
    public async Task<DraftResult> StartTakeOverAsync(ContentActor actor, string cityItemCode, CancellationToken cancellationToken = default)
    {
        var scope = actor.Scope;
        var cityItem = await db.PowerItems.FirstOrDefaultAsync(item => item.Code == cityItemCode, cancellationToken);
        var parentCode = await db.Regions.Where(region => region.Code == scope.RegionCode)
            .Select(region => region.ParentCode)
            .FirstOrDefaultAsync(cancellationToken);
        if (cityItem is null || cityItem.IsClassified || parentCode is null || cityItem.RegionCode != parentCode
            || !ContentAccess.Allows(scope, ContentAction.EditDrafts, scope.DepartmentId, scope.RegionCode))
        {
            await DenyAsync(actor, "power-item", cityItemCode);

            return DraftResult.NotFound;
        }

        var open = await db.Set<PowerItemDraft>().FirstOrDefaultAsync(
            draft => draft.DepartmentId == scope.DepartmentId && draft.SourceItemId == cityItem.Id,
            cancellationToken);
        if (open is not null)
        {
            return new DraftResult(DraftOutcome.Done, open);
        }

        if (await TakeOverSources.CheckAsync(db, scope.DepartmentId, cityItem, cancellationToken) is { } error)
        {
            return DraftResult.Invalid(new DraftProblem("TakeOver", error.Message));
        }

        var names = await db.Departments.Where(department => department.Id == cityItem.DepartmentId || department.Id == scope.DepartmentId)
            .ToDictionaryAsync(department => department.Id, department => department.Name, cancellationToken);
        var elements = TakeOver.CountyElements(cityItem, names[cityItem.DepartmentId], names[scope.DepartmentId]);
        var draft = new PowerItemDraft(scope.DepartmentId, scope.RegionCode, null, null, elements)
        {
            SourceItemId = cityItem.Id,
            SourceItemCode = cityItem.Code,
        };

        return await AddAsync(actor, draft, $"起草承接市级事项 {cityItem.Code}", cancellationToken);
    }

    /// <summary>Starts a draft of a new item of the actor's department.</summary>
    public async Task<DraftResult> StartNewAsync(ContentActor actor, DraftElements elements, CancellationToken cancellationToken = default)
    {
        if (!ContentAccess.Allows(actor.Scope, ContentAction.EditDrafts, actor.Scope.DepartmentId, actor.Scope.RegionCode))
        {
            await DenyAsync(actor, "department", Id(actor.Scope.DepartmentId));

            return DraftResult.NotFound;
        }

        if (elements.Validate() is { Count: > 0 } problems)
        {
            return DraftResult.Invalid([.. problems]);
        }

        var draft = new PowerItemDraft(actor.Scope.DepartmentId, actor.Scope.RegionCode, null, null, elements);

        return await AddAsync(actor, draft, "起草新增事项", cancellationToken);
    }

    /// <summary>
    /// Saves new elements over version <paramref name="expectedVersion"/>. When another save came first the result
    /// is <see cref="DraftOutcome.Conflict"/> with the draft as that save left it, and nothing is written.
    /// </summary>
    public async Task<DraftResult> SaveAsync(
        ContentActor actor,
        int id,
        int expectedVersion,
        DraftElements elements,
        CancellationToken cancellationToken = default)
    {
        var draft = await FindAsync(actor, id, ContentAction.EditDrafts, cancellationToken);
        if (draft is null)
        {
            return DraftResult.NotFound;
        }

        if (elements.Validate() is { Count: > 0 } problems)
        {
            return DraftResult.Invalid([.. problems]);
        }

        if (draft.Version != expectedVersion)
        {
            return new DraftResult(DraftOutcome.Conflict, draft);
        }

        if (await RecordEditAsync(actor, id, cancellationToken) is { } locked)
        {
            return DraftResult.Invalid(locked);
        }

        var changed = draft.Elements.ChangedFields(elements);
        db.Entry(draft).Property(stored => stored.Version).OriginalValue = expectedVersion;
        draft.Save(elements, actor.Id, actor.UserName, clock.GetUtcNow());
        var detail = changed.Count == 0 ? "保存草稿，内容未变" : "修改：" + string.Join("、", changed);

        return await CommitAsync(actor, draft, detail, cancellationToken)
            ? new DraftResult(DraftOutcome.Done, draft)
            : new DraftResult(DraftOutcome.Conflict, await ReloadAsync(id, cancellationToken));
    }

    /// <summary>Deletes a draft with its attachments, unless someone saved it after <paramref name="expectedVersion"/>.</summary>
    public async Task<DraftResult> DeleteAsync(ContentActor actor, int id, int expectedVersion, CancellationToken cancellationToken = default)
    {
        var draft = await FindAsync(actor, id, ContentAction.EditDrafts, cancellationToken);
        if (draft is null)
        {
            return DraftResult.NotFound;
        }

        if (draft.Version != expectedVersion)
        {
            return new DraftResult(DraftOutcome.Conflict, draft);
        }

        if (await db.ChangeRequests.AnyAsync(request => request.DraftId == id, cancellationToken))
        {
            return DraftResult.Invalid(new DraftProblem("Delete", "该草稿已发起变更申请，不能删除。如不再需要，请由分管领导撤回申请后再删除。"));
        }

        var storedNames = await db.Set<DraftAttachment>()
            .Where(attachment => attachment.DraftId == id)
            .Select(attachment => attachment.StoredName)
            .ToListAsync(cancellationToken);
        db.Entry(draft).Property(stored => stored.Version).OriginalValue = expectedVersion;
        db.Remove(draft);
        if (!await CommitAsync(actor, draft, $"删除草稿“{draft.Elements.Name}”", cancellationToken))
        {
            return new DraftResult(DraftOutcome.Conflict, await ReloadAsync(id, cancellationToken));
        }

        foreach (var storedName in storedNames)
        {
            files.Delete(storedName);
        }

        return new DraftResult(DraftOutcome.Done);
    }

    /// <summary>
    /// Checks and stores an uploaded document and attaches it to the draft. A rejected file is reported as
    /// <see cref="DraftOutcome.Invalid"/> with the reason, and nothing is kept of it.
    /// </summary>
    public async Task<DraftResult> AttachAsync(
        ContentActor actor,
        int id,
        string fileName,
        Stream content,
        CancellationToken cancellationToken = default)
    {
        var draft = await FindAsync(actor, id, ContentAction.EditDrafts, cancellationToken);
        if (draft is null)
        {
            return DraftResult.NotFound;
        }

        if (await RecordEditAsync(actor, id, cancellationToken) is { } locked)
        {
            return DraftResult.Invalid(locked);
        }

        if (await db.Set<DraftAttachment>().CountAsync(attachment => attachment.DraftId == id, cancellationToken) >= MaxAttachments)
        {
            return DraftResult.Invalid(new DraftProblem("Upload", $"每份草稿最多附 {MaxAttachments} 个文件，请先删除不需要的附件。"));
        }

        StoredFile stored;
        try
        {
            stored = await files.SaveAsync(fileName, content, cancellationToken);
        }
        catch (UploadRejectedException rejected)
        {
            return DraftResult.Invalid(new DraftProblem("Upload", rejected.Message));
        }

        var safeName = Domain.Files.UploadRules.SafeName(fileName);
        var attachment = new DraftAttachment
        {
            Id = Guid.NewGuid(),
            DraftId = id,
            FileName = safeName,
            ContentType = Domain.Files.UploadRules.KindOf(safeName)!.ContentType,
            StoredName = stored.StoredName,
            Length = stored.Length,
            Sha256 = stored.Sha256,
            UploadedById = actor.Id,
            UploadedByName = actor.UserName,
            UploadedAt = clock.GetUtcNow(),
        };
        db.Add(attachment);
        try
        {
            await CommitAsync(actor, draft, $"上传附件“{safeName}”（SHA-256 {stored.Sha256}）", cancellationToken);
        }
        catch
        {
            files.Delete(stored.StoredName);
            throw;
        }

        return new DraftResult(DraftOutcome.Done, draft);
    }

    public async Task<DraftResult> RemoveAttachmentAsync(
        ContentActor actor,
        int id,
        Guid attachmentId,
        CancellationToken cancellationToken = default)
    {
        var draft = await FindAsync(actor, id, ContentAction.EditDrafts, cancellationToken);
        var attachment = draft is null
            ? null
            : await db.Set<DraftAttachment>().FirstOrDefaultAsync(
                attachment => attachment.Id == attachmentId && attachment.DraftId == id,
                cancellationToken);
        if (draft is null || attachment is null)
        {
            if (draft is not null)
            {
                await DenyAsync(actor, "draft-attachment", attachmentId.ToString());
            }

            return DraftResult.NotFound;
        }

        if (await RecordEditAsync(actor, id, cancellationToken) is { } locked)
        {
            return DraftResult.Invalid(locked);
        }

        db.Remove(attachment);
        await CommitAsync(actor, draft, $"删除附件“{attachment.FileName}”", cancellationToken);
        files.Delete(attachment.StoredName);

        return new DraftResult(DraftOutcome.Done, draft);
    }

    /// <summary>Opens an attachment of a draft the actor may read, or returns null (audited) when it may not.</summary>
    public async Task<AttachmentDownload?> OpenAttachmentAsync(
        ContentActor actor,
        int id,
        Guid attachmentId,
        CancellationToken cancellationToken = default)
    {
        var draft = await FindAsync(actor, id, ContentAction.ViewDrafts, cancellationToken);
        if (draft is null)
        {
            return null;
        }

        var attachment = await db.Set<DraftAttachment>().AsNoTracking().FirstOrDefaultAsync(
            attachment => attachment.Id == attachmentId && attachment.DraftId == id,
            cancellationToken);
        var content = attachment is null ? null : files.OpenRead(attachment.StoredName);
        if (attachment is null || content is null)
        {
            await DenyAsync(actor, "draft-attachment", attachmentId.ToString());

            return null;
        }

        return new AttachmentDownload(attachment, content);
    }

    /// <summary>
    /// Records an edit on the draft's open change request, which counts the editor as one of its authors, or returns
    /// why the draft is locked: a submitted request keeps the content its reviewers are reading until it is returned.
    /// The step is saved with the caller's next commit.
    /// </summary>
    private async Task<DraftProblem?> RecordEditAsync(ContentActor actor, int draftId, CancellationToken cancellationToken)
    {
        var request = await db.ChangeRequests.FirstOrDefaultAsync(request => request.DraftId == draftId, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var error = request.Fire(ChangeTrigger.Edit, new WorkflowActor(actor.Id, actor.UserName, actor.Scope), clock.GetUtcNow());

        return error is null
            ? null
            : new DraftProblem("Request", $"草稿已随变更申请 {request.Id} 提交，申请现为“{request.Status.ChineseName()}”，审核期间不能修改。如需修改，请审核人退回申请。");
    }

    private async Task<DraftResult> AddAsync(ContentActor actor, PowerItemDraft draft, string detail, CancellationToken cancellationToken)
    {
        draft.Start(actor.Id, actor.UserName, clock.GetUtcNow());
        db.Add(draft);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(ContentEntry(actor, AuditActions.ContentChanged, AuditResult.Succeeded, DraftObject, Id(draft.Id), detail), cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new DraftResult(DraftOutcome.Done, draft);
    }

    /// <summary>Saves the pending changes and their audit record in one transaction; returns false on a concurrent save.</summary>
    private async Task<bool> CommitAsync(ContentActor actor, PowerItemDraft draft, string detail, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);

            return false;
        }

        await audit.AppendAsync(ContentEntry(actor, AuditActions.ContentChanged, AuditResult.Succeeded, DraftObject, Id(draft.Id), detail), cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return true;
    }

    private async Task<PowerItemDraft?> ReloadAsync(int id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();

        return await db.Set<PowerItemDraft>().AsNoTracking().FirstOrDefaultAsync(draft => draft.Id == id, cancellationToken);
    }

    private Task<AuditRecord> DenyAsync(ContentActor actor, string objectType, string objectId) =>
        audit.AppendAsync(ContentEntry(actor, AuditActions.AccessDenied, AuditResult.Denied, objectType, objectId, null));

    internal static AuditEntry ContentEntry(
        ContentActor actor,
        string action,
        AuditResult result,
        string objectType,
        string objectId,
        string? detail) => new(action, result)
        {
            AccountId = actor.Id.ToString(),
            AccountName = actor.UserName,
            Role = actor.Scope.Role.ToString(),
            ObjectType = objectType,
            ObjectId = objectId,
            ClientAddress = actor.ClientAddress,
            Detail = detail,
        };

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
