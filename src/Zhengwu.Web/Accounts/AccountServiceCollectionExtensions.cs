using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Zhengwu.Infrastructure.Accounts;
using Zhengwu.Infrastructure.Persistence;

namespace Zhengwu.Web.Accounts;

internal static class AccountServiceCollectionExtensions
{
    public const string ApplicationCookieName = "__Host-zhengwu";
    public const string TwoFactorCookieName = "__Host-zhengwu-2fa";

    /// <summary>
    /// Registers Identity on the portal's database with the staff password, lockout, second-factor and session
    /// rules, and keeps data-protection keys in the database so every web node reads the same cookies.
    /// </summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccountSecurityOptions>()
            .Bind(configuration.GetSection(AccountSecurityOptions.SectionName))
            .Validate(options => options.Validate().Count == 0, "Invalid Zhengwu:Security settings.")
            .ValidateOnStart();
        services.AddDataProtection().SetApplicationName("Zhengwu").PersistKeysToDbContext<ZhengwuDbContext>();
        services.AddIdentity<Account, IdentityRole<Guid>>(ConfigureIdentity)
            .AddEntityFrameworkStores<ZhengwuDbContext>()
            .AddSignInManager<ZhengwuSignInManager>()
            .AddClaimsPrincipalFactory<AccountClaimsFactory>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<TotpTokenProvider>(TotpTokenProvider.ProviderName)
            .AddPasswordValidator<StaffPasswordValidator>();
        services.AddOptions<IdentityOptions>().Configure<IOptions<AccountSecurityOptions>>(ApplyLockout);
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<AccountSecurityOptions>>(ConfigureApplicationCookie);
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, ConfigureTwoFactorCookie);
        services.AddAuthorization(StaffPolicies.Add);
        services.AddScoped<AccountPasswords>();
        services.AddScoped<AccountAudit>();
        services.AddHttpContextAccessor();
        services.AddScoped<AdministratorBootstrap>();
        services.AddScoped<AdministratorRecovery>();
        services.AddScoped<AccountAdministration>();
        services.AddScoped<AccountAdministrationQueries>();

        return services;
    }

    private static void ConfigureIdentity(IdentityOptions options)
    {
        // StaffPasswordValidator applies the portal's rules; the built-in validator's own rules are switched off.
        options.Password.RequiredLength = 1;
        options.Password.RequiredUniqueChars = 1;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = false;
        options.Tokens.AuthenticatorTokenProvider = TotpTokenProvider.ProviderName;
    }

    private static void ApplyLockout(IdentityOptions options, IOptions<AccountSecurityOptions> security)
    {
        options.Lockout.MaxFailedAccessAttempts = security.Value.MaxFailedAttempts;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(security.Value.LockoutMinutes);
    }

    private static void ConfigureApplicationCookie(CookieAuthenticationOptions options, IOptions<AccountSecurityOptions> security)
    {
        options.Cookie.Name = ApplicationCookieName;
        options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.Path = "/";
        options.ExpireTimeSpan = TimeSpan.FromMinutes(security.Value.IdleTimeoutMinutes);
        options.SlidingExpiration = true;
        options.LoginPath = "/staff/login";
        options.LogoutPath = "/staff/logout";
        options.Events.OnValidatePrincipal = SessionLifetime.ValidateAsync;

        // A denied request is answered 403 where it was made, rather than redirected, so that pages, downloads and
        // the API all return the status; the status code pages then show the Chinese page or problem details.
        options.Events.OnRedirectToAccessDenied = async context =>
        {
            await context.HttpContext.RequestServices.GetRequiredService<AccountAudit>().DeniedAsync(context.HttpContext);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
        };
        options.Events.OnRedirectToLogin = context =>
        {
            if (Hosting.WebServiceCollectionExtensions.IsApiPath(context.Request.Path))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            }
            else
            {
                context.Response.Redirect(context.RedirectUri);
            }

            return Task.CompletedTask;
        };
    }

    private static void ConfigureTwoFactorCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = TwoFactorCookieName;
        options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.Path = "/";
        options.ExpireTimeSpan = TimeSpan.FromMinutes(5);
    }
}
