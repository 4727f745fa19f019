using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.PowerList.Changes;

namespace Zhengwu.Domain.Tests.PowerList.Changes;

/// <summary>
/// The change-request workflow written out by hand from the rules, so that tests compare the code with the rules
/// and never with the code's own tables.
/// </summary>
internal static class WorkflowRules
{
    /// <summary>Returns the state a step leads to, or null when the state does not permit the step.</summary>
    public static ChangeStatus? Target(
        ChangeKind kind,
        bool basisChanged,
        ChangeStatus status,
        ChangeTrigger trigger) => (status, trigger) switch
        {
            (ChangeStatus.Draft or ChangeStatus.Returned, ChangeTrigger.Edit) => status,
            (ChangeStatus.Draft or ChangeStatus.Returned, ChangeTrigger.Submit) =>
                basisChanged ? ChangeStatus.LegalReview : ChangeStatus.OfficeReview,
            (ChangeStatus.Draft or ChangeStatus.Returned, ChangeTrigger.Withdraw) => ChangeStatus.Withdrawn,
            (ChangeStatus.LegalReview, ChangeTrigger.ConfirmLegalBasis) => ChangeStatus.OfficeReview,
            (ChangeStatus.LegalReview, ChangeTrigger.Return) => ChangeStatus.Returned,
            (ChangeStatus.OfficeReview, ChangeTrigger.Approve) => ApprovedTo(kind),
            (ChangeStatus.OfficeReview, ChangeTrigger.Return) => ChangeStatus.Returned,
            (ChangeStatus.AwaitingGovernmentDecision, ChangeTrigger.RecordGovernmentDecision) =>
                ChangeStatus.FinalReview,
            (ChangeStatus.AwaitingGovernmentDecision, ChangeTrigger.Return) => ChangeStatus.Returned,
            (ChangeStatus.FinalReview, ChangeTrigger.FinalApprove) => ChangeStatus.Published,
            (ChangeStatus.FinalReview, ChangeTrigger.Return) => ChangeStatus.Returned,
            _ => null,
        };

    /// <summary>Returns the role that takes a step the state permits.</summary>
    public static StaffRole Taker(ChangeStatus status, ChangeTrigger trigger) => (status, trigger) switch
    {
        (_, ChangeTrigger.Edit) => StaffRole.ContentOfficer,
        (_, ChangeTrigger.Submit or ChangeTrigger.Withdraw) => StaffRole.DepartmentLead,
        (ChangeStatus.LegalReview, ChangeTrigger.ConfirmLegalBasis or ChangeTrigger.Return) =>
            StaffRole.LegalAffairsReviewer,
        _ => StaffRole.ReviewOfficeReviewer,
    };

    /// <summary>
    /// Returns whether the taker of a step is in scope: content officers and leads only in the request's own
    /// department, reviewers anywhere in the request's region.
    /// </summary>
    public static bool InScope(StaffRole taker, ScopeCase scope) => taker switch
    {
        StaffRole.ContentOfficer or StaffRole.DepartmentLead => scope == ScopeCase.SameDepartment,
        _ => scope != ScopeCase.OtherRegion,
    };

    /// <summary>
    /// Returns the error a step must give when the actor has never edited or submitted the request and the input is
    /// valid, or null when the step must be taken.
    /// </summary>
    public static ChangeError? ExpectedError(
        ChangeKind kind,
        bool basisChanged,
        ChangeStatus status,
        ChangeTrigger trigger,
        StaffRole role,
        ScopeCase scope)
    {
        if (Target(kind, basisChanged, status, trigger) is null)
        {
            return new ChangeError.StepNotAllowed(status, trigger);
        }

        if (role != Taker(status, trigger))
        {
            return new ChangeError.WrongRole(role, trigger);
        }

        return InScope(role, scope) ? null : new ChangeError.OutsideScope();
    }

    private static ChangeStatus ApprovedTo(ChangeKind kind) => kind switch
    {
        ChangeKind.Add or ChangeKind.Cancel or ChangeKind.Delegate or ChangeKind.TakeOver or ChangeKind.Merge
            or ChangeKind.Split => ChangeStatus.AwaitingGovernmentDecision,
        ChangeKind.Resume => ChangeStatus.FinalReview,
        ChangeKind.ElementChange or ChangeKind.Suspend => ChangeStatus.Published,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
