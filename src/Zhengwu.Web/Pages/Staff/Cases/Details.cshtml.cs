using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Approvals.Cases;
using Zhengwu.Domain.Calendar;
using Zhengwu.Infrastructure.Approvals.Cases;
using Zhengwu.Infrastructure.Calendar;
using Zhengwu.Infrastructure.PowerList.Drafts;
using Zhengwu.Web.Accounts;

namespace Zhengwu.Web.Pages.Staff.Cases;

/// <summary>
/// One case as the handling department's staff see it: the materials, every step and a form for each step the
/// department's part allows now. A case without a part of the staff member's department is 404, on the page and on
/// every posted form, and each such request writes one access.denied audit record.
/// </summary>
[Authorize(Policy = StaffPolicies.DepartmentContent)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class DetailsModel(
    CaseHandlings handlings,
    CaseConclusions conclusions,
    WorkingCalendarProvider calendars,
    TimeProvider clock) : PageModel
{
    // The form limit only bounds the request; the file store's limit per file is what rejects a large document.
    private const long MaxRequestBytes = 256L * 1024 * 1024;

    public ApplicationCase Case { get; private set; } = null!;

    public CasePart Part { get; private set; } = null!;

    public ClockReading? Reading { get; private set; }

    /// <summary>The steps the part's state allows and the signed-in account's role may take.</summary>
    public IReadOnlyList<CaseTrigger> Allowed { get; private set; } = [];

    /// <summary>Whether the lead department's lead may close the open parts because another part was denied.</summary>
    public bool CanCloseAfterDenial { get; private set; }

    public string? Error { get; private set; }

    public string? Notice { get; private set; }

    /// <summary>The case version the form was rendered from; a step posted from an older one is a conflict.</summary>
    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Opinion { get; set; }

    [BindProperty]
    public int? Days { get; set; }

    [BindProperty]
    public SpecialProcedureKind? Procedure { get; set; }

    [BindProperty]
    public string? Division { get; set; }

    /// <summary>The material indexes ticked for correction, each with the problem typed next to it.</summary>
    [BindProperty]
    public List<int> CorrectionIndexes { get; set; } = [];

    [BindProperty]
    public Dictionary<int, string?> CorrectionProblems { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken cancellationToken)
    {
        var actor = HttpContext.GetContentActor();
        var found = actor is null ? null : await handlings.FindAsync(actor, number, cancellationToken);
        if (actor is null || found is null)
        {
            return NotFound();
        }

        await ShowAsync(found, actor, cancellationToken);

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string number, CaseTrigger trigger, CancellationToken cancellationToken)
    {
        var actor = HttpContext.GetContentActor();
        var found = actor is null ? null : await handlings.FindAsync(actor, number, cancellationToken);
        if (actor is null || found is null)
        {
            return NotFound();
        }

        var departmentName = found.PartOf(actor.Scope.DepartmentId)!.DepartmentName;
        (HandlingOutcome? Outcome, IReadOnlyList<string> Problems) result = trigger switch
        {
            CaseTrigger.Conclude => await ConcludeAsync(actor, departmentName, number, cancellationToken),
            CaseTrigger.Close => (await handlings.CloseAfterDenialAsync(
                actor, departmentName, number, Version, Opinion, cancellationToken), []),
            _ => ActionFor(trigger, found) is { } action
                ? (await handlings.ActAsync(actor, departmentName, number, Version, action, cancellationToken), [])
                : (null, []),
        };

        return await RespondAsync(number, trigger, found, actor, result.Outcome, result.Problems, cancellationToken);
    }

    private async Task<(HandlingOutcome? Outcome, IReadOnlyList<string> Problems)> ConcludeAsync(
        ContentActor actor,
        string departmentName,
        string number,
        CancellationToken cancellationToken)
    {
        var uploads = new List<ResultUpload>();
        try
        {
            foreach (var file in Request.Form.Files.Where(file => file.Name == "ResultDocuments" && file.Length > 0))
            {
                uploads.Add(new ResultUpload(file.FileName, file.OpenReadStream()));
            }

            return await conclusions.ConcludeAsync(actor, departmentName, number, Version, uploads, Opinion, cancellationToken);
        }
        finally
        {
            foreach (var upload in uploads)
            {
                await upload.Content.DisposeAsync();
            }
        }
    }

    private async Task<IActionResult> RespondAsync(
        string number,
        CaseTrigger trigger,
        ApplicationCase found,
        ContentActor actor,
        HandlingOutcome? outcome,
        IReadOnlyList<string> problems,
        CancellationToken cancellationToken)
    {
        if (outcome is null && problems.Count > 0)
        {
            Error = string.Join(" ", problems);
            await ShowAsync(found, actor, cancellationToken);

            return Page();
        }

        if (outcome is null)
        {
            Error = $"“{trigger.ChineseName()}”不能在本页面办理。";
            await ShowAsync(found, actor, cancellationToken);

            return Page();
        }

        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.Error is null)
        {
            return RedirectToPage(new { number });
        }

        Error = outcome.Error.Message;
        await ShowAsync(outcome.Case!, actor, cancellationToken);

        return Page();
    }

    private CaseAction? ActionFor(CaseTrigger trigger, ApplicationCase found) => trigger switch
    {
        CaseTrigger.Accept => new CaseAction.Accept(Opinion),
        CaseTrigger.Reject => new CaseAction.Reject(Opinion ?? ""),
        CaseTrigger.RequestCorrection => new CaseAction.RequestCorrection(
            [.. CorrectionIndexes.Distinct().Order().Select(index => new CorrectionItem(
                index, MaterialName(found, index), CorrectionProblems.GetValueOrDefault(index) ?? ""))]),
        CaseTrigger.StartSpecialProcedure when Procedure is { } kind && Enum.IsDefined(kind) =>
            new CaseAction.StartSpecialProcedure(kind, Days ?? 0, Opinion ?? ""),
        CaseTrigger.EndSpecialProcedure => new CaseAction.EndSpecialProcedure(Opinion),
        CaseTrigger.ProposeExtension => new CaseAction.ProposeExtension(Days ?? 0, Opinion ?? ""),
        CaseTrigger.ApproveExtension => new CaseAction.ApproveExtension(Opinion),
        CaseTrigger.DeclineExtension => new CaseAction.DeclineExtension(Opinion ?? ""),
        CaseTrigger.Transfer => new CaseAction.Transfer(Division ?? "", Opinion),
        CaseTrigger.Approve => new CaseAction.Approve(Opinion),
        CaseTrigger.Deny => new CaseAction.Deny(Opinion ?? ""),
        _ => null,
    };

    /// <summary>Returns the material's name from the case's files, or a generic name for a material never uploaded.</summary>
    private static string MaterialName(ApplicationCase found, int index) =>
        found.Materials.FirstOrDefault(material => material.MaterialIndex == index)?.MaterialName ?? $"第 {index + 1} 项材料";

    private async Task ShowAsync(ApplicationCase found, ContentActor actor, CancellationToken cancellationToken)
    {
        Case = found;
        Part = found.PartOf(actor.Scope.DepartmentId)!;
        Version = found.Version;
        var isLead = actor.Scope.Role == StaffRole.DepartmentLead;
        Allowed = [.. Part.PermittedTriggers().Where(trigger => isLead || !CasePart.NeedsLead(trigger))];
        CanCloseAfterDenial = Part.IsLead
            && isLead
            && found.Parts.Any(part => part.Decision == CaseDecision.Denied)
            && found.Parts.Any(part => part.State != CaseState.Denied && !part.State.IsFinal());
        var calendar = await calendars.GetAsync(cancellationToken);
        try
        {
            Reading = Part.ReadCurrentClock(calendar, clock.GetUtcNow());
        }
        catch (CalendarYearNotCoveredException exception)
        {
            Notice = exception.Message;
        }
    }
}
