namespace Zhengwu.Domain.PowerList;

/// <summary>One administrative power or public service of one department, with every published element.</summary>
public sealed class PowerItem
{
    public PowerItem(string code, string name, PowerType type, int departmentId, string regionCode)
    {
        Code = code;
        Name = name;
        Type = type;
        DepartmentId = departmentId;
        RegionCode = regionCode;
    }

    public int Id { get; private set; }

    /// <summary>The registry's code, stable for the item's life and never given to another item.</summary>
    public string Code { get; private set; }

    /// <summary>The 31-character national implementation code, when the item has one.</summary>
    public string? NationalCode { get; set; }

    public string Name { get; set; }

    /// <summary>The name as the source list printed it, with footnote marks such as *.</summary>
    public string? NameText { get; set; }

    public PowerType Type { get; set; }

    public int DepartmentId { get; set; }

    public string RegionCode { get; set; }

    /// <summary>
    /// The city item a county item was taken or delegated from. Null for city items and for items a county added
    /// itself.
    /// </summary>
    public int? SourceItemId { get; set; }

    public List<ImplementingAgency> Agencies { get; set; } = [];

    /// <summary>The implementing agency cell as published.</summary>
    public string? AgencyText { get; set; }

    public string? HandlingDivision { get; set; }

    /// <summary>The levels that exercise the power, e.g. 市级 or 市县两级.</summary>
    public string? ExerciseLevel { get; set; }

    public string? ServiceObject { get; set; }

    public List<LegalBasis> LegalBases { get; set; } = [];

    /// <summary>The legal basis cell as published.</summary>
    public string? LegalBasisText { get; set; }

    public TimeLimit? StatutoryTimeLimit { get; set; }

    public TimeLimit? PromisedTimeLimit { get; set; }

    public Fee? Fee { get; set; }

    public List<string> Materials { get; set; } = [];

    public string? MaterialsBasis { get; set; }

    public List<string> AcceptanceConditions { get; set; } = [];

    public string? AcceptanceConditionsBasis { get; set; }

    /// <summary>The external procedure as ordered steps; the public flowchart is drawn from them.</summary>
    public List<string> ProcedureSteps { get; set; } = [];

    public string? ProcedureBasis { get; set; }

    public string? SupervisionChannel { get; set; }

    public string? SupervisionPhone { get; set; }

    public string? OfficeAddress { get; set; }

    public string? OfficeHours { get; set; }

    public List<FaqEntry> Faqs { get; set; } = [];

    public List<ResponsibilityItem> ResponsibilityItems { get; set; } = [];

    public string? Remarks { get; set; }

    /// <summary>Notes on how the elements are to be read, e.g. that days are working days.</summary>
    public string? Explanation { get; set; }

    public PowerItemStatus Status { get; set; } = PowerItemStatus.InForce;

    /// <summary>Classified items are stored but never shown, counted or exported publicly.</summary>
    public bool IsClassified { get; set; }

    /// <summary>True while <see cref="MissingElements"/> returns anything; stored so lists can filter on it.</summary>
    public bool IsIncomplete { get; private set; }

    /// <summary>A digest of the imported elements, so that importing an unchanged row writes nothing.</summary>
    public string ContentHash { get; set; } = "";

    /// <summary>A digest of the last imported full element row, kept apart from <see cref="ContentHash"/>.</summary>
    public string ElementsHash { get; set; } = "";

    /// <summary>Normalised text of the searchable fields, used to confirm index candidates.</summary>
    public string SearchText { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsPublic => !IsClassified && Status != PowerItemStatus.Cancelled;

    /// <summary>Returns the Chinese names of the elements a published item needs but this one lacks.</summary>
    public IReadOnlyList<string> MissingElements()
    {
        var missing = new List<string>();
        if (LegalBases.Count == 0)
        {
            missing.Add("设定和实施依据");
        }

        if (Agencies.Count == 0)
        {
            missing.Add("实施机关");
        }

        if (Type.IsHandledOnApplication())
        {
            AddApplicationElements(missing);
        }

        return missing;
    }

    /// <summary>Recomputes <see cref="IsIncomplete"/> after the elements changed.</summary>
    public void RefreshCompleteness() => IsIncomplete = MissingElements().Count > 0;

    private void AddApplicationElements(List<string> missing)
    {
        if (StatutoryTimeLimit is null)
        {
            missing.Add("法定办结时限");
        }

        if (Materials.Count == 0)
        {
            missing.Add("申请材料");
        }

        if (ProcedureSteps.Count == 0)
        {
            missing.Add("办理流程");
        }

        if (Fee is null)
        {
            missing.Add("收费标准");
        }
    }
}
