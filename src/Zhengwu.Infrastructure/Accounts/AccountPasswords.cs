using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Accounts;

/// <summary>Changes and resets passwords, keeping the history that stops staff reusing their last passwords.</summary>
public sealed class AccountPasswords(UserManager<Account> users, ZhengwuDbContext db, TimeProvider clock)
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "!@#$%^&*-_=+?";

    /// <summary>Changes the password after checking the current one and every rule.</summary>
    public async Task<IdentityResult> ChangeAsync(Account account, string currentPassword, string newPassword)
    {
        var previousHash = account.PasswordHash;
        var result = await users.ChangePasswordAsync(account, currentPassword, newPassword);
        if (result.Succeeded)
        {
            await RecordAsync(account, previousHash, mustChange: false);
        }

        return result;
    }

    /// <summary>
    /// Replaces the password with a random one-time password that must be changed at the next sign-in. The
    /// authenticator key and recovery codes stay, so a reset never bypasses the second factor.
    /// </summary>
    public async Task<(IdentityResult Result, string Password)> ResetAsync(Account account)
    {
        var password = GenerateOneTimePassword();
        var previousHash = account.PasswordHash;
        var token = await users.GeneratePasswordResetTokenAsync(account);
        var result = await users.ResetPasswordAsync(account, token, password);
        if (result.Succeeded)
        {
            await RecordAsync(account, previousHash, mustChange: true);
        }

        return (result, password);
    }

    /// <summary>Returns a random 16-character password with all four character classes.</summary>
    public static string GenerateOneTimePassword()
    {
        var pools = new[] { Upper, Lower, Digits, Symbols };
        var all = string.Concat(pools);
        var characters = pools.Select(pool => pool[RandomNumberGenerator.GetInt32(pool.Length)]).ToList();
        while (characters.Count < 16)
        {
            characters.Add(all[RandomNumberGenerator.GetInt32(all.Length)]);
        }

        return new string([.. characters.OrderBy(_ => RandomNumberGenerator.GetInt32(int.MaxValue))]);
    }

    private async Task RecordAsync(Account account, string? previousHash, bool mustChange)
    {
        if (previousHash is not null)
        {
            db.PasswordHistory.Add(new PasswordHistoryEntry(account.Id, previousHash, clock.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        account.PasswordChangedAt = clock.GetUtcNow();
        account.MustChangePassword = mustChange;
        await users.UpdateAsync(account);
    }
}
