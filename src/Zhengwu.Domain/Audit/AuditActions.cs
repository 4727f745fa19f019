namespace Zhengwu.Domain.Audit;

/// <summary>
/// The stable action codes of audit records. Reports and exports filter on these strings, so a code is never
/// renamed once records carry it.
/// </summary>
public static class AuditActions
{
    public const string LoginSucceeded = "login.succeeded";
    public const string LoginFailed = "login.failed";
    public const string Logout = "logout";
    public const string PasswordChanged = "password.changed";
    public const string SecondFactorEnrolled = "second-factor.enrolled";
    public const string AccountCreated = "account.created";
    public const string AccountLocked = "account.locked";
    public const string AccessDenied = "access.denied";
    public const string RoleChanged = "role.changed";
    public const string RoleRequested = "role.requested";
    public const string RoleApproved = "role.approved";
    public const string RoleRejected = "role.rejected";
    public const string AccountDisabled = "account.disabled";
    public const string AccountEnabled = "account.enabled";
    public const string PasswordReset = "password.reset";
    public const string ContentChanged = "content.changed";
    public const string ContentPublished = "content.published";
    public const string Export = "export";
    public const string PersonalDataRead = "personal-data.read";

    /// <summary>Records older than the retention period were removed from the log.</summary>
    public const string AuditPurged = "audit.purged";

    /// <summary>The audit administrator verified the hash chain of the log.</summary>
    public const string AuditVerified = "audit.verified";

    /// <summary>A public account filed an application against an approval item.</summary>
    public const string CaseFiled = "case.filed";

    /// <summary>The public sent an inquiry or complaint.</summary>
    public const string FeedbackReceived = "feedback.received";

    /// <summary>Department staff answered an inquiry or complaint.</summary>
    public const string FeedbackAnswered = "feedback.answered";

    /// <summary>A department lead published an answered inquiry or complaint.</summary>
    public const string FeedbackPublished = "feedback.published";

    /// <summary>Staff took a handling step on a case part, or the system recorded a deemed acceptance.</summary>
    public const string CaseHandled = "case.handled";

    /// <summary>A public account replaced the materials a correction request listed.</summary>
    public const string CaseResubmitted = "case.resubmitted";
}
