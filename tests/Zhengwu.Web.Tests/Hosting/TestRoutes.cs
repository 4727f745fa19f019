using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Zhengwu.Web.Tests.Hosting;

/// <summary>
/// Test-only behaviour added around the portal's pipeline: a request with the <see cref="SignedInHeader"/> header
/// runs as a signed-in user, and <see cref="ThrowPath"/> and <see cref="ApiThrowPath"/> throw an unhandled
/// exception inside the portal's exception handler.
/// </summary>
internal sealed class TestRoutes : IStartupFilter
{
    public const string SignedInHeader = "X-Test-Signed-In";
    public const string ThrowPath = "/_test/throw";
    public const string ApiThrowPath = "/api/_test/throw";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.ContainsKey(SignedInHeader))
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "staff")], "Test"));
            }

            return nextMiddleware(context);
        });

        next(app);

        // Middleware after the portal's pipeline runs only for paths no endpoint matched, inside its exception handler.
        app.Use((context, nextMiddleware) =>
            context.Request.Path == ThrowPath || context.Request.Path == ApiThrowPath
                ? throw new InvalidOperationException("A test route failed on purpose.")
                : nextMiddleware(context));
    };
}
