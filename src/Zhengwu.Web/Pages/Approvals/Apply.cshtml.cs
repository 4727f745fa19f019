using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.Approvals;
using Zhengwu.Domain.Approvals.Cases;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Approvals.Cases;
using Zhengwu.Web.Accounts;
using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Pages.Approvals;

/// <summary>
/// The online filing form of an approval item: one upload field per material. Eligibility is checked on every
/// request, so a suspended, cancelled or not-application item gets its reason with 409 or 422 and creates nothing,
/// and a classified item reads as unknown (404). The hidden filing key, or an Idempotency-Key header, makes a
/// retried submission return the case filed first.
/// </summary>
[Authorize(AuthenticationSchemes = PublicSession.Scheme)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class ApplyModel(CaseFilings filings) : PageModel
{
    public const string IdempotencyHeader = "Idempotency-Key";

    /// <summary>The largest filing request, all files together, in bytes.</summary>
    private const long MaxRequestBytes = 256L * 1024 * 1024;

    public PowerItem? Item { get; private set; }

    public ApplicationBarrier? Barrier { get; private set; }

    public IReadOnlyList<FilingMaterial> Materials { get; private set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];

    [BindProperty]
    public string? FilingKey { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return Page();
        }

        FilingKey = Guid.NewGuid().ToString("N");

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        var applicant = CaseApplicants.From(HttpContext, User)!;
        var key = Request.Headers.TryGetValue(IdempotencyHeader, out var header) ? header.ToString() : FilingKey;
        if (CaseFilings.IsValidKey(key) && await filings.FindFiledAsync(applicant.Id, key!, cancellationToken) is { } earlier)
        {
            return Redirect($"/account/cases/{earlier.Number}/receipt");
        }

        if (!await LoadAsync(code, cancellationToken))
        {
            return Page();
        }

        if (!CaseFilings.IsValidKey(key))
        {
            FilingKey = Guid.NewGuid().ToString("N");

            return Invalid(StatusCodes.Status400BadRequest, $"提交标识“{DisplayText.Shorten(key ?? "")}”无效（应为8至64位字母、数字、“-”或“_”）。请重新打开申报页面后再提交。");
        }

        var result = await filings.FileAsync(applicant, code, key!, Uploads(), cancellationToken);

        return result.Outcome switch
        {
            FilingOutcome.Filed or FilingOutcome.Repeated => Redirect($"/account/cases/{result.Case!.Number}/receipt"),
            FilingOutcome.Invalid => Invalid(StatusCodes.Status422UnprocessableEntity, [.. result.Problems]),
            _ => Refuse(result.Barrier ?? new ApplicationBarrier.NotPublished(DisplayText.Shorten(code))),
        };
    }

    /// <summary>Loads the item and its form fields; returns false, with the status set, when it may not be applied for.</summary>
    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        var (item, barrier) = await filings.CheckItemAsync(code, cancellationToken);
        if (item is null || barrier is not null)
        {
            Refuse(item is null ? new ApplicationBarrier.NotPublished(DisplayText.Shorten(code)) : barrier!);

            return false;
        }

        Item = item;
        Materials = FilingMaterials.For(item.Materials);

        return true;
    }

    private PageResult Refuse(ApplicationBarrier barrier)
    {
        Barrier = barrier;
        Item = null;
        Response.StatusCode = StatusFor(barrier);

        return Page();
    }

    private PageResult Invalid(int status, params string[] problems)
    {
        Problems = problems;
        Response.StatusCode = status;

        return Page();
    }

    /// <summary>
    /// Returns the uploads of the form by material index. Empty parts, which browsers send for a field left
    /// blank, are skipped; a file under any other field name gets index -1, which the filing rejects.
    /// </summary>
    private List<FilingUpload> Uploads()
    {
        var uploads = new List<FilingUpload>();
        foreach (var file in Request.Form.Files)
        {
            if (file.Length == 0 && string.IsNullOrEmpty(file.FileName))
            {
                continue;
            }

            var index = Materials.FirstOrDefault(material => material.FieldName == file.Name)?.Index ?? -1;
            uploads.Add(new FilingUpload(index, file.FileName, file.OpenReadStream()));
        }

        return uploads;
    }

    private static int StatusFor(ApplicationBarrier barrier) => barrier switch
    {
        ApplicationBarrier.NotPublished => StatusCodes.Status404NotFound,
        ApplicationBarrier.NotHandledOnApplication => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status409Conflict,
    };
}
