namespace Zhengwu.Infrastructure.Accounts;

/// <summary>A former password hash of an account, kept so a staff password is not one of the last five.</summary>
public sealed class PasswordHistoryEntry
{
    public PasswordHistoryEntry(Guid accountId, string passwordHash, DateTimeOffset createdAt)
    {
        AccountId = accountId;
        PasswordHash = passwordHash;
        CreatedAt = createdAt;
    }

    public long Id { get; private set; }

    public Guid AccountId { get; private set; }

    public string PasswordHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
