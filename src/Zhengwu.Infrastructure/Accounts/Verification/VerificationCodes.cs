using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zhengwu.Domain.Accounts;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Accounts.Verification;

/// <summary>
/// Sends six-digit one-time codes and checks them. A code expires after its lifetime, is accepted once, is spent
/// after too many wrong entries, and one address gets at most one code per resend interval and a few per hour.
/// </summary>
public sealed class VerificationCodes(
    ZhengwuDbContext db,
    PersonalDataProtector protector,
    IVerificationCodeSender sender,
    TimeProvider clock,
    IOptions<VerificationCodeOptions> options)
{
    private readonly VerificationCodeOptions _options = options.Value;

    /// <summary>Sends a new code to a normalised address unless the address has reached its sending limits.</summary>
    public async Task<VerificationResult> SendAsync(
        VerificationChannel channel,
        string address,
        string purpose,
        CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var addressHash = protector.Hash(AddressKey(channel, address));
        if (await CheckSendingLimitsAsync(addressHash, purpose, now, cancellationToken) is { } refused)
        {
            return refused;
        }

        var id = Guid.NewGuid();
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        var expiresAt = now.AddMinutes(_options.LifetimeMinutes);
        db.Add(new VerificationCode
        {
            Id = id,
            Channel = channel,
            AddressHash = addressHash,
            Purpose = purpose,
            CodeHash = protector.Hash(CodeKey(id, code)),
            CreatedAt = now,
            ExpiresAt = expiresAt,
        });
        await db.SaveChangesAsync(cancellationToken);

        var message = $"【兰州市政务服务网】您的验证码为{code}，{_options.LifetimeMinutes}分钟内有效。请勿告诉他人。";
        await sender.SendAsync(channel, address, message, cancellationToken);

        return new VerificationResult.Sent(expiresAt);
    }

    /// <summary>Checks a code against the newest unexpired, unused code of the address and marks it used on a match.</summary>
    public async Task<VerificationResult> VerifyAsync(
        VerificationChannel channel,
        string address,
        string purpose,
        string code,
        CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var addressHash = protector.Hash(AddressKey(channel, address));
        var active = await db.Set<VerificationCode>().AsNoTracking()
            .Where(row => row.AddressHash == addressHash && row.Purpose == purpose && row.UsedAt == null)
            .OrderByDescending(row => row.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (active is null || active.ExpiresAt <= now || active.FailedAttempts >= _options.MaxFailedAttempts)
        {
            return new VerificationResult.NoActiveCode();
        }

        if (!CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(protector.Hash(CodeKey(active.Id, code.Trim()))),
            System.Text.Encoding.ASCII.GetBytes(active.CodeHash)))
        {
            return await RecordFailureAsync(active, cancellationToken);
        }

        // The conditional update makes the code single use even when two requests present it at the same moment.
        var claimed = await db.Set<VerificationCode>()
            .Where(row => row.Id == active.Id && row.UsedAt == null)
            .ExecuteUpdateAsync(setters => setters.SetProperty(row => row.UsedAt, now), cancellationToken);

        return claimed == 1 ? new VerificationResult.Verified() : new VerificationResult.NoActiveCode();
    }

    private async Task<VerificationResult?> CheckSendingLimitsAsync(
        string addressHash,
        string purpose,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        // NOTE: two requests for one address at the same moment can both pass these checks, so the limits can be
        // exceeded by the number of concurrent requests. The per-client login rate limit bounds how many there are.
        var hourAgo = now.AddHours(-1);
        var recent = await db.Set<VerificationCode>().AsNoTracking()
            .Where(row => row.AddressHash == addressHash && row.Purpose == purpose && row.CreatedAt > hourAgo)
            .Select(row => row.CreatedAt)
            .ToListAsync(cancellationToken);
        if (recent.Count > 0)
        {
            var wait = recent.Max().AddSeconds(_options.ResendSeconds) - now;
            if (wait > TimeSpan.Zero)
            {
                return new VerificationResult.TooSoon((int)Math.Ceiling(wait.TotalSeconds));
            }
        }

        return recent.Count >= _options.MaxPerHour ? new VerificationResult.HourlyLimitReached(_options.MaxPerHour) : null;
    }

    private async Task<VerificationResult> RecordFailureAsync(VerificationCode active, CancellationToken cancellationToken)
    {
        await db.Set<VerificationCode>()
            .Where(row => row.Id == active.Id)
            .ExecuteUpdateAsync(setters => setters.SetProperty(row => row.FailedAttempts, row => row.FailedAttempts + 1), cancellationToken);

        return new VerificationResult.WrongCode(Math.Max(0, _options.MaxFailedAttempts - active.FailedAttempts - 1));
    }

    private static string AddressKey(VerificationChannel channel, string address) => $"{channel}:{address}";

    private static string CodeKey(Guid id, string code) => $"code:{id:N}:{code}";
}
