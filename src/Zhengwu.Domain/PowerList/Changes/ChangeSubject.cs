namespace Zhengwu.Domain.PowerList.Changes;

/// <summary>What a change request changes: a power item, or a department's duty list (职责清单).</summary>
public enum ChangeSubject
{
    PowerItem = 0,
    DutyList = 1,
}
