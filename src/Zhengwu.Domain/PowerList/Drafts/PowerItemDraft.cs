namespace Zhengwu.Domain.PowerList.Drafts;

/// <summary>
/// A department's unpublished edit of one power item, or of an item it proposes to add. Drafts are never public;
/// publication goes through a change request and review.
/// </summary>
public sealed class PowerItemDraft
{
    public PowerItemDraft(int departmentId, string regionCode, int? powerItemId, string? itemCode, DraftElements elements)
    {
        DepartmentId = departmentId;
        RegionCode = regionCode;
        PowerItemId = powerItemId;
        ItemCode = itemCode;
        Elements = elements;
    }

    private PowerItemDraft()
    {
        RegionCode = "";
        Elements = new DraftElements();
    }

    public int Id { get; private set; }

    public int DepartmentId { get; private set; }

    public string RegionCode { get; private set; }

    /// <summary>The published item this draft changes; null when the draft proposes a new item.</summary>
    public int? PowerItemId { get; private set; }

    /// <summary>The registry code of <see cref="PowerItemId"/>, kept for lists and links.</summary>
    public string? ItemCode { get; private set; }

    /// <summary>
    /// The city item a county department drafts a take-over (承接) of; null for other drafts. A take-over draft has no
    /// <see cref="PowerItemId"/> because its publication creates the county item.
    /// </summary>
    public int? SourceItemId { get; init; }

    /// <summary>The registry code of <see cref="SourceItemId"/>, kept for lists and links.</summary>
    public string? SourceItemCode { get; init; }

    public DraftElements Elements { get; private set; }

    /// <summary>Counts the saves; a save that started from an older version is rejected, so no edit is lost.</summary>
    public int Version { get; private set; } = 1;

    public Guid CreatedById { get; private set; }

    public string CreatedByName { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public Guid UpdatedById { get; private set; }

    public string UpdatedByName { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    public void Start(Guid editorId, string editorName, DateTimeOffset now)
    {
        CreatedById = UpdatedById = editorId;
        CreatedByName = UpdatedByName = editorName;
        CreatedAt = UpdatedAt = now;
    }

    /// <summary>Replaces the elements and counts a new version.</summary>
    public void Save(DraftElements elements, Guid editorId, string editorName, DateTimeOffset now)
    {
        Elements = elements;
        UpdatedById = editorId;
        UpdatedByName = editorName;
        UpdatedAt = now;
        Version++;
    }
}
