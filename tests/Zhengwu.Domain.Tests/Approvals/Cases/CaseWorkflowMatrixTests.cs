using Zhengwu.Domain.Approvals.Cases;
using static Zhengwu.Domain.Tests.Approvals.Cases.Handling;

namespace Zhengwu.Domain.Tests.Approvals.Cases;

/// <summary>Every staff action in every state a single-department case reaches, taken by the department lead.</summary>
public class CaseWorkflowMatrixTests
{
    private static readonly DateTimeOffset s_received = China(2026, 3, 2, 9);
    private static readonly DateTimeOffset s_at = China(2026, 3, 3);

    /// <summary>The steps that lead to each state, and the actions allowed there.</summary>
    private static readonly Dictionary<string, (string Path, CaseTrigger[] Allowed)> s_states = new()
    {
        ["Submitted"] = ("", [CaseTrigger.Accept, CaseTrigger.Reject, CaseTrigger.RequestCorrection, CaseTrigger.Transfer]),
        ["CorrectionRequested"] = ("RequestCorrection", [CaseTrigger.Transfer]),
        ["Resubmitted"] = ("RequestCorrection Resubmit", [CaseTrigger.Accept, CaseTrigger.Reject, CaseTrigger.Transfer]),
        ["Accepted"] = ("Accept", [CaseTrigger.StartSpecialProcedure, CaseTrigger.ProposeExtension, CaseTrigger.Transfer,
            CaseTrigger.Approve, CaseTrigger.Deny]),
        ["ExtensionProposed"] = ("Accept ProposeExtension", [CaseTrigger.StartSpecialProcedure, CaseTrigger.ApproveExtension,
            CaseTrigger.DeclineExtension, CaseTrigger.Transfer, CaseTrigger.Approve, CaseTrigger.Deny]),
        ["SpecialProcedure"] = ("Accept StartSpecialProcedure", [CaseTrigger.EndSpecialProcedure, CaseTrigger.ProposeExtension]),
        ["Approved"] = ("Accept Approve", [CaseTrigger.Conclude]),
        ["Denied"] = ("Accept Deny", [CaseTrigger.Conclude]),
        ["Rejected"] = ("Reject", []),
        ["Concluded"] = ("Accept Approve Conclude", []),
    };

    public static TheoryData<string, CaseTrigger> Pairs()
    {
        var data = new TheoryData<string, CaseTrigger>();
        foreach (var state in s_states.Keys)
        {
            foreach (var trigger in Enum.GetValues<CaseTrigger>().Where(trigger =>
                trigger is not (CaseTrigger.DeemAccept or CaseTrigger.Close or CaseTrigger.Resubmit)))
            {
                data.Add(state, trigger);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Action_in_state(string state, CaseTrigger trigger)
    {
        var (path, allowed) = s_states[state];
        var filed = Walk(path);
        var stepsBefore = filed.Steps.Count;
        var stateBefore = filed.LeadPart.State;

        var error = filed.Fire(Market, ActionFor(trigger), Lead(), s_at);

        if (allowed.Contains(trigger))
        {
            Assert.True(error is null, error?.Message);
            Assert.Equal(stepsBefore + 1, filed.Steps.Count);
            Assert.Equal(trigger, filed.Steps[^1].Trigger);
            Assert.Equal("李分管", filed.Steps[^1].ActorName);
            Assert.Equal("兰州市市场监督管理局", filed.Steps[^1].ActorDepartment);
            Assert.Equal(s_at, filed.Steps[^1].At);
        }
        else
        {
            Assert.NotNull(error);
            Assert.Equal(stepsBefore, filed.Steps.Count);
            Assert.Equal(stateBefore, filed.LeadPart.State);
        }
    }

    [Theory]
    [MemberData(nameof(States))]
    public void Permitted_triggers_per_state(string state)
    {
        var (path, allowed) = s_states[state];

        var permitted = Walk(path).LeadPart.PermittedTriggers();

        Assert.Equal(allowed.Order(), permitted.Order());
    }

    public static TheoryData<string> States() => [.. s_states.Keys];

    internal static ApplicationCase Walk(string path)
    {
        var filed = Filed(s_received);
        foreach (var name in path.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var trigger = Enum.Parse<CaseTrigger>(name);
            if (trigger == CaseTrigger.Resubmit)
            {
                Assert.Null(filed.Resubmit(Market, ApplicantId, [Material(1, "营业执照")], s_received.AddHours(3)));
                continue;
            }

            filed.Take(ActionFor(trigger), Lead(), s_received.AddHours(1));
        }

        return filed;
    }

    internal static CaseAction ActionFor(CaseTrigger trigger) => trigger switch
    {
        CaseTrigger.Accept => new CaseAction.Accept(),
        CaseTrigger.Reject => new CaseAction.Reject("不属于本部门职权范围"),
        CaseTrigger.RequestCorrection => new CaseAction.RequestCorrection([new CorrectionItem(1, "营业执照", "已过期")]),
        CaseTrigger.StartSpecialProcedure => new CaseAction.StartSpecialProcedure(SpecialProcedureKind.Inspection, 3, "现场核查经营场所"),
        CaseTrigger.EndSpecialProcedure => new CaseAction.EndSpecialProcedure("核查完毕"),
        CaseTrigger.ProposeExtension => new CaseAction.ProposeExtension(5, "情况复杂"),
        CaseTrigger.ApproveExtension => new CaseAction.ApproveExtension(),
        CaseTrigger.DeclineExtension => new CaseAction.DeclineExtension("期限内可以办结"),
        CaseTrigger.Transfer => new CaseAction.Transfer("综合科"),
        CaseTrigger.Approve => new CaseAction.Approve("符合条件"),
        CaseTrigger.Deny => new CaseAction.Deny("经营场所不符合要求"),
        CaseTrigger.Conclude => new CaseAction.Conclude([Document("准予许可决定书.pdf")]),
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, null),
    };
}
