using System.Globalization;
using Zhengwu.Domain.Calendar;

namespace Zhengwu.Domain.Tests.Calendar;

/// <summary>
/// The repository's calendar data file, read here with a plain split, independently of the portal's loader, and
/// the upstream holiday files beside the repository that the file was written from.
/// </summary>
internal static class OfficialCalendar
{
    public const string Header = "date,kind,name,notice";

    private static readonly Lazy<WorkingCalendar> s_calendar = new(() =>
    {
        var days = ReadDataFile();

        return new WorkingCalendar(days.Select(day => day.Date.Year).Distinct(), days);
    });

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string DataFile => Path.Combine(RepositoryRoot, "data", "calendar", "working-calendar.csv");

    /// <summary>The upstream holiday-cn file of <paramref name="year"/> in the shared data folder.</summary>
    public static string SharedFile(int year) =>
        Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data", $"holiday-cn-{year}.json"));

    /// <summary>The calendar of 2024 to 2026 built from the data file.</summary>
    public static WorkingCalendar Official => s_calendar.Value;

    public static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Reads every row of the data file; fails on a header or row that is not four plain cells.</summary>
    public static List<SpecialDay> ReadDataFile()
    {
        var lines = File.ReadAllLines(DataFile);
        Assert.Equal(Header, lines[0]);

        return
        [
            .. lines.Skip(1).Select(line =>
            {
                var cells = line.Split(',');
                Assert.True(cells.Length == 4, $"Row “{line}” does not have four cells.");
                Assert.True(SpecialDayKinds.TryParseCode(cells[1], out var kind), $"Row “{line}” has an unknown kind.");

                return new SpecialDay(Day(cells[0]), kind, cells[2], cells[3]);
            }),
        ];
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Zhengwu.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Zhengwu.slnx was not found above the test binaries.");
    }
}
