namespace Zhengwu.Infrastructure.PowerList.Import;

/// <summary>
/// The column names of published power lists. The Chinese headers are canonical; English and variant
/// headers found in real lists are read as their aliases.
/// </summary>
public static class PowerItemColumns
{
    public const string Sequence = "序号";
    public const string Department = "主管部门";
    public const string Name = "事项名称";
    public const string Type = "权力类型";
    public const string Agency = "实施机关";
    public const string LegalBasis = "设定和实施依据";
    public const string Remarks = "备注";
    public const string Code = "事项编码";
    public const string NationalCode = "国家实施编码";
    public const string RegionCode = "区划代码";
    public const string ExerciseLevel = "行使层级";
    public const string HandlingDivision = "承办处室";
    public const string ServiceObject = "服务对象";
    public const string StatutoryLimit = "法定办结时限";
    public const string StatutoryLimitBasis = "法定办结时限依据";
    public const string PromisedLimit = "承诺办结时限";
    public const string Materials = "申请材料";
    public const string MaterialsBasis = "申请材料依据";
    public const string Conditions = "受理条件";
    public const string ConditionsBasis = "受理条件依据";
    public const string Fee = "收费";
    public const string FeeStandard = "收费标准";
    public const string FeeBasis = "收费依据";
    public const string Procedure = "办理流程";
    public const string ProcedureBasis = "办理流程依据";
    public const string SupervisionChannel = "监督方式";
    public const string SupervisionPhone = "监督电话";
    public const string OfficeAddress = "办公地址";
    public const string OfficeHours = "办公时间";
    public const string Faq = "常见问题";
    public const string Responsibilities = "责任事项";
    public const string Status = "状态";
    public const string Classified = "是否涉密";
    public const string Explanation = "说明";
    public const string SourceList = "来源清单";
    public const string NationalSequence = "国家序号";

    /// <summary>Columns of the full element set. A row changes these elements only when its file has the column.</summary>
    public static IReadOnlyList<string> Elements { get; } =
    [
        ExerciseLevel, HandlingDivision, ServiceObject, StatutoryLimit, StatutoryLimitBasis, PromisedLimit,
        Materials, MaterialsBasis, Conditions, ConditionsBasis, Fee, FeeStandard, FeeBasis, Procedure,
        ProcedureBasis, SupervisionChannel, SupervisionPhone, OfficeAddress, OfficeHours, Faq,
        Responsibilities, Explanation, NationalCode, Status, Classified,
    ];

    public static IReadOnlyDictionary<string, string> Aliases { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["source_list"] = SourceList,
            ["seq"] = Sequence,
            ["national_seq"] = NationalSequence,
            ["department"] = Department,
            ["item_name"] = Name,
            ["implementing_agency"] = Agency,
            ["legal_basis"] = LegalBasis,
            ["remarks"] = Remarks,
            ["power_type"] = Type,
            ["item_code"] = Code,
            ["region_code"] = RegionCode,
            ["编号"] = Sequence,
            ["部门"] = Department,
            ["部门名称"] = Department,
            ["权力名称"] = Name,
            ["事项"] = Name,
            ["职权类型"] = Type,
            ["事项类型"] = Type,
            ["行使主体"] = Agency,
            ["实施主体"] = Agency,
            ["设定依据"] = LegalBasis,
            ["实施依据"] = LegalBasis,
            ["设定依据和实施依据"] = LegalBasis,
            ["法律依据"] = LegalBasis,
            ["实施编码"] = NationalCode,
            ["办结时限"] = StatutoryLimit,
            ["法定时限"] = StatutoryLimit,
            ["承诺时限"] = PromisedLimit,
            ["是否收费"] = Fee,
            ["监督投诉电话"] = SupervisionPhone,
            ["咨询监督电话"] = SupervisionPhone,
        };
}
