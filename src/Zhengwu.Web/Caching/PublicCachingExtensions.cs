using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Infrastructure.PowerList;
using Zhengwu.Infrastructure.PowerList.Search;

namespace Zhengwu.Web.Caching;

/// <summary>Registers the output cache of public content, response compression and the API's validators.</summary>
internal static class PublicCachingExtensions
{
    private static readonly string[] s_compressedTypes =
    [
        "text/html", "text/css", "text/javascript", "application/javascript", "application/json",
        "application/problem+json",
    ];

    /// <summary>
    /// Registers the output cache with the <see cref="PublicContentPolicy"/> named policy, the content version
    /// monitor, the per-version cache of public lists and counts, this node's search index and its refresher, the
    /// search form's region choices, and Brotli and gzip compression of HTML, CSS, JavaScript and JSON. Invalid
    /// <c>Zhengwu:PublicCache</c> settings stop the start with a message naming the key and value.
    /// </summary>
    public static IServiceCollection AddPublicCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PublicCacheOptions>().Bind(configuration.GetSection(PublicCacheOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PublicCacheOptions>, PublicCacheOptionsValidator>();
        services.AddSingleton<ContentVersionMonitor>();
        services.AddSingleton<IContentVersionSource>(provider => provider.GetRequiredService<ContentVersionMonitor>());
        services.AddSingleton<PublicContentCache>();
        services.AddSingleton<RegionChoiceCache>();
        services.AddSingleton<PowerItemSearchIndexHolder>();
        services.AddSingleton<IPowerItemSearchIndexSource, NodeSearchIndex>();
        services.AddHostedService<SearchIndexRefresher>();
        services.AddOutputCache(options => options.AddPolicy(PublicContentPolicy.Name, new PublicContentPolicy()));

        services.AddResponseCompression(options =>
        {
            // Every response over HTTPS is a candidate; PublicCompressionProvider leaves out those with secrets.
            options.EnableForHttps = true;
            options.MimeTypes = s_compressedTypes;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.AddSingleton<IResponseCompressionProvider, PublicCompressionProvider>();

        return services;
    }

    /// <summary>
    /// Adds the API validators and response compression. Call it before static files and routing, so the
    /// validators hash the compressed bytes.
    /// </summary>
    public static IApplicationBuilder UseCompressionAndValidators(this IApplicationBuilder app) =>
        app.UseApiValidators().UseResponseCompression();
}
