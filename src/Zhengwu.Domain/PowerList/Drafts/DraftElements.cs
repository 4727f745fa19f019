using Zhengwu.Domain.PowerList.Parsing;

namespace Zhengwu.Domain.PowerList.Drafts;

/// <summary>
/// The elements of a power item as a content officer edits them: one text per element, in the form that
/// published lists use, so that the same parsers turn them into the item a preview shows.
/// </summary>
public sealed class DraftElements
{
    public const int MaxNameLength = 300;
    public const int MaxShortTextLength = 500;
    public const int MaxLongTextLength = 20_000;

    public string Name { get; set; } = "";

    public PowerType Type { get; set; }

    /// <summary>The implementing agencies as one cell, e.g. 兰州市市场监督管理局（法定）.</summary>
    public string? AgencyText { get; set; }

    public string? HandlingDivision { get; set; }

    public string? ExerciseLevel { get; set; }

    public string? ServiceObject { get; set; }

    /// <summary>The legal bases as one cell, e.g. 《中华人民共和国食品安全法》第三十五条.</summary>
    public string? LegalBasisText { get; set; }

    /// <summary>The statutory time limit as the law writes it, e.g. 自受理之日起20日内作出决定.</summary>
    public string? StatutoryTimeLimitText { get; set; }

    public string? PromisedTimeLimitText { get; set; }

    /// <summary>不收费, or the fee standard as published.</summary>
    public string? FeeText { get; set; }

    public string? FeeBasis { get; set; }

    /// <summary>One material per line.</summary>
    public string? MaterialsText { get; set; }

    /// <summary>One condition per line.</summary>
    public string? AcceptanceConditionsText { get; set; }

    /// <summary>One step per line.</summary>
    public string? ProcedureText { get; set; }

    public string? OfficeAddress { get; set; }

    public string? OfficeHours { get; set; }

    public string? SupervisionChannel { get; set; }

    public string? SupervisionPhone { get; set; }

    public string? Remarks { get; set; }

    /// <summary>
    /// The responsibility items in published order. Null leaves the item's responsibility items as they are, which
    /// is how drafts saved before they became editable read.
    /// </summary>
    public List<DraftResponsibility>? Responsibilities { get; set; }

    /// <summary>Returns a separate copy, so that a stored snapshot never shares an instance with a draft.</summary>
    public DraftElements Copy()
    {
        var copy = (DraftElements)MemberwiseClone();
        copy.Responsibilities = DraftResponsibilities.Copy(Responsibilities);

        return copy;
    }

    /// <summary>Copies the elements of a published item into editable text.</summary>
    public static DraftElements From(PowerItem item) => new()
    {
        Name = item.Name,
        Type = item.Type,
        AgencyText = item.AgencyText ?? JoinAgencies(item.Agencies),
        HandlingDivision = item.HandlingDivision,
        ExerciseLevel = item.ExerciseLevel,
        ServiceObject = item.ServiceObject,
        LegalBasisText = item.LegalBasisText ?? JoinBases(item.LegalBases),
        StatutoryTimeLimitText = item.StatutoryTimeLimit?.Text,
        PromisedTimeLimitText = item.PromisedTimeLimit?.Text,
        FeeText = item.Fee is { } fee ? (fee.Charged ? fee.Standard ?? "收费" : "不收费") : null,
        FeeBasis = item.Fee?.Basis,
        MaterialsText = JoinLines(item.Materials),
        AcceptanceConditionsText = JoinLines(item.AcceptanceConditions),
        ProcedureText = JoinLines(item.ProcedureSteps),
        OfficeAddress = item.OfficeAddress,
        OfficeHours = item.OfficeHours,
        SupervisionChannel = item.SupervisionChannel,
        SupervisionPhone = item.SupervisionPhone,
        Remarks = item.Remarks,
        Responsibilities = DraftResponsibilities.From(item.ResponsibilityItems),
    };

    /// <summary>Returns the problems that keep these elements from being saved, each naming the field and the fix.</summary>
    public IReadOnlyList<DraftProblem> Validate()
    {
        var problems = new List<DraftProblem>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add(new(nameof(Name), "事项名称不能为空，请填写事项名称。"));
        }

        if (!Enum.IsDefined(Type))
        {
            problems.Add(new(nameof(Type), $"权力类型“{(int)Type}”无效，请从列表中选择一种类型。"));
        }

        CheckLength(problems, nameof(Name), "事项名称", Name, MaxNameLength);
        foreach (var (field, label, value, maxLength) in Texts())
        {
            CheckLength(problems, field, label, value, maxLength);
        }

        if (Enum.IsDefined(Type))
        {
            CheckTimeLimit(problems, nameof(StatutoryTimeLimitText), "法定办结时限", StatutoryTimeLimitText);
            CheckTimeLimit(problems, nameof(PromisedTimeLimitText), "承诺办结时限", PromisedTimeLimitText);
        }

        // The parser keeps text without 《》 as a citation titled by that text, so only a title in 《》 shows that a
        // law or regulation is named.
        if (!string.IsNullOrWhiteSpace(LegalBasisText) && !LegalBasisText.Contains('《', StringComparison.Ordinal))
        {
            problems.Add(new(
                nameof(LegalBasisText),
                $"无法识别设定依据“{Quote(LegalBasisText)}”：请用书名号写出法律法规名称，如《中华人民共和国行政许可法》第十二条。"));
        }

        DraftResponsibilities.Validate(Responsibilities, problems);

        return problems;
    }

    /// <summary>Sets these elements on <paramref name="item"/> as an import of the same cells would.</summary>
    public void ApplyTo(PowerItem item)
    {
        item.Name = Name.Trim();
        item.Type = Type;
        item.AgencyText = Clean(AgencyText);
        item.Agencies = [.. AgencyParser.Parse(AgencyText)];
        item.HandlingDivision = Clean(HandlingDivision);
        item.ExerciseLevel = Clean(ExerciseLevel);
        item.ServiceObject = Clean(ServiceObject);
        item.LegalBasisText = Clean(LegalBasisText);
        item.LegalBases = [.. LegalBasisParser.Parse(LegalBasisText)];
        item.StatutoryTimeLimit = ParseTimeLimit(StatutoryTimeLimitText);
        item.PromisedTimeLimit = ParseTimeLimit(PromisedTimeLimitText);
        item.Fee = ParseFee();
        item.Materials = [.. Lines(MaterialsText)];
        item.AcceptanceConditions = [.. Lines(AcceptanceConditionsText)];
        item.ProcedureSteps = [.. Lines(ProcedureText)];
        item.OfficeAddress = Clean(OfficeAddress);
        item.OfficeHours = Clean(OfficeHours);
        item.SupervisionChannel = Clean(SupervisionChannel);
        item.SupervisionPhone = Clean(SupervisionPhone);
        item.Remarks = Clean(Remarks);
        if (Responsibilities is not null)
        {
            DraftResponsibilities.ApplyTo(Responsibilities, item);
        }

        item.RefreshCompleteness();
    }

    /// <summary>
    /// Returns the Chinese labels of the elements whose text differs between this and <paramref name="other"/>;
    /// texts that differ only in their line breaks (CRLF or LF) are the same.
    /// </summary>
    public IReadOnlyList<string> ChangedFields(DraftElements other)
    {
        var changed = new List<string>();
        if (Name != other.Name)
        {
            changed.Add("事项名称");
        }

        if (Type != other.Type)
        {
            changed.Add("权力类型");
        }

        var mine = Texts().ToList();
        var theirs = other.Texts().ToList();
        for (var index = 0; index < mine.Count; index++)
        {
            // Browsers send the line breaks of a text area as CRLF, while texts copied from an item use LF.
            if ((mine[index].Value ?? "").ReplaceLineEndings("\n") != (theirs[index].Value ?? "").ReplaceLineEndings("\n"))
            {
                changed.Add(mine[index].Label);
            }
        }

        // A draft saved before responsibility items became editable has none to compare.
        if (Responsibilities is not null && other.Responsibilities is not null
            && !DraftResponsibilities.Same(Responsibilities, other.Responsibilities))
        {
            changed.Add("责任事项");
        }

        return changed;
    }

    /// <summary>Lists the text elements with their labels and length limits, in the order the edit form shows them.</summary>
    private IEnumerable<(string Field, string Label, string? Value, int MaxLength)> Texts() =>
    [
        (nameof(AgencyText), "实施机关", AgencyText, MaxLongTextLength),
        (nameof(HandlingDivision), "承办处室", HandlingDivision, MaxShortTextLength),
        (nameof(ExerciseLevel), "行使层级", ExerciseLevel, MaxShortTextLength),
        (nameof(ServiceObject), "服务对象", ServiceObject, MaxShortTextLength),
        (nameof(LegalBasisText), "设定依据", LegalBasisText, MaxLongTextLength),
        (nameof(StatutoryTimeLimitText), "法定办结时限", StatutoryTimeLimitText, MaxShortTextLength),
        (nameof(PromisedTimeLimitText), "承诺办结时限", PromisedTimeLimitText, MaxShortTextLength),
        (nameof(FeeText), "收费标准", FeeText, MaxShortTextLength),
        (nameof(FeeBasis), "收费依据", FeeBasis, MaxLongTextLength),
        (nameof(MaterialsText), "申请材料", MaterialsText, MaxLongTextLength),
        (nameof(AcceptanceConditionsText), "受理条件", AcceptanceConditionsText, MaxLongTextLength),
        (nameof(ProcedureText), "办理流程", ProcedureText, MaxLongTextLength),
        (nameof(OfficeAddress), "办公地址", OfficeAddress, MaxShortTextLength),
        (nameof(OfficeHours), "办公时间", OfficeHours, MaxShortTextLength),
        (nameof(SupervisionChannel), "监督方式", SupervisionChannel, MaxShortTextLength),
        (nameof(SupervisionPhone), "监督电话", SupervisionPhone, MaxShortTextLength),
        (nameof(Remarks), "备注", Remarks, MaxLongTextLength),
    ];

    private void CheckTimeLimit(List<DraftProblem> problems, string field, string label, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text) && !TimeLimitParser.TryParse(text, Type, out _))
        {
            problems.Add(new(
                field,
                $"无法识别{label}“{Quote(text)}”：请写成“自受理之日起20日内”“20个工作日”或“3个月”。"));
        }
    }

    private static void CheckLength(List<DraftProblem> problems, string field, string label, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            problems.Add(new(field, $"{label}共 {value.Length} 个字，超过上限 {max} 个字，请删减后再保存。"));
        }
    }

    private TimeLimit? ParseTimeLimit(string? text) =>
        !string.IsNullOrWhiteSpace(text) && TimeLimitParser.TryParse(text, Type, out var limit) ? limit : null;

    private Fee? ParseFee()
    {
        var text = Clean(FeeText);
        if (text is null)
        {
            return null;
        }

        var free = Fee.IsFreeText(text);

        return new Fee { Charged = !free, Standard = free ? null : text, Basis = Clean(FeeBasis) };
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string[] Lines(string? text) =>
        (text ?? "").Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? JoinLines(List<string> lines) => lines.Count == 0 ? null : string.Join('\n', lines);

    private static string? JoinAgencies(List<ImplementingAgency> agencies) =>
        agencies.Count == 0 ? null : string.Join('；', agencies.Select(agency => agency.Name));

    private static string? JoinBases(List<LegalBasis> bases) =>
        bases.Count == 0 ? null : string.Concat(bases.Select(basis => $"《{basis.Title}》{basis.Articles}"));

    private static string Quote(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
