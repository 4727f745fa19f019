using Microsoft.Extensions.Options;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Web.Accounts;
using Zhengwu.Web.Api.BackOffice;
using Zhengwu.Web.Api.Feedback;
using Zhengwu.Web.Api.PowerList;
using Zhengwu.Web.Commands;
using Zhengwu.Web.Caching;
using Zhengwu.Web.Hosting;
using Zhengwu.Web.Hosting.Telemetry;
using Zhengwu.Web.Scheduling;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = AppContext.BaseDirectory,
});
var localSettings = Path.Combine(Directory.GetCurrentDirectory(), "appsettings.Local.json");
builder.Configuration.AddJsonFile(localSettings, optional: true);
builder.Services.AddZhengwu(builder.Configuration);
builder.Services.AddZhengwuWeb();
builder.Services.AddWebDefences(builder.Configuration);
builder.Services.AddAccounts(builder.Configuration);
builder.Services.AddPublicAccounts(builder.Configuration);
builder.Services.AddAuditLog();
builder.AddObservability();
builder.Services.AddScheduledJobs(builder.Configuration);
builder.Services.AddPublicCaching(builder.Configuration);

var app = builder.Build();

// Settings are checked before any command or migration runs, so a wrong value stops here with its name.
app.Services.GetRequiredService<IStartupValidator>().Validate();
if (args.Length > 0 && args[0] == "import")
{
    return await ImportCommand.RunAsync(app.Services, args, Console.Out);
}

if (args.Length > 0 && args[0] == "audit")
{
    return await AuditCommand.RunAsync(app.Services, args, Console.Out);
}

if (args.Length > 0 && args[0] == "admin")
{
    return await AdminCommand.RunAsync(app.Services, args, Console.Out);
}

if (args.Length > 0 && args[0] is "backup" or "restore")
{
    return await BackupCommand.RunAsync(app.Services, args, Console.Out);
}

await DatabaseInitializer.InitializeAsync(app.Services);
var options = app.Services.GetRequiredService<IOptions<ZhengwuOptions>>().Value;
var publicCache = app.Services.GetRequiredService<IOptions<PublicCacheOptions>>().Value;
app.UseObservability();
app.UseZhengwuPipeline();
app.UseWebDefences();
if (publicCache.Enabled)
{
    app.UseOutputCache();
}

if (options.BenchmarkEndpoints)
{
    app.MapBenchmarkEndpoints();
}

app.MapRazorPages();
app.MapPowerListApi();
app.MapStaffContentApi();
app.MapChangeFeed();
app.MapFeedbackApi();
app.MapHealthEndpoints();
app.MapOpenApi("/openapi/{documentName}.json");
await app.RunAsync();

return 0;

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
