using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Audit;
using Zhengwu.Domain.Organization;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Infrastructure.Accounts;

/// <summary>
/// Staff account administration with separated duties. The system administrator creates accounts without a
/// role, requests roles, and disables, enables and resets accounts. The security administrator approves or
/// rejects role requests. Every call writes one audit record, whether it succeeds or is rejected.
/// </summary>
public sealed class AccountAdministration(
    UserManager<Account> users,
    ZhengwuDbContext db,
    AccountPasswords passwords,
    AuditLog log,
    TimeProvider clock)
{
    private readonly AccountAdministrationAudit _audit = new(log);
    private readonly AccountAdministrationLookup _lookup = new(users, db, clock);

    /// <summary>Creates a staff account with no role and a random one-time password that must be changed at first sign-in.</summary>
    public async Task<AdministrationResult> CreateAsync(AdministrationActor actor, NewStaffAccount input)
    {
        var (department, error) = await _lookup.CheckNewAccountAsync(actor, input);
        if (error is not null)
        {
            return await RecordRejectionAsync(actor, AuditActions.AccountCreated, null, error);
        }

        var account = _lookup.NewAccount(input, department!);
        var password = AccountPasswords.GenerateOneTimePassword();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(account, password);
        if (!created.Succeeded)
        {
            await transaction.RollbackAsync();

            return await RecordRejectionAsync(actor, AuditActions.AccountCreated, null, IdentityError(created));
        }

        var detail = $"{account.UserName} in department {department!.Id}";
        await _audit.SucceededAsync(actor, AuditActions.AccountCreated, account.Id, detail);
        await transaction.CommitAsync();

        return AdministrationResult.Success(password);
    }

    /// <summary>Files a pending request of <paramref name="role"/> for an account; the role is set only on approval.</summary>
    public async Task<AdministrationResult> RequestRoleAsync(AdministrationActor actor, Guid accountId, StaffRole role)
    {
        var (account, target, error) = await _lookup.LoadTargetAsync(actor, StaffRole.SystemAdministrator, accountId);
        if (error is null && await _lookup.HasPendingRequestAsync(accountId))
        {
            error = new AccountRuleError.PendingExists(account!.UserName ?? "");
        }

        error ??= RoleGrantRules.CheckGrant(actor.Id, target!, role);
        if (error is not null)
        {
            return await RecordRejectionAsync(actor, AuditActions.RoleRequested, accountId.ToString(), error);
        }

        var request = new RoleGrantRequest(accountId, role, actor.Id, clock.GetUtcNow());
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.RoleGrantRequests.Add(request);
        await db.SaveChangesAsync();
        await _audit.SucceededAsync(actor, AuditActions.RoleRequested, accountId, $"request {request.Id}: {role}");
        await transaction.CommitAsync();

        return AdministrationResult.Success();
    }

    /// <summary>
    /// Approves a pending request: sets the role and renews the security stamp, so the account's sessions end
    /// and its next session carries the new role.
    /// </summary>
    public async Task<AdministrationResult> ApproveAsync(AdministrationActor actor, int requestId)
    {
        var (request, error) = await _lookup.LoadRequestAsync(actor, requestId);
        var (account, target, targetError) = request is null
            ? default
            : await _lookup.LoadTargetAsync(actor, StaffRole.SecurityAdministrator, request.AccountId);
        error ??= targetError ?? request!.Approve(actor.Id, target!, clock.GetUtcNow());
        if (error is not null)
        {
            return await RecordRejectionAsync(actor, AuditActions.RoleApproved, request?.AccountId.ToString(), error);
        }

        var detail = $"request {request!.Id}: {account!.Role?.ToString() ?? "none"} -> {request.Role}";
        account.Role = request.Role;

        return await SaveDecisionAsync(actor, AuditActions.RoleApproved, request, () => users.UpdateSecurityStampAsync(account), detail);
    }

    public async Task<AdministrationResult> RejectAsync(AdministrationActor actor, int requestId, string? reason)
    {
        var (request, error) = await _lookup.LoadRequestAsync(actor, requestId);
        error ??= request!.Reject(actor.Id, reason, clock.GetUtcNow());
        if (error is not null)
        {
            return await RecordRejectionAsync(actor, AuditActions.RoleRejected, request?.AccountId.ToString(), error);
        }

        return await SaveDecisionAsync(actor, AuditActions.RoleRejected, request!, null, $"request {request!.Id}: {request.Role}");
    }

    /// <summary>Disables or enables an account. Disabling renews the security stamp, so every session ends at its next request.</summary>
    public async Task<AdministrationResult> SetDisabledAsync(AdministrationActor actor, Guid accountId, bool disabled)
    {
        var action = disabled ? AuditActions.AccountDisabled : AuditActions.AccountEnabled;
        var (account, error) = await _lookup.LoadManagedAsync(actor, accountId);
        if (error is not null)
        {
            return await RecordRejectionAsync(actor, action, accountId.ToString(), error);
        }

        account!.IsDisabled = disabled;
        await using var transaction = await db.Database.BeginTransactionAsync();
        var saved = disabled ? await users.UpdateSecurityStampAsync(account) : await users.UpdateAsync(account);

        return await FinishAsync(actor, action, account, saved, transaction, null);
    }

    /// <summary>
    /// Replaces the password with a one-time password for the caller to show once. The authenticator stays
    /// enrolled, so the holder still needs the second factor, and the new security stamp ends every session.
    /// </summary>
    public async Task<AdministrationResult> ResetPasswordAsync(AdministrationActor actor, Guid accountId)
    {
        var (account, error) = await _lookup.LoadManagedAsync(actor, accountId);
        if (error is not null)
        {
            return await RecordRejectionAsync(actor, AuditActions.PasswordReset, accountId.ToString(), error);
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var (result, password) = await passwords.ResetAsync(account!);

        return await FinishAsync(actor, AuditActions.PasswordReset, account!, result, transaction, password);
    }

    private async Task<AdministrationResult> FinishAsync(
        AdministrationActor actor,
        string action,
        Account account,
        IdentityResult saved,
        IDbContextTransaction transaction,
        string? oneTimePassword)
    {
        if (!saved.Succeeded)
        {
            await transaction.RollbackAsync();

            return await RecordRejectionAsync(actor, action, account.Id.ToString(), IdentityError(saved));
        }

        await _audit.SucceededAsync(actor, action, account.Id, account.UserName ?? "");
        await transaction.CommitAsync();

        return AdministrationResult.Success(oneTimePassword);
    }

    private async Task<AdministrationResult> SaveDecisionAsync(
        AdministrationActor actor,
        string action,
        RoleGrantRequest request,
        Func<Task<IdentityResult>>? updateAccount,
        string detail)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (!await TrySaveAsync(updateAccount))
        {
            await transaction.RollbackAsync();
            db.ChangeTracker.Clear();
            var status = await db.RoleGrantRequests.Where(stored => stored.Id == request.Id).Select(stored => stored.Status).FirstAsync();

            return await RecordRejectionAsync(actor, action, request.AccountId.ToString(), new AccountRuleError.NotPending(status));
        }

        await _audit.SucceededAsync(actor, action, request.AccountId, detail);
        await transaction.CommitAsync();

        return AdministrationResult.Success();
    }

    /// <summary>
    /// Saves a decision, or returns false when another decision or account change was saved first: the status
    /// of the request and Identity's concurrency stamp of the account are concurrency tokens.
    /// </summary>
    private async Task<bool> TrySaveAsync(Func<Task<IdentityResult>>? updateAccount)
    {
        try
        {
            if (updateAccount is not null)
            {
                return (await updateAccount()).Succeeded;
            }

            await db.SaveChangesAsync();

            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    private async Task<AdministrationResult> RecordRejectionAsync(
        AdministrationActor actor,
        string action,
        string? objectId,
        AccountRuleError error)
    {
        await _audit.RejectedAsync(actor, action, objectId, error);

        return new AdministrationResult(error);
    }

    private static AccountRuleError.IdentityFailed IdentityError(IdentityResult result) =>
        new(string.Join("；", result.Errors.Select(error => error.Description)));
}
