namespace Zhengwu.Infrastructure.Feedback;

/// <summary>
/// Who sends or looks up feedback on a request: the signed-in public account with its user name, or nobody, and
/// the client address for the audit log.
/// </summary>
public sealed record FeedbackClient(Guid? AccountId, string? UserName, string? ClientAddress);
