namespace Zhengwu.Domain.DutyList;

/// <summary>The contents of a department's duty list (职责清单): its main duties in published order.</summary>
public sealed class DutyListElements
{
    public List<MainDuty> Duties { get; set; } = [];

    /// <summary>Returns a separate copy, so that a request's snapshot never shares an instance with a draft.</summary>
    public DutyListElements Copy() => new()
    {
        Duties = [.. Duties.Select(duty => new MainDuty
        {
            Content = duty.Content,
            WorkItems = [.. duty.WorkItems.Select(work => new DutyWorkItem
            {
                Name = work.Name,
                Basis = work.Basis,
                PowerItemCodes = [.. work.PowerItemCodes],
            })],
        })],
    };

    /// <summary>Returns whether both lists have the same duties and work items in the same order.</summary>
    public bool SameAs(DutyListElements other) =>
        DutyListSnapshot.From(this).SequenceEqual(DutyListSnapshot.From(other));
}
