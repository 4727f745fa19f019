using Microsoft.AspNetCore.Identity;
using Zhengwu.Infrastructure.Accounts;

namespace Zhengwu.Web.Accounts;

internal static class AdministrationActors
{
    /// <summary>Returns the signed-in account as the actor of an account action, or null when it no longer exists.</summary>
    public static async Task<AdministrationActor?> GetActorAsync(this UserManager<Account> users, HttpContext context) =>
        await users.GetUserAsync(context.User) is { } account
            ? new AdministrationActor(account.Id, account.UserName ?? "", account.Role, context.Connection.RemoteIpAddress?.ToString())
            : null;
}
