using System.Globalization;
using Zhengwu.Bench.Generator;

const string Usage = """
    Usage: Zhengwu.Bench.Generator --items N --departments FILE --out FILE [--seed N] [--words DIR]

      --items N           number of power items to write (1 to 1,000,000)
      --departments FILE  departments CSV in the import format; items are spread over its department_name column
      --out FILE          the power list CSV to write
      --seed N            random seed; the same seed gives the same file (default 1)
      --words DIR         folder of subjects.txt, qualifiers.txt, activities.txt, laws.txt, remarks.txt
                          (default: the words folder beside this program)
    """;

var options = ReadOptions(args);
if (options is null
    || !int.TryParse(options.GetValueOrDefault("--items"), CultureInfo.InvariantCulture, out var count)
    || count is < 1 or > 1_000_000
    || !options.TryGetValue("--departments", out var departmentsPath)
    || !options.TryGetValue("--out", out var outPath))
{
    Console.Error.WriteLine(Usage);

    return 2;
}

if (!int.TryParse(options.GetValueOrDefault("--seed", "1"), CultureInfo.InvariantCulture, out var seed))
{
    Console.Error.WriteLine($"error: --seed \"{options["--seed"]}\" is not an integer.");

    return 2;
}

var words = WordLists.Load(options.GetValueOrDefault("--words", WordLists.DefaultFolder));
var departments = PowerListCsv.ReadDepartmentNames(departmentsPath);
var generator = new PowerItemGenerator(words, departments, seed);
PowerListCsv.Write(outPath, generator.Generate(count));
Console.WriteLine($"Wrote {count} power items over {departments.Count} departments to {outPath} (seed {seed}).");

return 0;

static Dictionary<string, string>? ReadOptions(string[] args)
{
    if (args.Length % 2 != 0)
    {
        return null;
    }

    var options = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var index = 0; index < args.Length; index += 2)
    {
        options[args[index]] = args[index + 1];
    }

    return options;
}
