namespace Zhengwu.Bench.Generator;

/// <summary>
/// The words synthetic power items are built from, one word a line in the files of a folder: subjects
/// (食品, 燃气), qualifiers (城镇, 临时), activities (经营, 运输), law titles and remarks.
/// </summary>
public sealed record WordLists(
    IReadOnlyList<string> Subjects,
    IReadOnlyList<string> Qualifiers,
    IReadOnlyList<string> Activities,
    IReadOnlyList<string> Laws,
    IReadOnlyList<string> Remarks)
{
    /// <summary>The words folder copied beside the generator's binaries.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "words");

    /// <exception cref="FileNotFoundException">A word file is missing from <paramref name="folder"/>.</exception>
    public static WordLists Load(string folder) => new(
        Read(folder, "subjects.txt"),
        Read(folder, "qualifiers.txt"),
        Read(folder, "activities.txt"),
        Read(folder, "laws.txt"),
        Read(folder, "remarks.txt"));

    private static string[] Read(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        var words = File.ReadLines(path).Select(line => line.Trim()).Where(line => line.Length > 0).ToArray();

        return words.Length > 0 ? words : throw new InvalidDataException($"The word file {path} has no words.");
    }
}
