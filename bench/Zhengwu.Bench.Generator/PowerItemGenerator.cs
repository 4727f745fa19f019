namespace Zhengwu.Bench.Generator;

/// <summary>
/// Generates power items with realistic Chinese names, departments and legal bases for load tests. The
/// same seed, word lists and departments give the same rows on every run, because <see cref="Random"/>
/// with a seed repeats its sequence. Names are unique across the whole list, so the importer creates one
/// item per row.
/// </summary>
public sealed class PowerItemGenerator(WordLists words, IReadOnlyList<string> departments, int seed)
{
    private const int MaxAttemptsPerItem = 1000;

    /// <summary>Power types with their name patterns and how often they occur, about as in published lists.</summary>
    private static readonly (string Type, int Share, string[] Patterns)[] s_types =
    [
        ("行政许可", 40, ["{q}{s}{a}许可", "{q}{s}{a}许可证核发", "{q}{s}{a}审批"]),
        ("行政处罚", 20, ["对未取得{s}许可从事{q}{s}{a}活动的处罚", "对违反{s}管理规定{a}{q}{s}的处罚"]),
        ("行政检查", 10, ["{q}{s}{a}监督检查"]),
        ("行政确认", 6, ["{q}{s}{a}登记"]),
        ("行政给付", 6, ["{q}{s}{a}补助发放"]),
        ("公共服务", 6, ["{q}{s}{a}信息查询"]),
        ("行政强制", 4, ["对违法{a}的{q}{s}的查封、扣押"]),
        ("行政征收", 2, ["{q}{s}{a}费征收"]),
        ("行政奖励", 2, ["{q}{s}{a}违法行为举报奖励"]),
        ("行政裁决", 2, ["{q}{s}{a}纠纷裁决"]),
        ("其他行政权力", 2, ["{q}{s}{a}备案"]),
    ];

    private static readonly int s_totalShare = s_types.Sum(type => type.Share);

    /// <exception cref="InvalidOperationException">The word lists cannot make <paramref name="count"/> unique names.</exception>
    public IEnumerable<SyntheticPowerItem> Generate(int count)
    {
        if (departments.Count == 0)
        {
            throw new InvalidOperationException("No departments to assign items to; pass a departments file with rows.");
        }

        var random = new Random(seed);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var sequence = 1; sequence <= count; sequence++)
        {
            var (type, name) = UniqueName(random, names);
            var department = departments[random.Next(departments.Count)];

            yield return new SyntheticPowerItem(
                sequence,
                department,
                name,
                type,
                department,
                LegalBasis(random),
                random.Next(10) < 3 ? Pick(random, words.Remarks) : "");
        }
    }

    private (string Type, string Name) UniqueName(Random random, HashSet<string> names)
    {
        for (var attempt = 0; attempt < MaxAttemptsPerItem; attempt++)
        {
            var (type, _, patterns) = PickType(random);
            var name = Pick(random, patterns)
                .Replace("{q}", random.Next(3) == 0 ? "" : Pick(random, words.Qualifiers), StringComparison.Ordinal)
                .Replace("{s}", Pick(random, words.Subjects), StringComparison.Ordinal)
                .Replace("{a}", Pick(random, words.Activities), StringComparison.Ordinal);
            if (names.Add(name))
            {
                return (type, name);
            }
        }

        throw new InvalidOperationException(
            $"No unique name found after {MaxAttemptsPerItem} attempts at item {names.Count + 1}; add words to the word lists.");
    }

    private static (string Type, int Share, string[] Patterns) PickType(Random random)
    {
        var roll = random.Next(s_totalShare);
        foreach (var type in s_types)
        {
            if (roll < type.Share)
            {
                return type;
            }

            roll -= type.Share;
        }

        return s_types[^1];
    }

    private string LegalBasis(Random random)
    {
        var count = 1 + random.Next(2);
        var bases = Enumerable.Range(0, count)
            .Select(_ => $"《{Pick(random, words.Laws)}》第{ChineseNumeral.Format(2 + random.Next(40))}条");

        return string.Join("；", bases.Distinct());
    }

    private static string Pick(Random random, IReadOnlyList<string> list) => list[random.Next(list.Count)];
}
