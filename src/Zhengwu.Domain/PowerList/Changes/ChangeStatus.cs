namespace Zhengwu.Domain.PowerList.Changes;

/// <summary>The review state of a change request.</summary>
public enum ChangeStatus
{
    /// <summary>The content officer is writing it, and only its own department can read it.</summary>
    Draft = 1,

    /// <summary>Submitted with a changed legal basis: the legal affairs office checks the basis first.</summary>
    LegalReview = 2,

    /// <summary>The review office of the same level reviews it.</summary>
    OfficeReview = 3,

    /// <summary>Reviewed; the government's decision (meeting, date, document number) is still to be recorded.</summary>
    AwaitingGovernmentDecision = 4,

    /// <summary>The government decided; the review office's final review publishes it.</summary>
    FinalReview = 5,

    /// <summary>Returned with a reason; the department revises and resubmits it.</summary>
    Returned = 6,

    /// <summary>Published as a new version of the list. Final.</summary>
    Published = 7,

    /// <summary>Withdrawn by the department before it was published. Final.</summary>
    Withdrawn = 8,
}
