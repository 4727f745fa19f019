namespace Zhengwu.Web.Hosting;

/// <summary>
/// The portal's own settings, from the "Zhengwu" configuration section. Paths are relative to the working directory.
/// </summary>
public sealed class ZhengwuOptions
{
    public const string SectionName = "Zhengwu";

    /// <summary>The folder of the SQLite database and uploaded files.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>The bundled sample data set, loaded into an empty database when <see cref="LoadSampleData"/> is on.
    /// </summary>
    public string SampleDataFolder { get; set; } = "data/sample";

    public bool LoadSampleData { get; set; } = true;

    /// <summary>
    /// The official working-day calendar (holidays and adjusted working days), loaded into a database without a
    /// calendar at start whether or not the sample is loaded. Empty skips the load.
    /// </summary>
    public string WorkingCalendarFile { get; set; } = "data/calendar/working-calendar.csv";

    /// <summary>A CSV of search words and the official terms they also match.</summary>
    public string SearchSynonymsFile { get; set; } = "data/search-synonyms.csv";

    /// <summary>
    /// A folder of law texts used to fill in and check the articles that legal bases cite. Optional: when it
    /// does not exist, bases are imported without article text.
    /// </summary>
    public string? LawLibraryPath { get; set; }

    /// <summary>
    /// Maps GET /bench/raw, a fixed 12-row HTML table rendered from memory, which load tests use as the
    /// baseline of what the host serves without the database. Never on in production.
    /// </summary>
    public bool BenchmarkEndpoints { get; set; }
}
