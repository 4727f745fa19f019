using System.Text.Json;
using System.Text.RegularExpressions;
using Zhengwu.Infrastructure.Accounts.Verification;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Web.Tests.Accounts;

namespace Zhengwu.Web.Tests.PublicAccounts;

/// <summary>
/// A portal with a fake clock whose one-time codes go to the default outbox file, outbox/outbox.jsonl in the test
/// database's folder.
/// </summary>
public abstract partial class PublicAccountPortalFixture(DatabaseProvider provider) : AccountPortalFixture(provider)
{
    public string OutboxPath => Path.Combine(Factory.Database.Folder, "outbox", OutboxVerificationCodeSender.FileName);

    /// <summary>Returns the lines of the outbox file, oldest first; none when no message was sent yet.</summary>
    public List<OutboxMessage> OutboxMessages() => File.Exists(OutboxPath)
        ? [.. File.ReadAllLines(OutboxPath).Select(line => JsonSerializer.Deserialize<OutboxMessage>(line)!)]
        : [];

    /// <summary>Returns the six-digit code of the newest message sent to <paramref name="address"/>.</summary>
    public string LastCodeFor(string address)
    {
        var message = OutboxMessages().Last(message => message.Address == address);

        return SixDigits().Match(message.Message).Value;
    }

    [GeneratedRegex("[0-9]{6}")]
    private static partial Regex SixDigits();
}

public sealed class SqlitePublicAccountPortalFixture() : PublicAccountPortalFixture(DatabaseProvider.Sqlite);

public sealed class PostgresPublicAccountPortalFixture() : PublicAccountPortalFixture(DatabaseProvider.Postgres);
