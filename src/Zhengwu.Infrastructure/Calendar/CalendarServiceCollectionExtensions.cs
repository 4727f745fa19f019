using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Zhengwu.Infrastructure.Calendar;

public static class CalendarServiceCollectionExtensions
{
    /// <summary>
    /// Registers the working calendar: one <see cref="WorkingCalendarCache"/> for the process, and the provider,
    /// administration and loader as scoped services on the scoped <c>ZhengwuDbContext</c>. The administration and
    /// loader need the audit log as well.
    /// </summary>
    public static IServiceCollection AddWorkingCalendar(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<WorkingCalendarCache>();
        services.AddScoped<WorkingCalendarProvider>();
        services.AddScoped<WorkingCalendarAdministration>();
        services.AddScoped<WorkingCalendarLoader>();

        return services;
    }
}
