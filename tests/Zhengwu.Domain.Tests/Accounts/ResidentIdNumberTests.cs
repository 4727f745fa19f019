using Zhengwu.Domain.Accounts;

namespace Zhengwu.Domain.Tests.Accounts;

public class ResidentIdNumberTests
{
    private static readonly DateOnly s_today = new(2026, 12, 4);

    [Fact]
    public void Check_character_of_standard_example()
    {
        // 11010519491231002X: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2.
        int[] products =
        [
            1 * 7, 1 * 9, 0 * 10, 1 * 5, 0 * 8, 5 * 4, 1 * 2, 9 * 1, 4 * 6,
            9 * 3, 1 * 7, 2 * 9, 3 * 10, 1 * 5, 0 * 8, 0 * 4, 2 * 2,
        ];
        var sum = products.Sum();

        Assert.Equal(167, sum);
        Assert.Equal(2, sum % 11);
        Assert.Equal('X', ResidentIdNumber.ComputeCheckCharacter("11010519491231002"));
    }

    [Fact]
    public void Check_remainder_10_gives_2()
    {
        // 62010219880516123: 42+18+0+5+0+8+2+9+48+24+0+45+10+30+8+8+6 = 263, 263 mod 11 = 10.
        Assert.Equal('2', ResidentIdNumber.ComputeCheckCharacter("62010219880516123"));
    }

    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("620102198805161232")]
    [InlineData("620102200002291236")]
    public void Valid_numbers_pass(string number)
    {
        Assert.Null(ResidentIdNumber.Validate(number, s_today));
    }

    [Fact]
    public void Lower_case_x_normalises()
    {
        var number = ResidentIdNumber.Normalize(" 11010519491231002x ");

        Assert.Equal("11010519491231002X", number);
        Assert.Null(ResidentIdNumber.Validate(number, s_today));
    }

    [Fact]
    public void Wrong_check_character_fails()
    {
        var error = ResidentIdNumber.Validate("620102198805161234", s_today);

        var wrong = Assert.IsType<ResidentIdNumberError.WrongCheckCharacter>(error);
        Assert.Equal('4', wrong.Actual);
        Assert.Equal('2', wrong.Expected);
        Assert.Contains("校验位不正确", wrong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_leap_February_29_fails()
    {
        // 62010219000229123X has a correct check character (sum 189, 189 mod 11 = 2 → X), but 1900 is no leap year.
        var error = ResidentIdNumber.Validate("62010219000229123X", s_today);

        var invalid = Assert.IsType<ResidentIdNumberError.InvalidBirthDate>(error);
        Assert.Equal("19000229", invalid.Digits);
    }

    [Fact]
    public void Future_birth_date_fails()
    {
        // 620102202701011239: sum 146, 146 mod 11 = 3 → 9, born 2027-01-01, after the test's today.
        var error = ResidentIdNumber.Validate("620102202701011239", s_today);

        var implausible = Assert.IsType<ResidentIdNumberError.ImplausibleBirthDate>(error);
        Assert.Equal(new DateOnly(2027, 1, 1), implausible.BirthDate);
    }

    [Fact]
    public void Birth_before_1900_fails()
    {
        // 440524188001010014: the standard's second example, sum 195, 195 mod 11 = 8 → 4, born 1880.
        var error = ResidentIdNumber.Validate("440524188001010014", s_today);

        Assert.IsType<ResidentIdNumberError.ImplausibleBirthDate>(error);
    }

    [Fact]
    public void Unknown_province_fails()
    {
        var error = ResidentIdNumber.Validate("990102198805161232", s_today);

        var unknown = Assert.IsType<ResidentIdNumberError.UnknownRegion>(error);
        Assert.Equal("990102", unknown.RegionCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("62010219880516123")]
    [InlineData("6201021988051612322")]
    [InlineData("62010219880516123Y")]
    [InlineData("6201021988O516123X")]
    [InlineData("620102880516123")]
    public void Malformed_numbers_fail(string number)
    {
        Assert.IsType<ResidentIdNumberError.Malformed>(ResidentIdNumber.Validate(number, s_today));
    }

    [Fact]
    public void Mask_keeps_four_each_end()
    {
        Assert.Equal("6201**********1232", ResidentIdNumber.Mask("620102198805161232"));
    }

    [Fact]
    public void Malformed_message_masks_number()
    {
        var error = ResidentIdNumber.Validate("6201021988051612322", s_today);

        Assert.NotNull(error);
        Assert.DoesNotContain("19880516", error.Message, StringComparison.Ordinal);
        Assert.Contains("6201***********2322", error.Message, StringComparison.Ordinal);
    }
}
