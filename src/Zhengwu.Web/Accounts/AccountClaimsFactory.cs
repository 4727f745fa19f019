using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Zhengwu.Infrastructure.Accounts;

namespace Zhengwu.Web.Accounts;

/// <summary>Adds the staff role, department and region to the session's claims.</summary>
public sealed class AccountClaimsFactory(
    UserManager<Account> users,
    RoleManager<IdentityRole<Guid>> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Account, IdentityRole<Guid>>(users, roles, options)
{
    public const string DepartmentClaim = "zhengwu:department";
    public const string RegionClaim = "zhengwu:region";
    public const string DisplayNameClaim = "zhengwu:display-name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Account user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        if (user.Role is { } role)
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role.ToString()));
        }

        if (user.DepartmentId is { } department)
        {
            identity.AddClaim(new Claim(DepartmentClaim, department.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.RegionCode is { } region)
        {
            identity.AddClaim(new Claim(RegionClaim, region));
        }

        return identity;
    }
}
