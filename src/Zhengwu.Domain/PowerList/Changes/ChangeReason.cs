namespace Zhengwu.Domain.PowerList.Changes;

/// <summary>
/// The coded reasons for a change, as the Lanzhou rules on power and responsibility lists enumerate them: the
/// hundreds digit is the group (1 adjustments of article 9, 2 element changes of article 10, 3 suspensions of
/// article 12, 4 resumption of article 13). Codes are stored, so a code is never renumbered.
/// </summary>
public enum ChangeReason
{
    LawEnactedOrRevised = 101,
    InstitutionalReform = 102,
    MergeOrSplitNeeded = 103,
    DelegatedFromAbove = 104,
    CancelledAbove = 105,
    BetterManagedByCounty = 106,
    MarketOrSelfRegulation = 107,
    OtherAdjustment = 108,

    BasisChanged = 201,
    ElementsAdjusted = 202,
    ResponsibilitiesChanged = 203,
    StaticInformationChanged = 204,
    OtherElementChange = 205,

    NeverExercised = 301,
    NoCasesForThreeYears = 302,
    BetweenCycles = 303,
    OtherSuspension = 304,

    ResumedOnNeed = 401,
}
