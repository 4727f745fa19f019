namespace Zhengwu.Domain.Approvals.Cases;

/// <summary>A handling step that department staff take on a case part, with the input the step needs.</summary>
public abstract record CaseAction(CaseTrigger Trigger)
{
    /// <summary>The opinion or reason written into the step; required where <see cref="NeedsReason"/> is true.</summary>
    public abstract string? Opinion { get; }

    public virtual bool NeedsReason => false;

    public sealed record Accept(string? Note = null) : CaseAction(CaseTrigger.Accept)
    {
        public override string? Opinion => Note;
    }

    public sealed record Reject(string Reason) : CaseAction(CaseTrigger.Reject)
    {
        public override string? Opinion => Reason;

        public override bool NeedsReason => true;
    }

    public sealed record RequestCorrection(IReadOnlyList<CorrectionItem> Items) : CaseAction(CaseTrigger.RequestCorrection)
    {
        public override string? Opinion =>
            "请补正以下材料：" + string.Join("；", Items.Select(item => $"{item.MaterialName}（{item.Problem.Trim()}）"));
    }

    public sealed record StartSpecialProcedure(SpecialProcedureKind Kind, int ExpectedDays, string Reason)
        : CaseAction(CaseTrigger.StartSpecialProcedure)
    {
        public override string? Opinion => $"{Kind.ChineseName()}，预计 {ExpectedDays} 个工作日，期间不计入办理时限。{Reason.Trim()}";

        public override bool NeedsReason => true;
    }

    public sealed record EndSpecialProcedure(string? Note = null) : CaseAction(CaseTrigger.EndSpecialProcedure)
    {
        public override string? Opinion => Note;
    }

    public sealed record ProposeExtension(int Days, string Reason) : CaseAction(CaseTrigger.ProposeExtension)
    {
        public override string? Opinion => $"申请延长 {Days} 个工作日：{Reason.Trim()}";

        public override bool NeedsReason => true;
    }

    public sealed record ApproveExtension(string? Note = null) : CaseAction(CaseTrigger.ApproveExtension)
    {
        public override string? Opinion => Note;
    }

    public sealed record DeclineExtension(string Reason) : CaseAction(CaseTrigger.DeclineExtension)
    {
        public override string? Opinion => Reason;

        public override bool NeedsReason => true;
    }

    public sealed record Transfer(string Division, string? Note = null) : CaseAction(CaseTrigger.Transfer)
    {
        public override string? Opinion => Note;
    }

    public sealed record Approve(string? Note = null) : CaseAction(CaseTrigger.Approve)
    {
        public override string? Opinion => Note;
    }

    public sealed record Deny(string Reason) : CaseAction(CaseTrigger.Deny)
    {
        public override string? Opinion => Reason;

        public override bool NeedsReason => true;
    }

    public sealed record Conclude(IReadOnlyList<CaseDocument> Documents, string? Note = null) : CaseAction(CaseTrigger.Conclude)
    {
        public override string? Opinion => Note;
    }
}
