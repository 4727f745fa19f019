using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Audit;

namespace Zhengwu.Web.Pages.Staff.Audit;

/// <summary>
/// Verifies the hash chain of the audit log on request and records the verification, with its outcome, as an
/// audit record of its own.
/// </summary>
public sealed class VerifyModel(AuditLog log) : PageModel
{
    public AuditVerification? Verification { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        Verification = await log.VerifyAsync(cancellationToken);
        var result = Verification.IsValid ? AuditResult.Succeeded : AuditResult.Failed;
        var entry = AuditLogEntry.For(HttpContext, AuditActions.AuditVerified, result, Describe(Verification));
        await log.AppendAsync(entry, cancellationToken);
    }

    private static string Describe(AuditVerification verification) => verification.Break is { } found
        ? string.Create(
            CultureInfo.InvariantCulture,
            $"{verification.Count} records verified, broken at #{found.RecordId}: {found.LogMessage}")
        : string.Create(
            CultureInfo.InvariantCulture,
            $"{verification.Count} records verified, last #{verification.Last.Id} {verification.Last.Hash}");
}
