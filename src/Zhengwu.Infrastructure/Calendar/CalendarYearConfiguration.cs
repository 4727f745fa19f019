using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhengwu.Domain.Calendar;

namespace Zhengwu.Infrastructure.Calendar;

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> builder)
    {
        builder.ToTable("CalendarYears");
        builder.HasKey(year => year.Year);
        builder.Property(year => year.Year).ValueGeneratedNever();
        builder.Property(year => year.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(year => year.Version).IsConcurrencyToken();
        builder.Property(year => year.UpdatedByName).HasMaxLength(256);
        builder.HasMany(year => year.Days)
            .WithOne()
            .HasForeignKey(day => day.Year)
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CalendarSpecialDayConfiguration : IEntityTypeConfiguration<CalendarSpecialDay>
{
    public void Configure(EntityTypeBuilder<CalendarSpecialDay> builder)
    {
        builder.ToTable("CalendarSpecialDays");
        builder.HasKey(day => day.Date);
        builder.Property(day => day.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(day => day.Name).HasMaxLength(SpecialDayRules.MaxNameLength);
        builder.Property(day => day.Notice).HasMaxLength(SpecialDayRules.MaxNoticeLength);
        builder.HasIndex(day => day.Year);
    }
}
