namespace Zhengwu.Domain.Feedback;

/// <summary>Who sent a record: a public account with an optional encrypted contact, or nobody with a query code hash.</summary>
public sealed record FeedbackSender(Guid? AccountId, string? ProtectedContact, string? QueryCodeHash)
{
    public static FeedbackSender Account(Guid accountId, string? protectedContact) => new(accountId, protectedContact, null);

    public static FeedbackSender Anonymous(string queryCodeHash) => new(null, null, queryCodeHash);
}
