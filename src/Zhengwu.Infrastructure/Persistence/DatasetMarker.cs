namespace Zhengwu.Infrastructure.Persistence;

/// <summary>
/// Records which bundled data set the database was seeded with, so pages can show a notice that the content is a sample.
/// </summary>
public sealed class DatasetMarker
{
    public DatasetMarker(string name)
    {
        Name = name;
    }

    public string Name { get; private set; }

    public DateTimeOffset LoadedAt { get; set; }
}
