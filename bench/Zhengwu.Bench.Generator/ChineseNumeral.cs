namespace Zhengwu.Bench.Generator;

/// <summary>Writes article numbers the way laws do: 第三条, 第十五条, 第二十条, 第三十二条.</summary>
public static class ChineseNumeral
{
    private const string Digits = "零一二三四五六七八九";

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is not between 1 and 99.</exception>
    public static string Format(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 99);
        var tens = number / 10;
        var units = number % 10;
        var prefix = tens switch
        {
            0 => "",
            1 => "十",
            _ => Digits[tens] + "十",
        };

        return units == 0 ? prefix : prefix + Digits[units];
    }
}
