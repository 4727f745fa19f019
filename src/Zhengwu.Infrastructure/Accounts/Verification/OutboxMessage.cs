namespace Zhengwu.Infrastructure.Accounts.Verification;

/// <summary>One line of the outbox file.</summary>
public sealed record OutboxMessage(DateTimeOffset SentAt, string Channel, string Address, string Message);
