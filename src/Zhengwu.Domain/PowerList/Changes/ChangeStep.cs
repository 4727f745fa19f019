using Zhengwu.Domain.Accounts;

namespace Zhengwu.Domain.PowerList.Changes;

/// <summary>One recorded step of a change request: who took it, in which role, when, and the opinion they gave.</summary>
public sealed class ChangeStep
{
    public ChangeStep(ChangeTrigger trigger, ChangeStatus from, ChangeStatus to, WorkflowActor actor, DateTimeOffset at, string? opinion)
    {
        Trigger = trigger;
        From = from;
        To = to;
        AccountId = actor.AccountId;
        ActorName = actor.Name;
        Role = actor.Scope.Role;
        At = at;
        Opinion = opinion;
    }

    private ChangeStep()
    {
        ActorName = "";
    }

    public ChangeTrigger Trigger { get; private set; }

    public ChangeStatus From { get; private set; }

    public ChangeStatus To { get; private set; }

    public Guid AccountId { get; private set; }

    public string ActorName { get; private set; }

    public StaffRole Role { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? Opinion { get; private set; }
}
