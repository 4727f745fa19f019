using Microsoft.Extensions.DependencyInjection;
using Zhengwu.Infrastructure.Calendar;
using Zhengwu.Web.Tests.Hosting;

namespace Zhengwu.Web.Tests.Staff.Calendar;

/// <summary>
/// The calendar is official data, not sample content: it is loaded at first start also when the sample is off,
/// and a missing file stops the start with the setting and path named.
/// </summary>
public sealed class CalendarStartTests
{
    [Fact]
    public async Task Calendar_loads_without_the_sample_data()
    {
        await using var portal = await HostedPortal.StartAsync();
        await using var scope = portal.Factory.Services.CreateAsyncScope();

        var calendar = await scope.ServiceProvider.GetRequiredService<WorkingCalendarProvider>().GetAsync(TestContext.Current.CancellationToken);

        Assert.Equal([2024, 2025, 2026], calendar.Years);
        Assert.Equal(108, calendar.SpecialDays.Count);
    }

    [Fact]
    public async Task Missing_calendar_file_stops_the_start()
    {
        var path = Path.Combine(Path.GetTempPath(), "zhengwu-no-such-calendar.csv");

        var exception = await HostedPortal.StartFailureAsync(new Dictionary<string, string?> { ["Zhengwu:WorkingCalendarFile"] = path });

        Assert.Contains($"Zhengwu:WorkingCalendarFile “{path}” could not be loaded: 文件不存在：{path}", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_setting_skips_the_calendar()
    {
        await using var portal = await HostedPortal.StartAsync(new Dictionary<string, string?> { ["Zhengwu:WorkingCalendarFile"] = "" });
        await using var scope = portal.Factory.Services.CreateAsyncScope();

        var calendar = await scope.ServiceProvider.GetRequiredService<WorkingCalendarProvider>().GetAsync(TestContext.Current.CancellationToken);

        Assert.Empty(calendar.Years);
    }
}
