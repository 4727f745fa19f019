using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Zhengwu.Infrastructure.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="AuditLog"/> and <see cref="AuditQueries"/> as scoped services on the scoped
    /// <c>ZhengwuDbContext</c>, the log's <see cref="AuditOptions"/> bound to the configuration section
    /// "Zhengwu:Audit", and the system clock when no <see cref="TimeProvider"/> is registered. A retention below 186 days fails when the host starts, or when an
    /// <see cref="AuditLog"/> is first resolved outside a started host.
    /// </summary>
    public static IServiceCollection AddAuditLog(this IServiceCollection services)
    {
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuditOptions>, AuditOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<AuditLog>();
        services.AddScoped<AuditQueries>();

        return services;
    }
}
