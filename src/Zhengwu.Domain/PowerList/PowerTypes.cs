using System.Collections.Frozen;

namespace Zhengwu.Domain.PowerList;

/// <summary>Chinese names, code letters and parsing of <see cref="PowerType"/>.</summary>
public static class PowerTypes
{
    private static readonly (PowerType Type, string Name, string Letters)[] s_table =
    [
        (PowerType.Licensing, "行政许可", "XK"),
        (PowerType.Penalty, "行政处罚", "CF"),
        (PowerType.Coercion, "行政强制", "QZ"),
        (PowerType.Levy, "行政征收", "ZS"),
        (PowerType.Benefit, "行政给付", "JF"),
        (PowerType.Inspection, "行政检查", "JC"),
        (PowerType.Confirmation, "行政确认", "QR"),
        (PowerType.Reward, "行政奖励", "JL"),
        (PowerType.Adjudication, "行政裁决", "CJ"),
        (PowerType.Other, "其他行政权力", "QT"),
        (PowerType.PublicService, "公共服务", "GG"),
    ];

    private static readonly FrozenDictionary<string, PowerType> s_byName = BuildNameLookup();

    public static IReadOnlyList<PowerType> All { get; } = [.. s_table.Select(row => row.Type)];

    public static string ChineseName(this PowerType type) => Row(type).Name;

    /// <summary>The two letters that item codes carry to show the type, e.g. XK for licensing.</summary>
    public static string CodeLetters(this PowerType type) => Row(type).Letters;

    /// <summary>
    /// Returns true for the types that a person or company applies for, which publish time limits,
    /// materials and a procedure.
    /// </summary>
    public static bool IsHandledOnApplication(this PowerType type) => type is PowerType.Licensing
        or PowerType.Benefit or PowerType.Confirmation or PowerType.Reward or PowerType.Adjudication
        or PowerType.Other or PowerType.PublicService;

    /// <summary>
    /// Parses a type as published lists write it: the full name, the name without 行政, or the code letters.
    /// </summary>
    public static bool TryParse(string? text, out PowerType type)
    {
        var key = (text ?? "").Trim();

        return s_byName.TryGetValue(key, out type);
    }

    public static bool TryParseLetters(string letters, out PowerType type)
    {
        foreach (var row in s_table)
        {
            if (row.Letters == letters)
            {
                type = row.Type;

                return true;
            }
        }

        type = default;

        return false;
    }

    private static (PowerType Type, string Name, string Letters) Row(PowerType type) =>
        s_table.First(row => row.Type == type);

    private static FrozenDictionary<string, PowerType> BuildNameLookup()
    {
        var names = new Dictionary<string, PowerType>(StringComparer.OrdinalIgnoreCase);
        foreach (var (type, name, letters) in s_table)
        {
            names[name] = type;
            names[letters] = type;
            if (name.StartsWith("行政", StringComparison.Ordinal))
            {
                names[name[2..]] = type;
            }
        }

        names["其他权力"] = PowerType.Other;
        names["其他"] = PowerType.Other;
        names["公共服务事项"] = PowerType.PublicService;

        return names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
