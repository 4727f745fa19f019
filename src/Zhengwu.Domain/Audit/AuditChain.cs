using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Zhengwu.Domain.Audit;

/// <summary>
/// Builds and verifies the hash chain of the audit log. Each record's hash is the SHA-256 of a canonical text
/// of all its fields and the previous record's hash. Changing, removing or moving a record therefore breaks the
/// chain at that record or at the one after it.
/// </summary>
public static partial class AuditChain
{
    /// <summary>The first line of the canonical text, naming the format so that a later format can be distinguished.</summary>
    public const string FormatVersion = "zhengwu-audit-v1";

    private const char Replacement = '\uFFFD';

    /// <summary>
    /// Creates the record that follows <paramref name="previous"/> for <paramref name="entry"/>. Text fields are
    /// cleaned the way the databases store them. Secrets, ID numbers and mobile numbers in the account name,
    /// object id and detail are masked. Unpaired surrogates and NUL characters become U+FFFD, and over-long
    /// values are cut to the column length. The time is converted to UTC and cut to whole microseconds, because
    /// PostgreSQL stores no finer time and the stored record must produce the same hash.
    /// </summary>
    /// <exception cref="ArgumentException">The action is not a lower-case dotted code of at most 64 characters,
    /// or the result is not an <see cref="AuditResult"/> value.</exception>
    public static AuditRecord Append(AuditChainLink previous, AuditEntry entry, DateTimeOffset occurredAt)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(entry);
        CheckAction(entry.Action);
        if (!Enum.IsDefined(entry.Result))
        {
            throw new ArgumentException($"Audit result {(int)entry.Result} is not defined.", nameof(entry));
        }

        var record = new AuditRecord
        {
            Id = previous.Id + 1,
            OccurredAt = ToMicroseconds(occurredAt),
            AccountId = Clean(entry.AccountId, AuditRecord.MaxAccountIdLength),
            AccountName = Clean(AuditRedaction.Redact(entry.AccountName), AuditRecord.MaxAccountNameLength),
            Role = Clean(entry.Role, AuditRecord.MaxRoleLength),
            Action = entry.Action,
            ObjectType = Clean(entry.ObjectType, AuditRecord.MaxObjectTypeLength),
            ObjectId = Clean(AuditRedaction.Redact(entry.ObjectId), AuditRecord.MaxObjectIdLength),
            Result = entry.Result,
            ClientAddress = Clean(entry.ClientAddress, AuditRecord.MaxClientAddressLength),
            Detail = Clean(AuditRedaction.Redact(entry.Detail), AuditRecord.MaxDetailLength),
            PreviousHash = previous.Hash,
            Hash = "",
        };

        return record with { Hash = ComputeHash(record) };
    }

    /// <summary>Computes the lower-case hexadecimal SHA-256 of <see cref="CanonicalText"/>.</summary>
    public static string ComputeHash(AuditRecord record) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalText(record))));

    /// <summary>
    /// Writes every field except <see cref="AuditRecord.Hash"/> in a fixed order, one per line, after the line
    /// <see cref="FormatVersion"/>. A null field is <c>-</c>; any other value is its length in UTF-8 bytes, a
    /// colon and the value, so no value can imitate a field boundary. The time is
    /// <c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c> in UTC and the result is its English name.
    /// </summary>
    public static string CanonicalText(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var text = new StringBuilder(FormatVersion).Append('\n');
        AppendField(text, record.Id.ToString(CultureInfo.InvariantCulture));
        AppendField(text, record.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
        AppendField(text, record.AccountId);
        AppendField(text, record.AccountName);
        AppendField(text, record.Role);
        AppendField(text, record.Action);
        AppendField(text, record.ObjectType);
        AppendField(text, record.ObjectId);
        AppendField(text, record.Result.ToString());
        AppendField(text, record.ClientAddress);
        AppendField(text, record.Detail);
        AppendField(text, record.PreviousHash);

        return text.ToString();
    }

    /// <summary>
    /// Returns the first record of <paramref name="records"/> that breaks the chain started at
    /// <paramref name="start"/> (the genesis link when null), or null when every record verifies.
    /// </summary>
    public static AuditChainBreak? Verify(IEnumerable<AuditRecord> records, AuditChainLink? start = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        var verifier = new AuditChainVerifier(start ?? AuditChainLink.Genesis);
        foreach (var record in records)
        {
            if (verifier.Check(record) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static void CheckAction(string action)
    {
        if (action is null || action.Length > AuditRecord.MaxActionLength || !ActionPattern().IsMatch(action))
        {
            throw new ArgumentException(
                $"Audit action '{action}' is invalid: use a lower-case code of at most {AuditRecord.MaxActionLength} "
                + "characters such as 'login.failed'.",
                nameof(action));
        }
    }

    private static DateTimeOffset ToMicroseconds(DateTimeOffset time)
    {
        var ticks = time.UtcTicks;

        return new DateTimeOffset(ticks - (ticks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
    }

    private static string? Clean(string? value, int maxLength)
    {
        if (value is null)
        {
            return null;
        }

        var text = new StringBuilder(value.Length);
        for (var index = 0; index < value.Length && text.Length < maxLength; index++)
        {
            var character = value[index];
            var pairs = char.IsHighSurrogate(character) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]);
            if (pairs)
            {
                if (text.Length + 2 > maxLength)
                {
                    break;
                }

                text.Append(character).Append(value[++index]);
            }
            else
            {
                text.Append(char.IsSurrogate(character) || character == '\0' ? Replacement : character);
            }
        }

        return text.ToString();
    }

    private static void AppendField(StringBuilder text, string? value)
    {
        if (value is null)
        {
            text.Append("-\n");

            return;
        }

        text.Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture))
            .Append(':')
            .Append(value)
            .Append('\n');
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex ActionPattern();
}
