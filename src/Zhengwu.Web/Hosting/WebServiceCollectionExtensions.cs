using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Json;
using Zhengwu.Web.Caching;

namespace Zhengwu.Web.Hosting;

internal static class WebServiceCollectionExtensions
{
    private static readonly string[] s_signInPages =
    [
        "/Staff/Login", "/Staff/LoginCode", "/Staff/LoginRecovery", "/Staff/ChangePassword", "/Staff/Enroll",
    ];

    /// <summary>Registers pages, problem details, OpenAPI and health checks.</summary>
    public static IServiceCollection AddZhengwuWeb(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Staff");
            options.Conventions.AuthorizeFolder("/Staff/Accounts", Accounts.StaffPolicies.SystemAdministrator);
            options.Conventions.AuthorizeFolder("/Staff/Security", Accounts.StaffPolicies.SecurityAdministrator);
            options.Conventions.AuthorizeFolder("/Staff/Audit", Accounts.StaffPolicies.AuditAdministrator);
            options.Conventions.AuthorizeFolder("/Staff/Calendar", Accounts.StaffPolicies.ServiceCenterAdministrator);
            foreach (var page in s_signInPages)
            {
                options.Conventions.AllowAnonymousToPage(page);
            }
        });
        services.AddScoped<Pages.Staff.PendingSignIn>();
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Zhengwu 政务服务网 API";
            document.Info.Description = "兰州市政务服务网的公开只读接口：权力清单事项的检索与详情。";

            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddReadinessChecks();
        services.Configure<JsonOptions>(options =>
            options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        services.Configure<RouteOptions>(options => options.LowercaseUrls = true);

        return services;
    }

    public static WebApplication UseZhengwuPipeline(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseExceptionHandler("/Error");
        app.UseWhen(IsApi, api => api.UseStatusCodePages());
        app.UseWhen(context => !IsApi(context), pages => pages.UseStatusCodePagesWithReExecute("/Error", "?code={0}"));
        app.UseCompressionAndValidators();

        // Pages link assets with asp-append-version, whose ?v= is a hash of the file's content; such a URL changes
        // whenever the file does, so browsers and proxies may keep it for a year.
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = asset =>
            {
                if (asset.Context.Request.Query.ContainsKey("v"))
                {
                    asset.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                }
            },
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();

        return app;
    }

    internal static bool IsApi(HttpContext context) => IsApiPath(context.Request.Path);

    internal static bool IsApiPath(PathString path) => path.StartsWithSegments("/api");
}
