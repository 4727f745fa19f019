using Stateless;
using Zhengwu.Domain.Accounts;

namespace Zhengwu.Domain.Feedback;

/// <summary>
/// An inquiry (咨询件) or complaint (投诉件) about an approval item or a department. It is received, answered by a
/// department lead or content officer of the department it concerns, and may then be published with its answer.
/// A content officer who asks for publication only proposes it; the department lead decides. The sender's account
/// and contact are never published.
/// </summary>
public sealed class FeedbackRecord
{
    private FeedbackRecord()
    {
    }

    public int Id { get; private set; }

    /// <summary>The tracking number, see <see cref="FeedbackNumber"/>.</summary>
    public string Number { get; private set; } = "";

    public FeedbackKind Kind { get; private set; }

    public FeedbackTarget Target { get; private set; }

    /// <summary>The approval item's code when <see cref="Target"/> is an item, as it read at receipt.</summary>
    public string? ItemCode { get; private set; }

    public string? ItemName { get; private set; }

    /// <summary>The department that answers: the item's department, or the department chosen.</summary>
    public int DepartmentId { get; private set; }

    public string DepartmentName { get; private set; } = "";

    /// <summary>The sender's public account, or null for an anonymous complaint.</summary>
    public Guid? AccountId { get; private set; }

    /// <summary>The contact the sender gave, encrypted at rest. It is null when none was given or the sender is anonymous.</summary>
    public string? ProtectedContact { get; private set; }

    /// <summary>The keyed hash of an anonymous complaint's query code. The code itself is never stored.</summary>
    public string? QueryCodeHash { get; private set; }

    /// <summary>The form's submission key. A retry with the same key returns this record.</summary>
    public string IdempotencyKey { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string Content { get; private set; } = "";

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>The response limit in working days that applied at receipt, counted from the day after it.</summary>
    public int LimitDays { get; private set; }

    public FeedbackState State { get; private set; }

    public string? Answer { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public Guid? AnsweredById { get; private set; }

    public string? AnsweredByName { get; private set; }

    public int? AnsweredByDepartmentId { get; private set; }

    public string? AnsweredByDepartmentName { get; private set; }

    /// <summary>Whether a content officer proposed publication with the answer, for the department lead to decide.</summary>
    public bool PublicationProposed { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public string? PublishedByName { get; private set; }

    /// <summary>The number of changes so far, from 1. A save from an older version is rejected as a concurrent change.</summary>
    public int Version { get; private set; }

    public bool IsAnonymous => AccountId is null;

    /// <summary>Creates a received record from a request that passed <see cref="FeedbackRules.Check"/>.</summary>
    public static FeedbackRecord Receive(
        string number,
        FeedbackRequest request,
        FeedbackSubject subject,
        FeedbackSender sender,
        string idempotencyKey,
        int limitDays,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentOutOfRangeException.ThrowIfLessThan(limitDays, 1);

        return new FeedbackRecord
        {
            Number = number,
            Kind = request.Kind,
            Target = subject.Target,
            ItemCode = subject.ItemCode,
            ItemName = subject.ItemName,
            DepartmentId = subject.DepartmentId,
            DepartmentName = subject.DepartmentName,
            AccountId = sender.AccountId,
            ProtectedContact = sender.AccountId is null ? null : sender.ProtectedContact,
            QueryCodeHash = sender.AccountId is null ? sender.QueryCodeHash : null,
            IdempotencyKey = idempotencyKey,
            Subject = FeedbackRules.Normalize(request.Subject) ?? "",
            Content = FeedbackRules.Normalize(request.Content) ?? "",
            ReceivedAt = now,
            LimitDays = limitDays,
            State = FeedbackState.Received,
            Version = 1,
        };
    }

    /// <summary>
    /// Records <paramref name="answer"/> by <paramref name="responder"/>. With <paramref name="publish"/>, a
    /// department lead publishes at once and a content officer proposes publication. Returns the refusal, and
    /// changes nothing, when the responder may not answer or the record was answered before.
    /// </summary>
    public FeedbackRefusal? AnswerWith(FeedbackResponder responder, string? answer, bool publish, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(responder);
        if (CheckResponder(responder, "答复") is { } refusal)
        {
            return refusal;
        }

        if (!Machine().CanFire(FeedbackTrigger.Answer))
        {
            return new FeedbackRefusal($"编号 {Number} 的状态为“{State.ChineseName()}”，不能再次答复。");
        }

        if (FeedbackRules.CheckAnswer(answer) is { } problem)
        {
            return new FeedbackRefusal(problem);
        }

        Machine().Fire(FeedbackTrigger.Answer);
        Answer = FeedbackRules.Normalize(answer);
        AnsweredAt = now;
        AnsweredById = responder.Id;
        AnsweredByName = responder.Name;
        AnsweredByDepartmentId = responder.DepartmentId;
        AnsweredByDepartmentName = responder.DepartmentName;
        PublicationProposed = publish && responder.Role != StaffRole.DepartmentLead;
        Version++;
        if (publish && responder.Role == StaffRole.DepartmentLead)
        {
            return Publish(responder, now);
        }

        return null;
    }

    /// <summary>
    /// Publishes the answered record on the public list. Only the department lead publishes. A record without an
    /// answer, or one already published, is refused.
    /// </summary>
    public FeedbackRefusal? Publish(FeedbackResponder responder, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(responder);
        if (CheckResponder(responder, "公开") is { } refusal)
        {
            return refusal;
        }

        if (responder.Role != StaffRole.DepartmentLead)
        {
            return new FeedbackRefusal("只有部门分管领导可以决定公开答复；专人可在答复时勾选“建议公开”，由分管领导决定。");
        }

        if (!Machine().CanFire(FeedbackTrigger.Publish))
        {
            return State == FeedbackState.Received
                ? new FeedbackRefusal($"编号 {Number} 尚未答复：公开需要先有答复。")
                : new FeedbackRefusal($"编号 {Number} 已经公开。");
        }

        Machine().Fire(FeedbackTrigger.Publish);
        PublishedAt = now;
        PublishedByName = responder.Name;
        PublicationProposed = false;
        Version++;

        return null;
    }

    /// <summary>Returns the triggers the state allows, whoever acts.</summary>
    public IReadOnlyList<FeedbackTrigger> PermittedTriggers() =>
        [.. Enum.GetValues<FeedbackTrigger>().Where(trigger => Machine().CanFire(trigger))];

    private FeedbackRefusal? CheckResponder(FeedbackResponder responder, string action)
    {
        if (responder.Role is not (StaffRole.ContentOfficer or StaffRole.DepartmentLead))
        {
            return new FeedbackRefusal($"只有部门分管领导或专人可以{action}咨询和投诉。");
        }

        return responder.DepartmentId == DepartmentId
            ? null
            : new FeedbackRefusal($"编号 {Number} 由{DepartmentName}答复，其他部门不能{action}。");
    }

    private StateMachine<FeedbackState, FeedbackTrigger> Machine()
    {
        var machine = new StateMachine<FeedbackState, FeedbackTrigger>(() => State, state => State = state);
        machine.Configure(FeedbackState.Received).Permit(FeedbackTrigger.Answer, FeedbackState.Answered);
        machine.Configure(FeedbackState.Answered).Permit(FeedbackTrigger.Publish, FeedbackState.Published);

        return machine;
    }
}
