namespace Zhengwu.Domain.DutyList;

/// <summary>
/// A department's unpublished edit of its duty list; one per department. Drafts are never public; publication goes
/// through a change request and the review office.
/// </summary>
public sealed class DutyListDraft
{
    public DutyListDraft(int departmentId, string regionCode, DutyListElements elements)
    {
        DepartmentId = departmentId;
        RegionCode = regionCode;
        Elements = elements;
    }

    private DutyListDraft()
    {
        RegionCode = "";
        Elements = new DutyListElements();
    }

    public int Id { get; private set; }

    public int DepartmentId { get; private set; }

    public string RegionCode { get; private set; }

    public DutyListElements Elements { get; private set; }

    /// <summary>Counts the saves; a save that started from an older version is rejected, so no edit is lost.</summary>
    public int Version { get; private set; } = 1;

    public Guid UpdatedById { get; private set; }

    public string UpdatedByName { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Replaces the contents and records the editor; the first call starts the draft at version 1.</summary>
    public void Save(DutyListElements elements, Guid editorId, string editorName, DateTimeOffset now)
    {
        if (UpdatedAt != default)
        {
            Version++;
        }

        Elements = elements;
        UpdatedById = editorId;
        UpdatedByName = editorName;
        UpdatedAt = now;
    }
}
