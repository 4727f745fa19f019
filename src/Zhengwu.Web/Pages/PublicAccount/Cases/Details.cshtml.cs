using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.Approvals.Cases;
using Zhengwu.Infrastructure.Approvals.Cases;
using Zhengwu.Infrastructure.Calendar;
using Zhengwu.Web.Accounts;

namespace Zhengwu.Web.Pages.PublicAccount.Cases;

/// <summary>
/// The status page of one case: its steps, each department's part with its time limit, a correction request's
/// list with the form to resubmit, a special procedure, the conclusion and the result documents. A case of another
/// account, or any case asked for without a public sign-in, gets 404 and an access.denied audit record, on GET and
/// POST alike.
/// </summary>
[Authorize(Policy = PublicSession.SignedInIfAny)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class DetailsModel(
    ApplicantCases cases,
    CaseResubmissions resubmissions,
    WorkingCalendarProvider calendars,
    TimeProvider clock) : PageModel
{
    /// <summary>The largest resubmission request, all files together, in bytes.</summary>
    private const long MaxRequestBytes = 256L * 1024 * 1024;

    public ApplicationCase? Case { get; private set; }

    public IReadOnlyList<PartStatus> Parts { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken cancellationToken)
    {
        var applicant = CaseApplicants.From(HttpContext, User);
        Case = await cases.FindAsync(applicant, number, HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        if (Case is null)
        {
            return NotFound();
        }

        Notice = Request.Query.ContainsKey("resubmitted") ? "补正材料已提交，受理期限恢复计算。" : null;
        await ReadPartsAsync(cancellationToken);

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(
        string number,
        [FromForm] int departmentId,
        [FromForm] int token,
        CancellationToken cancellationToken)
    {
        var applicant = CaseApplicants.From(HttpContext, User);
        if (applicant is null)
        {
            await cases.FindAsync(null, number, HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);

            return NotFound();
        }

        var result = await resubmissions.ResubmitAsync(applicant, number, departmentId, token, Uploads(), cancellationToken);
        if (result.Outcome is ResubmissionOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome is ResubmissionOutcome.Resubmitted or ResubmissionOutcome.Repeated)
        {
            return Redirect($"/account/cases/{result.Case!.Number}?resubmitted=1");
        }

        Case = result.Case;
        Problems = result.Problems;
        Response.StatusCode = result.Outcome == ResubmissionOutcome.Invalid
            ? StatusCodes.Status422UnprocessableEntity
            : StatusCodes.Status409Conflict;
        await ReadPartsAsync(cancellationToken);

        return Page();
    }

    private async Task ReadPartsAsync(CancellationToken cancellationToken)
    {
        var calendar = await calendars.GetAsync(cancellationToken);
        var now = clock.GetUtcNow();
        Parts = [.. Case!.Parts.OrderByDescending(part => part.IsLead).ThenBy(part => part.Id)
            .Select(part => PartStatus.Read(part, calendar, now))];
    }

    /// <summary>Returns the uploaded files by material index; a file under any other field name gets index -1.</summary>
    private List<FilingUpload> Uploads()
    {
        var uploads = new List<FilingUpload>();
        foreach (var file in Request.Form.Files)
        {
            if (file.Length == 0 && string.IsNullOrEmpty(file.FileName))
            {
                continue;
            }

            var index = file.Name.StartsWith("Material", StringComparison.Ordinal)
                && int.TryParse(file.Name.AsSpan("Material".Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : -1;
            uploads.Add(new FilingUpload(index, file.FileName, file.OpenReadStream()));
        }

        return uploads;
    }
}
