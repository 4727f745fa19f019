using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.PowerList.Parsing;
using Zhengwu.Infrastructure.Accounts.Verification;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Accounts.Registration;

/// <summary>
/// Registers person and company accounts, confirms their phone number or e-mail address with a one-time code and
/// finds them for sign-in. ID numbers and phone numbers are stored encrypted, with keyed hashes for lookups, and
/// every decryption appends a personal-data.read record naming the reader, the field and the purpose.
/// </summary>
public sealed class PublicAccounts(
    UserManager<Account> users,
    ZhengwuDbContext db,
    PersonalDataProtector protector,
    VerificationCodes codes,
    AuditLog audit,
    TimeProvider clock,
    IOptions<VerificationCodeOptions> verification)
{
    public const string RegisterPurpose = "register";
    public const string AccountObject = "public-account";
    public const string IdNumberField = "身份证号码";
    public const string PhoneField = "手机号码";
    public const int MaxNameLength = 50;

    /// <summary>Checks the registration, creates the unverified account and sends it a code.</summary>
    public async Task<RegistrationResult> RegisterAsync(PublicRegistration registration, CancellationToken cancellationToken = default)
    {
        var errors = PublicRegistrationRules.Check(registration, DateOnly.FromDateTime(ChinaToday()), out var normalized);
        if (errors.Count > 0)
        {
            return new RegistrationResult(null, errors);
        }

        if (await FindTakenFieldAsync(normalized, cancellationToken) is { } taken)
        {
            return taken;
        }

        var account = NewAccount(registration, normalized);
        var created = await CreateAsync(account, registration.Password!);
        if (created is not null)
        {
            return created;
        }

        var sent = await codes.SendAsync(registration.Channel, normalized.Contact, RegisterPurpose, cancellationToken);
        if (sent.FailureMessage is { } refused)
        {
            await users.DeleteAsync(account);

            return RegistrationResult.Failed(nameof(PublicRegistration.Contact), refused);
        }

        return new RegistrationResult(account.Id, new Dictionary<string, string>());
    }

    /// <summary>Returns a public account that still waits for its code, or null.</summary>
    public async Task<Account?> FindUnconfirmedAsync(Guid accountId) =>
        await users.FindByIdAsync(accountId.ToString()) is { IsStaff: false } account && !IsConfirmed(account) ? account : null;

    /// <summary>Checks the code of an unconfirmed account and marks its contact confirmed on a match.</summary>
    public async Task<VerificationResult> ConfirmAsync(Account account, string code, CancellationToken cancellationToken = default)
    {
        var (channel, address) = await ReadContactAsync(account, PersonalDataAccess.System("核对验证码"), cancellationToken);
        var result = await codes.VerifyAsync(channel, address, RegisterPurpose, code, cancellationToken);
        if (result is VerificationResult.Verified)
        {
            account.PhoneNumberConfirmed = channel == VerificationChannel.Phone;
            account.EmailConfirmed = channel == VerificationChannel.Email;
            await users.UpdateAsync(account);
        }

        return result;
    }

    /// <summary>Sends a new code to an unconfirmed account, within the sending limits.</summary>
    public async Task<VerificationResult> ResendAsync(Account account, CancellationToken cancellationToken = default)
    {
        var (channel, address) = await ReadContactAsync(account, PersonalDataAccess.System("重新发送验证码"), cancellationToken);

        return await codes.SendAsync(channel, address, RegisterPurpose, cancellationToken);
    }

    /// <summary>
    /// Finds a public account by the ID number, credit code, phone number or e-mail address it signs in with.
    /// Staff accounts are never returned.
    /// </summary>
    public async Task<Account?> FindForSignInAsync(string? identifier, CancellationToken cancellationToken = default)
    {
        var text = (identifier ?? "").Trim().ToUpperInvariant();
        IQueryable<Account> accounts = db.Users.Where(account => account.Kind != AccountKind.Staff);
        if (UnifiedSocialCreditCode.IsValid(text))
        {
            return await accounts.FirstOrDefaultAsync(account => account.CreditCode == text, cancellationToken);
        }

        if (ResidentIdNumber.Validate(text, DateOnly.FromDateTime(ChinaToday())) is null)
        {
            var hash = protector.Hash(text);

            return await accounts.FirstOrDefaultAsync(account => account.IdNumberHash == hash, cancellationToken);
        }

        if (ContactAddress.Normalize(VerificationChannel.Phone, identifier).Address is { } phone)
        {
            var hash = protector.Hash(phone);

            return await accounts.FirstOrDefaultAsync(account => account.PhoneHash == hash, cancellationToken);
        }

        if (ContactAddress.Normalize(VerificationChannel.Email, identifier).Address is { } email)
        {
            var normalizedEmail = users.NormalizeEmail(email);

            return await accounts.FirstOrDefaultAsync(account => account.NormalizedEmail == normalizedEmail, cancellationToken);
        }

        return null;
    }

    public static bool IsConfirmed(Account account) => account.PhoneNumberConfirmed || account.EmailConfirmed;

    /// <summary>
    /// Returns the account's verification channel and its address. A phone number is decrypted and the read is
    /// audited; an e-mail address is stored in the clear for Identity and is returned without a record.
    /// </summary>
    public async Task<(VerificationChannel Channel, string Address)> ReadContactAsync(
        Account account,
        PersonalDataAccess access,
        CancellationToken cancellationToken = default)
    {
        if (account.PhoneCipher is not { } phone)
        {
            return (VerificationChannel.Email, account.Email ?? "");
        }

        await RecordReadAsync(account, PhoneField, access, cancellationToken);

        return (VerificationChannel.Phone, protector.Decrypt(phone));
    }

    /// <summary>Returns the decrypted ID number of a person account after recording the read, or null for other accounts.</summary>
    public async Task<string?> ReadIdNumberAsync(Account account, PersonalDataAccess access, CancellationToken cancellationToken = default)
    {
        if (account.IdNumberCipher is not { } cipher)
        {
            return null;
        }

        await RecordReadAsync(account, IdNumberField, access, cancellationToken);

        return protector.Decrypt(cipher);
    }

    private Task<AuditRecord> RecordReadAsync(Account account, string field, PersonalDataAccess access, CancellationToken cancellationToken) =>
        audit.AppendAsync(
            new AuditEntry(AuditActions.PersonalDataRead, AuditResult.Succeeded)
            {
                AccountId = access.ReaderId,
                AccountName = access.ReaderName,
                ObjectType = AccountObject,
                ObjectId = account.Id.ToString(),
                ClientAddress = access.ClientAddress,
                Detail = $"读取{field}，用途：{access.Purpose}",
            },
            cancellationToken);

    private Account NewAccount(PublicRegistration registration, NormalizedRegistration normalized)
    {
        var now = clock.GetUtcNow();
        var account = new Account
        {
            Id = Guid.NewGuid(),
            Kind = registration.Kind,
            DisplayName = normalized.Name,
            CreatedAt = now,
            PasswordChangedAt = now,
        };
        account.UserName = $"public-{account.Id:N}";
        if (registration.Kind == AccountKind.Person)
        {
            account.IdNumberCipher = protector.Encrypt(normalized.IdentityNumber);
            account.IdNumberHash = protector.Hash(normalized.IdentityNumber);
        }
        else
        {
            account.CreditCode = normalized.IdentityNumber;
        }

        if (registration.Channel == VerificationChannel.Phone)
        {
            account.PhoneCipher = protector.Encrypt(normalized.Contact);
            account.PhoneHash = protector.Hash(normalized.Contact);
        }
        else
        {
            account.Email = normalized.Contact;
        }

        return account;
    }

    private async Task<RegistrationResult?> CreateAsync(Account account, string password)
    {
        IdentityResult result;
        try
        {
            result = await users.CreateAsync(account, password);
        }
        catch (DbUpdateException)
        {
            // A concurrent registration took the same ID number, credit code or phone number after the check.
            return RegistrationResult.Failed(nameof(PublicRegistration.IdentityNumber), "该证件号码或手机号码刚刚被注册，请直接登录。");
        }

        return result.Succeeded
            ? null
            : RegistrationResult.Failed(nameof(PublicRegistration.Password), string.Join(" ", result.Errors.Select(error => error.Description)));
    }

    /// <summary>
    /// Returns an error when a confirmed account already uses one of the values. An unconfirmed account whose codes
    /// have all expired is removed instead, so an abandoned registration does not block the real holder.
    /// </summary>
    private async Task<RegistrationResult?> FindTakenFieldAsync(NormalizedRegistration normalized, CancellationToken cancellationToken)
    {
        var identityHash = protector.Hash(normalized.IdentityNumber);
        var contactHash = protector.Hash(normalized.Contact);
        var normalizedEmail = users.NormalizeEmail(normalized.Contact);
        var holders = await db.Users
            .Where(account => account.Kind != AccountKind.Staff
                && (account.IdNumberHash == identityHash
                    || account.CreditCode == normalized.IdentityNumber
                    || account.PhoneHash == contactHash
                    || account.NormalizedEmail == normalizedEmail))
            .ToListAsync(cancellationToken);
        var staleBefore = clock.GetUtcNow().AddMinutes(-verification.Value.LifetimeMinutes);
        foreach (var holder in holders)
        {
            if (IsConfirmed(holder) || holder.CreatedAt > staleBefore)
            {
                var field = holder.IdNumberHash == identityHash || holder.CreditCode == normalized.IdentityNumber
                    ? nameof(PublicRegistration.IdentityNumber)
                    : nameof(PublicRegistration.Contact);

                return RegistrationResult.Failed(field, IsConfirmed(holder)
                    ? "该号码已注册账户，请直接登录；如忘记密码，请到政务服务大厅办理。"
                    : "该号码正在注册验证中，请输入已收到的验证码，或在验证码过期后重新注册。");
            }

            await users.DeleteAsync(holder);
        }

        return null;
    }

    private DateTime ChinaToday() => clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Date;
}
