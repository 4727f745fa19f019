using Zhengwu.Domain.Accounts;

namespace Zhengwu.Web.Tests.Staff.PowerList;

/// <summary>Whose content a request of the access matrix names, seen from the actor.</summary>
public enum AccessTarget
{
    /// <summary>The actor's own department: its items, its drafts and their attachments.</summary>
    OwnDepartment,

    /// <summary>Another department of the actor's region.</summary>
    SameRegionDepartment,

    /// <summary>A department of another region: a county for city staff, the city for county staff.</summary>
    OtherRegionDepartment,

    /// <summary>Ids that exist nowhere: a department, a draft, an attachment and a well-formed item code.</summary>
    MissingIds,

    /// <summary>The actor's own draft with the attachment id of another department's draft.</summary>
    ForeignAttachmentOnOwnDraft,

    /// <summary>No target in the request: the lists of one's own drafts and a new draft of one's own department.</summary>
    None,
}

/// <summary>Every request of the back office that reads or changes department content.</summary>
public enum AccessAction
{
    ItemsPage,
    ExportCsv,
    ExportXlsx,
    ItemsApi,
    DraftPage,
    DraftPreview,
    DraftAttachment,
    DraftApi,
    SaveDraft,
    DeleteDraft,
    UploadAttachment,
    RemoveAttachment,
    StartDraftFromItem,
    DraftListPage,
    DraftListApi,
    StartNewDraft,
}

/// <summary>How far a role reaches with one kind of action.</summary>
public enum Reach
{
    Nothing,
    OwnDepartment,
    OwnRegion,
}

/// <summary>
/// The requirement written out by hand, independent of <c>ContentAccess</c>: staff see and change only their own
/// department's content, and review offices read the items of their own region. Content officers read and edit
/// their own department; department leads read it, drafts included, and edit nothing; review office and legal
/// affairs reviewers read and export the items of any department of their region and no drafts; every other role
/// reaches nothing.
/// </summary>
public static class AccessRule
{
    public static IReadOnlyDictionary<StaffRole, (Reach Items, Reach Drafts, Reach Edit)> Table { get; } =
        new Dictionary<StaffRole, (Reach Items, Reach Drafts, Reach Edit)>
        {
            [StaffRole.ContentOfficer] = (Reach.OwnDepartment, Reach.OwnDepartment, Reach.OwnDepartment),
            [StaffRole.DepartmentLead] = (Reach.OwnDepartment, Reach.OwnDepartment, Reach.Nothing),
            [StaffRole.ReviewOfficeReviewer] = (Reach.OwnRegion, Reach.Nothing, Reach.Nothing),
            [StaffRole.LegalAffairsReviewer] = (Reach.OwnRegion, Reach.Nothing, Reach.Nothing),
            [StaffRole.FinanceBureau] = (Reach.Nothing, Reach.Nothing, Reach.Nothing),
            [StaffRole.PovertyReliefOffice] = (Reach.Nothing, Reach.Nothing, Reach.Nothing),
            [StaffRole.BigDataBureau] = (Reach.Nothing, Reach.Nothing, Reach.Nothing),
            [StaffRole.ServiceCenterAdministrator] = (Reach.Nothing, Reach.Nothing, Reach.Nothing),
            [StaffRole.SystemAdministrator] = (Reach.Nothing, Reach.Nothing, Reach.Nothing),
            [StaffRole.SecurityAdministrator] = (Reach.Nothing, Reach.Nothing, Reach.Nothing),
            [StaffRole.AuditAdministrator] = (Reach.Nothing, Reach.Nothing, Reach.Nothing),
        };

    /// <summary>The actions that name a department: its item list on the page and the API, and its exports.</summary>
    public static IReadOnlyList<AccessAction> ItemActions { get; } =
        [AccessAction.ItemsPage, AccessAction.ExportCsv, AccessAction.ExportXlsx, AccessAction.ItemsApi];

    public static IReadOnlyList<AccessAction> DraftReadActions { get; } =
        [AccessAction.DraftPage, AccessAction.DraftPreview, AccessAction.DraftAttachment, AccessAction.DraftApi];

    public static IReadOnlyList<AccessAction> DraftEditActions { get; } =
    [
        AccessAction.SaveDraft, AccessAction.DeleteDraft, AccessAction.UploadAttachment,
        AccessAction.RemoveAttachment, AccessAction.StartDraftFromItem,
    ];

    /// <summary>The actions without a target: they act on the actor's own department by construction.</summary>
    public static IReadOnlyList<AccessAction> UntargetedActions { get; } =
        [AccessAction.DraftListPage, AccessAction.DraftListApi, AccessAction.StartNewDraft];

    /// <summary>The targets a targeted action is tried on; attachment actions also get a foreign attachment id.</summary>
    public static IEnumerable<AccessTarget> TargetsOf(AccessAction action)
    {
        if (UntargetedActions.Contains(action))
        {
            yield return AccessTarget.None;
            yield break;
        }

        yield return AccessTarget.OwnDepartment;
        yield return AccessTarget.SameRegionDepartment;
        yield return AccessTarget.OtherRegionDepartment;
        yield return AccessTarget.MissingIds;
        if (action is AccessAction.DraftAttachment or AccessAction.RemoveAttachment)
        {
            yield return AccessTarget.ForeignAttachmentOnOwnDraft;
        }
    }

    /// <summary>Returns whether the requirement lets <paramref name="role"/> take <paramref name="action"/> on <paramref name="target"/>.</summary>
    public static bool Allows(StaffRole role, AccessTarget target, AccessAction action)
    {
        var (items, drafts, edit) = Table[role];
        var reach = action switch
        {
            AccessAction.ItemsPage or AccessAction.ExportCsv or AccessAction.ExportXlsx or AccessAction.ItemsApi => items,
            AccessAction.DraftPage or AccessAction.DraftPreview or AccessAction.DraftAttachment or AccessAction.DraftApi
                or AccessAction.DraftListPage or AccessAction.DraftListApi => drafts,
            _ => edit,
        };

        return target switch
        {
            AccessTarget.OwnDepartment or AccessTarget.None => reach is Reach.OwnDepartment or Reach.OwnRegion,
            AccessTarget.SameRegionDepartment => reach is Reach.OwnRegion,
            _ => false,
        };
    }
}
