using Zhengwu.Domain.PowerList.Drafts;

namespace Zhengwu.Web.Pages.Staff.Drafts;

/// <summary>One text element of the draft form, with the stored value of a conflicting save when it differs.</summary>
public sealed record DraftFormField(string Name, string Label, string? Value, bool Multiline, string? Hint, string? ConflictValue)
{
    public string Id => "element-" + Name;

    public int Rows => Multiline ? 4 : 1;
}

/// <summary>The text elements of the draft form in the order of the public item page.</summary>
public static class DraftFormFields
{
    public static IEnumerable<DraftFormField> For(DraftElements elements, DraftElements? conflict)
    {
        DraftFormField Field(string name, string label, Func<DraftElements, string?> value, bool multiline = false, string? hint = null)
        {
            var stored = conflict is null ? null : value(conflict) ?? "";

            var same = stored?.ReplaceLineEndings("\n") == (value(elements) ?? "").ReplaceLineEndings("\n");

            return new(name, label, value(elements), multiline, hint, same ? null : stored);
        }

        yield return Field(nameof(DraftElements.AgencyText), "实施机关", e => e.AgencyText, hint: "多个机关用“；”分隔，性质写在括号内，如：兰州市市场监督管理局（法定）");
        yield return Field(nameof(DraftElements.HandlingDivision), "承办处室", e => e.HandlingDivision);
        yield return Field(nameof(DraftElements.ExerciseLevel), "行使层级", e => e.ExerciseLevel, hint: "如：市级、市县两级");
        yield return Field(nameof(DraftElements.ServiceObject), "服务对象", e => e.ServiceObject);
        yield return Field(nameof(DraftElements.LegalBasisText), "设定和实施依据", e => e.LegalBasisText, multiline: true, hint: "用书名号写出法律法规名称和条款，如：《中华人民共和国食品安全法》第三十五条");
        yield return Field(nameof(DraftElements.StatutoryTimeLimitText), "法定办结时限", e => e.StatutoryTimeLimitText, hint: "如：自受理之日起20日内作出决定（行政许可的“日”为工作日）");
        yield return Field(nameof(DraftElements.PromisedTimeLimitText), "承诺办结时限", e => e.PromisedTimeLimitText, hint: "如：10个工作日");
        yield return Field(nameof(DraftElements.FeeText), "收费标准", e => e.FeeText, hint: "不收费的写“不收费”");
        yield return Field(nameof(DraftElements.FeeBasis), "收费依据", e => e.FeeBasis);
        yield return Field(nameof(DraftElements.MaterialsText), "申请材料", e => e.MaterialsText, multiline: true, hint: "每行一项");
        yield return Field(nameof(DraftElements.AcceptanceConditionsText), "受理条件", e => e.AcceptanceConditionsText, multiline: true, hint: "每行一项");
        yield return Field(nameof(DraftElements.ProcedureText), "办理流程", e => e.ProcedureText, multiline: true, hint: "每行一步，按先后顺序");
        yield return Field(nameof(DraftElements.OfficeAddress), "办公地址", e => e.OfficeAddress);
        yield return Field(nameof(DraftElements.OfficeHours), "办公时间", e => e.OfficeHours);
        yield return Field(nameof(DraftElements.SupervisionChannel), "监督方式", e => e.SupervisionChannel);
        yield return Field(nameof(DraftElements.SupervisionPhone), "监督电话", e => e.SupervisionPhone);
        yield return Field(nameof(DraftElements.Remarks), "备注", e => e.Remarks, multiline: true);
    }
}
