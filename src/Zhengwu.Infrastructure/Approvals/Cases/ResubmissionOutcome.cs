namespace Zhengwu.Infrastructure.Approvals.Cases;

/// <summary>How a resubmission after a correction request ended.</summary>
public enum ResubmissionOutcome
{
    /// <summary>The new files replaced the listed materials and acceptance counting resumed.</summary>
    Resubmitted = 1,

    /// <summary>The form was already resubmitted; nothing was written again.</summary>
    Repeated = 2,

    /// <summary>The case is unknown or not the applicant's; the attempt was audited as denied.</summary>
    NotFound = 3,

    /// <summary>The case does not wait for this correction, or changed since the form was shown; nothing was written.</summary>
    Refused = 4,

    /// <summary>A listed material has no file, or a file broke the upload rules; nothing was written.</summary>
    Invalid = 5,
}
