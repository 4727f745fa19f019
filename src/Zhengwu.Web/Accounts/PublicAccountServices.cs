using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Zhengwu.Infrastructure.Accounts;
using Zhengwu.Infrastructure.Accounts.Registration;
using Zhengwu.Infrastructure.Accounts.Verification;
using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Accounts;

internal static class PublicAccountServices
{
    /// <summary>
    /// Registers the public sign-in scheme and its <see cref="PublicSession.SignedInIfAny"/> policy, the personal data key, one-time codes with the outbox sender and the
    /// registration service. An invalid key or verification setting stops the start with the setting's name.
    /// </summary>
    public static IServiceCollection AddPublicAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication().AddCookie(PublicSession.Scheme);
        services.AddAuthorizationBuilder().AddPolicy(PublicSession.SignedInIfAny, policy => policy
            .AddAuthenticationSchemes(PublicSession.Scheme)
            .RequireAssertion(_ => true));
        services.AddOptions<CookieAuthenticationOptions>(PublicSession.Scheme)
            .Configure<IOptions<AccountSecurityOptions>>(PublicSession.Configure);

        services.AddOptions<PersonalDataOptions>()
            .Bind(configuration.GetSection(PersonalDataOptions.SectionName))
            .PostConfigure<IOptions<ZhengwuOptions>>((personal, zhengwu) =>
            {
                if (string.IsNullOrWhiteSpace(personal.KeyFile))
                {
                    personal.KeyFile = Path.Combine(zhengwu.Value.DataFolder, "keys", "personal-data.key");
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PersonalDataOptions>, PersonalDataOptionsValidator>();
        services.AddSingleton(provider =>
        {
            var personal = provider.GetRequiredService<IOptions<PersonalDataOptions>>().Value;

            return new PersonalDataProtector(PersonalDataKey.Load(personal.Key, personal.KeyFile));
        });

        services.AddOptions<VerificationCodeOptions>()
            .Bind(configuration.GetSection(VerificationCodeOptions.SectionName))
            .PostConfigure<IOptions<ZhengwuOptions>>((verification, zhengwu) =>
            {
                if (string.IsNullOrWhiteSpace(verification.OutboxFolder))
                {
                    verification.OutboxFolder = Path.Combine(zhengwu.Value.DataFolder, "outbox");
                }
            })
            .Validate(verification => verification.IsValid(), "Invalid Zhengwu:Verification settings: every limit must be a positive number.")
            .ValidateOnStart();
        services.AddSingleton<IVerificationCodeSender, OutboxVerificationCodeSender>();
        services.AddScoped<VerificationCodes>();
        services.AddScoped<PublicAccounts>();

        return services;
    }
}
