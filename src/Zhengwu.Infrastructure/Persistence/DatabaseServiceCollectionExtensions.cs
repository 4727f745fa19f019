using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Zhengwu.Infrastructure.Persistence;

public static class DatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ZhengwuDbContext"/> on the provider that the <see cref="DatabaseSettings"/> from
    /// <paramref name="resolveSettings"/> names. The settings are resolved when first needed, so configuration
    /// added after registration (by a test host, say) still applies.
    /// </summary>
    public static IServiceCollection AddZhengwuDatabase(
        this IServiceCollection services,
        Func<IServiceProvider, DatabaseSettings> resolveSettings)
    {
        services.AddSingleton(resolveSettings);
        services.AddDbContext<SqliteZhengwuDbContext>((provider, options) =>
            ConfigureSqlite(options, provider.GetRequiredService<DatabaseSettings>().ConnectionString)
                .AddInterceptors(ContentVersionInterceptorFor(provider)));
        services.AddDbContext<PostgresZhengwuDbContext>((provider, options) =>
            ConfigurePostgres(options, provider.GetRequiredService<DatabaseSettings>().ConnectionString)
                .AddInterceptors(ContentVersionInterceptorFor(provider)));
        services.AddScoped<ZhengwuDbContext>(provider =>
            provider.GetRequiredService<DatabaseSettings>().Provider == DatabaseProvider.Postgres
                ? provider.GetRequiredService<PostgresZhengwuDbContext>()
                : provider.GetRequiredService<SqliteZhengwuDbContext>());

        return services;
    }

    internal static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString).AddInterceptors(new SqliteDurabilityInterceptor());

    internal static DbContextOptionsBuilder ConfigurePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString);

    private static ContentVersionInterceptor ContentVersionInterceptorFor(IServiceProvider provider) =>
        new(provider.GetService<TimeProvider>() ?? TimeProvider.System);
}
