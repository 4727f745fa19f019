namespace Zhengwu.Domain.Approvals.Cases;

/// <summary>The handling steps of a case part.</summary>
public enum CaseTrigger
{
    /// <summary>Staff of the handling department accept the application (受理).</summary>
    Accept = 1,

    /// <summary>Staff reject the application with a reason (不予受理).</summary>
    Reject = 2,

    /// <summary>Staff ask once for missing or faulty materials (补正), which stops the acceptance clock.</summary>
    RequestCorrection = 3,

    /// <summary>The applicant replaces the listed materials, which resumes the acceptance clock.</summary>
    Resubmit = 4,

    /// <summary>Nobody acted within 5 working days of receipt, so the system records the application as accepted.</summary>
    DeemAccept = 5,

    /// <summary>A special procedure (特别程序) starts and stops the handling clock.</summary>
    StartSpecialProcedure = 6,

    /// <summary>The special procedure ends and the handling clock resumes.</summary>
    EndSpecialProcedure = 7,

    /// <summary>Staff propose an extension (延期) of the handling limit with a reason.</summary>
    ProposeExtension = 8,

    /// <summary>The department lead approves the proposed extension, which extends the limit.</summary>
    ApproveExtension = 9,

    /// <summary>The department lead declines the proposed extension with a reason.</summary>
    DeclineExtension = 10,

    /// <summary>Staff hand the part to another handling division of the same department.</summary>
    Transfer = 11,

    /// <summary>The department lead decides to approve (准予许可).</summary>
    Approve = 12,

    /// <summary>The department lead decides to deny with a reason (不予许可).</summary>
    Deny = 13,

    /// <summary>Staff conclude the part (办结) with its result documents.</summary>
    Conclude = 14,

    /// <summary>The lead department closes an open part after another part of the case was denied.</summary>
    Close = 15,
}

public static class CaseTriggerNames
{
    public static string ChineseName(this CaseTrigger trigger) => trigger switch
    {
        CaseTrigger.Accept => "受理",
        CaseTrigger.Reject => "不予受理",
        CaseTrigger.RequestCorrection => "要求补正",
        CaseTrigger.Resubmit => "补正材料",
        CaseTrigger.DeemAccept => "逾期视为受理",
        CaseTrigger.StartSpecialProcedure => "启动特别程序",
        CaseTrigger.EndSpecialProcedure => "结束特别程序",
        CaseTrigger.ProposeExtension => "申请延期",
        CaseTrigger.ApproveExtension => "批准延期",
        CaseTrigger.DeclineExtension => "不批准延期",
        CaseTrigger.Transfer => "转办",
        CaseTrigger.Approve => "准予许可",
        CaseTrigger.Deny => "不予许可",
        CaseTrigger.Conclude => "办结",
        CaseTrigger.Close => "终止办理",
        _ => trigger.ToString(),
    };
}
