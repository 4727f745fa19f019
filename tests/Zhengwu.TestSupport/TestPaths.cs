namespace Zhengwu.TestSupport;

/// <summary>Folders the tests read: the repository's sample data and the shared law texts beside it.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string SampleData => Path.Combine(RepositoryRoot, "data", "sample");

    public static string Synonyms => Path.Combine(RepositoryRoot, "data", "search-synonyms.csv");

    /// <summary>The repository's official working-day calendar of 2024 to 2026.</summary>
    public static string WorkingCalendar => Path.Combine(RepositoryRoot, "data", "calendar", "working-calendar.csv");

    /// <summary>The read-only data folder laid beside the repository, with law texts and published-list excerpts.</summary>
    public static string SharedData => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));

    public static string Laws => Path.Combine(SharedData, "laws");

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
