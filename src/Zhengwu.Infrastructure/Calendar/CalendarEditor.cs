using Zhengwu.Domain.Accounts;

namespace Zhengwu.Infrastructure.Calendar;

/// <summary>The signed-in staff member who edits the calendar, as the audit log records them.</summary>
public sealed record CalendarEditor(Guid Id, string UserName, StaffRole Role, string? ClientAddress);
