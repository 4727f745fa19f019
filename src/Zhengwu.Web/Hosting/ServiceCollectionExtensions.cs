using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Options;
using Zhengwu.Infrastructure.Organization;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Infrastructure.PowerList;
using Zhengwu.Infrastructure.PowerList.Import;
using Zhengwu.Infrastructure.PowerList.Search;

namespace Zhengwu.Web.Hosting;

internal static class ServiceCollectionExtensions
{
    /// <summary>Registers the database, importers, queries and the encoder that writes Chinese as characters.</summary>
    public static IServiceCollection AddZhengwu(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ZhengwuOptions.SectionName).Get<ZhengwuOptions>() ?? new ZhengwuOptions();
        services.AddSingleton(Options.Create(options));
        services.AddZhengwuDatabase(DatabaseSettings.Resolve(configuration.GetConnectionString("Postgres"), options.DataFolder));
        services.AddSingleton(TimeProvider.System);
        if (LawLibraryFor(options) is { } laws)
        {
            services.AddSingleton(laws);
        }

        services.AddScoped<DepartmentImporter>();
        services.AddScoped(provider => new PowerItemImporter(
            provider.GetRequiredService<ZhengwuDbContext>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<LawLibrary>()));
        services.AddScoped<PowerListQueries>();
        services.AddScoped<PowerItemSearch>();
        services.AddSingleton(_ => SearchSynonyms.Load(options.SearchSynonymsFile));
        services.AddScoped<SampleDataLoader>();

        // Razor encodes every non-Latin character as an entity by default, which triples the size of Chinese pages.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));

        return services;
    }

    private static LawLibrary? LawLibraryFor(ZhengwuOptions options) =>
        options.LawLibraryPath is { } path && Directory.Exists(path) ? new LawLibrary(Path.GetFullPath(path)) : null;
}
