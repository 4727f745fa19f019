namespace Zhengwu.Domain.PowerList;

/// <summary>A statutory or promised time limit: the amount in its unit, and the text it was read from.</summary>
public sealed class TimeLimit
{
    public int Amount { get; init; }

    public TimeLimitUnit Unit { get; init; }

    /// <summary>The extension the law allows with approval, in the same unit, e.g. 十日 in 可以延长十日.</summary>
    public int? Extension { get; init; }

    /// <summary>The source text, e.g. 自受理之日起20日内作出决定.</summary>
    public required string Text { get; init; }

    /// <summary>The provision the limit comes from, e.g. 《医疗机构管理条例》第十二条.</summary>
    public string? Basis { get; init; }

    /// <summary>The limit in working days, or null when it is stated in months.</summary>
    public int? WorkingDays => Unit == TimeLimitUnit.WorkingDays ? Amount : null;

    public string Describe() => Unit switch
    {
        TimeLimitUnit.WorkingDays => $"{Amount}个工作日",
        TimeLimitUnit.NaturalDays => $"{Amount}日（自然日）",
        _ => $"{Amount}个月",
    };
}
