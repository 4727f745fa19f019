using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Zhengwu.Infrastructure.Persistence;

public static class DatabaseServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ZhengwuDbContext"/> on the provider that <paramref name="settings"/> names.</summary>
    public static IServiceCollection AddZhengwuDatabase(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<ZhengwuDbContext, PostgresZhengwuDbContext>(options =>
                ConfigurePostgres(options, settings.ConnectionString));
        }
        else
        {
            services.AddDbContext<ZhengwuDbContext, SqliteZhengwuDbContext>(options =>
                ConfigureSqlite(options, settings.ConnectionString));
        }

        return services;
    }

    internal static void ConfigureSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString).AddInterceptors(new SqliteDurabilityInterceptor());

    internal static void ConfigurePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString);
}
