namespace Zhengwu.Domain.Approvals.Cases;

/// <summary>
/// The special procedures whose time does not count toward the handling limit (《中华人民共和国行政许可法》第四十五条:
/// 听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审).
/// </summary>
public enum SpecialProcedureKind
{
    ExpertReview = 1,
    Inspection = 2,
    Hearing = 3,
    Testing = 4,
    Quarantine = 5,
    Appraisal = 6,
    Tender = 7,
    Auction = 8,
}

public static class SpecialProcedureKindNames
{
    public static string ChineseName(this SpecialProcedureKind kind) => kind switch
    {
        SpecialProcedureKind.ExpertReview => "专家评审",
        SpecialProcedureKind.Inspection => "现场核查",
        SpecialProcedureKind.Hearing => "听证",
        SpecialProcedureKind.Testing => "检验检测",
        SpecialProcedureKind.Quarantine => "检疫",
        SpecialProcedureKind.Appraisal => "鉴定",
        SpecialProcedureKind.Tender => "招标",
        SpecialProcedureKind.Auction => "拍卖",
        _ => kind.ToString(),
    };
}
