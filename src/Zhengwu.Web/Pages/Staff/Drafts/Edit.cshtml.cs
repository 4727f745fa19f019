using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Files;
using Zhengwu.Domain.Organization;
using Zhengwu.Domain.PowerList.Changes;
using Zhengwu.Domain.PowerList.Drafts;
using Zhengwu.Infrastructure.Files;
using Zhengwu.Infrastructure.PowerList.Changes;
using Zhengwu.Infrastructure.PowerList.Drafts;
using Zhengwu.Web.Accounts;
using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Pages.Staff.Drafts;

/// <summary>
/// Edits one draft and its attachments. The department lead reads the same form without saving. A save that
/// started from an older version is rejected with the name of the editor who saved in between, and the editor's input
/// stays in the form next to the stored text.
/// </summary>
[Authorize(Policy = StaffPolicies.ViewDrafts)]
public sealed class EditModel(PowerItemDrafts drafts, ChangeRequests requests, FileStore files) : PageModel
{
    public PowerItemDraft Draft { get; private set; } = null!;

    [BindProperty]
    public DraftElements Elements { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    /// <summary>Set by the form, so that a form whose responsibility rows were all removed empties the list.</summary>
    [BindProperty]
    public bool ResponsibilitiesPosted { get; set; }

    /// <summary>The 序号 of each responsibility row, as typed; rows are published in this order.</summary>
    [BindProperty]
    public List<string?> ResponsibilityPositions { get; set; } = [];

    /// <summary>The indexes of the responsibility rows whose 删除 box is ticked.</summary>
    [BindProperty]
    public List<int> RemovedResponsibilities { get; set; } = [];

    public IReadOnlyList<DraftAttachment> Attachments { get; private set; } = [];

    public IReadOnlyList<DraftProblem> Problems { get; private set; } = [];

    /// <summary>The draft as another editor saved it, when this editor's save was rejected as stale.</summary>
    public PowerItemDraft? Conflict { get; private set; }

    public IReadOnlyList<string> ConflictFields { get; private set; } = [];

    public string? Notice { get; private set; }

    public bool CanEdit { get; private set; }

    /// <summary>The open change request that carries this draft to review, if one was opened.</summary>
    public ChangeRequest? OpenRequest { get; private set; }

    /// <summary>The kinds of change request the content officer may open on this draft.</summary>
    public IReadOnlyList<ChangeKind> Kinds { get; private set; } = [];

    [BindProperty]
    public ChangeKind? Kind { get; set; }

    [BindProperty]
    public ChangeReason? Reason { get; set; }

    [BindProperty]
    public string? Explanation { get; set; }

    /// <summary>The region codes of the counties a delegation moves the power to.</summary>
    [BindProperty]
    public List<string> Counties { get; set; } = [];

    /// <summary>The codes of the other items a merge retires, separated by spaces, commas, 、 or line breaks.</summary>
    [BindProperty]
    public string? MergedItemCodes { get; set; }

    /// <summary>The new items of a split, each a full set of elements; the form starts each from the draft's elements.</summary>
    [BindProperty]
    public List<DraftElements> SplitParts { get; set; } = [];

    /// <summary>The parts the split form shows: the posted or started ones, with blank parts up to the two a split needs.</summary>
    public IReadOnlyList<DraftElements> ShownSplitParts =>
        [.. SplitParts, .. Enumerable.Range(0, Math.Max(0, 2 - SplitParts.Count)).Select(_ => BlankPart())];

    /// <summary>The counties of the draft's city, offered when the draft can be delegated.</summary>
    public IReadOnlyList<Region> CountyChoices { get; private set; } = [];

    public long MaxFileBytes => files.MaxFileBytes;

    public async Task<IActionResult> OnGetAsync(int id, string? saved, int? parts, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, ContentAction.ViewDrafts, cancellationToken) is { } failure)
        {
            return failure;
        }

        Elements = Draft.Elements;
        Version = Draft.Version;
        SplitParts = [.. Enumerable.Range(0, Math.Clamp(parts ?? 2, 2, ChangeRequest.MaxSplitParts)).Select(_ => BlankPart())];
        Notice = saved switch
        {
            "1" => $"已保存为第 {Draft.Version} 版。",
            "attachment" => "附件已上传。",
            "removed" => "附件已删除。",
            _ => null,
        };

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, ContentAction.EditDrafts, cancellationToken) is { } failure)
        {
            return failure;
        }

        var (responsibilities, rowProblems) = ResponsibilityRows.Read(
            ResponsibilitiesPosted,
            Elements.Responsibilities,
            ResponsibilityPositions,
            RemovedResponsibilities);
        Elements.Responsibilities = responsibilities;
        if (rowProblems.Count > 0)
        {
            Problems = [.. rowProblems, .. Elements.Validate()];
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;

            return Page();
        }

        var result = await drafts.SaveAsync(Actor, id, Version, Elements, cancellationToken);
        switch (result.Outcome)
        {
            case DraftOutcome.Done:
                return Redirect($"/staff/drafts/{id}?saved=1");
            case DraftOutcome.Invalid:
                Problems = result.Problems;
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;

                return Page();
            case DraftOutcome.Conflict when result.Draft is { } stored:
                Conflict = stored;
                ConflictFields = stored.Elements.ChangedFields(Elements);
                Draft = stored;
                Version = stored.Version;
                Response.StatusCode = StatusCodes.Status409Conflict;

                return Page();
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, ContentAction.EditDrafts, cancellationToken) is { } failure)
        {
            return failure;
        }

        var result = await drafts.DeleteAsync(Actor, id, Version, cancellationToken);
        switch (result.Outcome)
        {
            case DraftOutcome.Done:
                return Redirect("/staff/drafts");
            case DraftOutcome.Conflict when result.Draft is { } stored:
                Draft = stored;
                Elements = stored.Elements;
                Version = stored.Version;
                Problems = [new DraftProblem("Delete", $"草稿已被 {stored.UpdatedByName} 于 {ChinaTime.Display(stored.UpdatedAt)} 修改为第 {stored.Version} 版，未删除。请确认最新内容后再决定是否删除。")];
                Response.StatusCode = StatusCodes.Status409Conflict;

                return Page();
            case DraftOutcome.Invalid:
                Elements = Draft.Elements;
                Problems = result.Problems;
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;

                return Page();
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostUploadAsync(int id, IFormFile? upload, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, ContentAction.EditDrafts, cancellationToken) is { } failure)
        {
            return failure;
        }

        Elements = Draft.Elements;
        Version = Draft.Version;
        if (upload is null)
        {
            Problems = [new DraftProblem("Upload", "请选择要上传的文件。")];
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;

            return Page();
        }

        await using var content = upload.OpenReadStream();
        var result = await drafts.AttachAsync(Actor, id, upload.FileName, content, cancellationToken);
        switch (result.Outcome)
        {
            case DraftOutcome.Done:
                return Redirect($"/staff/drafts/{id}?saved=attachment");
            case DraftOutcome.Invalid:
                Problems = result.Problems;
                Attachments = await drafts.ListAttachmentsAsync(id, cancellationToken);
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;

                return Page();
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostOpenRequestAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, ContentAction.EditDrafts, cancellationToken) is { } failure)
        {
            return failure;
        }

        Elements = Draft.Elements;
        Version = Draft.Version;
        if (Kind is not { } kind || Reason is not { } reason)
        {
            Problems = [new DraftProblem("Request", "请选择变更类型和理由。")];
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;

            return Page();
        }

        var targets = new ChangeTargets(Counties, SplitCodes(MergedItemCodes), kind == ChangeKind.Split ? SplitParts : null);
        var result = await requests.OpenAsync(Actor, id, kind, reason, Explanation, targets, cancellationToken);
        switch (result.Outcome)
        {
            case ChangeOutcome.Done:
                return Redirect($"/staff/changes/{result.Request!.Id}");
            case ChangeOutcome.Rejected:
                Problems = [new DraftProblem("Request", result.Error!.Message)];
                Response.StatusCode = result.Error.IsDenial ? StatusCodes.Status403Forbidden : StatusCodes.Status422UnprocessableEntity;

                return Page();
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostRemoveAttachmentAsync(int id, Guid attachmentId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, ContentAction.EditDrafts, cancellationToken) is { } failure)
        {
            return failure;
        }

        var result = await drafts.RemoveAttachmentAsync(Actor, id, attachmentId, cancellationToken);

        return result.Outcome == DraftOutcome.Done ? Redirect($"/staff/drafts/{id}?saved=removed") : NotFound();
    }

    /// <summary>
    /// The accepted extensions for the upload label, with a zero-width space after each 、 so that the list wraps
    /// on a phone: no line may break between 、 and the dot that starts the next extension.
    /// </summary>
    public string AcceptedExtensions => UploadRules.AcceptedExtensions.Replace("、", "、\u200B", StringComparison.Ordinal);

    public string AcceptAttribute => string.Join(",", UploadRules.Kinds.SelectMany(kind => kind.Extensions));

    private ContentActor Actor { get; set; } = null!;

    /// <summary>A part of a split as the form first shows it: the draft's elements without the name, which differs.</summary>
    private DraftElements BlankPart()
    {
        var part = Draft.Elements.Copy();
        part.Name = "";

        return part;
    }

    private static List<string> SplitCodes(string? text) =>
        [.. (text ?? "").Split([' ', ',', '，', '、', ';', '；', '\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>
    /// Loads the draft for <paramref name="action"/>: a role that may never take the action gets 403, and a draft
    /// outside the actor's department gets 404; both are audited.
    /// </summary>
    private async Task<IActionResult?> LoadAsync(int id, ContentAction action, CancellationToken cancellationToken)
    {
        if (HttpContext.GetContentActor() is not { } actor || !ContentAccess.AllowsAction(actor.Scope.Role, action))
        {
            return Forbid();
        }

        Actor = actor;
        var draft = await drafts.FindAsync(actor, id, action, cancellationToken);
        if (draft is null)
        {
            return NotFound();
        }

        Draft = draft;
        CanEdit = ContentAccess.Allows(actor.Scope, ContentAction.EditDrafts, draft.DepartmentId, draft.RegionCode);
        Attachments = await drafts.ListAttachmentsAsync(id, cancellationToken);
        OpenRequest = await requests.FindForDraftAsync(id, cancellationToken);
        Kinds = OpenRequest is null && CanEdit ? await requests.KindsForAsync(draft, cancellationToken) : [];
        CountyChoices = Kinds.Contains(ChangeKind.Delegate) ? await requests.CountiesForAsync(draft, cancellationToken) : [];

        return null;
    }
}
