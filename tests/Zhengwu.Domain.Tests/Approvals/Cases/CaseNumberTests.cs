using Zhengwu.Domain.Approvals.Cases;

namespace Zhengwu.Domain.Tests.Approvals.Cases;

public sealed class CaseNumberTests
{
    [Fact]
    public void Date_is_china_date()
    {
        // 2026-12-04 16:00 UTC is 2026-12-05 00:00 in China Standard Time; one second earlier is still the 4th.
        var midnight = new DateTimeOffset(2026, 12, 4, 16, 0, 0, TimeSpan.Zero);

        Assert.Equal("620100-20261205-", CaseNumber.DayPrefix("620100", midnight));
        Assert.Equal("620100-20261204-", CaseNumber.DayPrefix("620100", midnight.AddSeconds(-1)));
    }

    [Fact]
    public void Sequence_has_four_digits_or_more()
    {
        Assert.Equal("620102-20261205-0001", CaseNumber.Format("620102-20261205-", 1));
        Assert.Equal("620102-20261205-10000", CaseNumber.Format("620102-20261205-", 10000));
    }

    [Theory]
    [InlineData("620100-20261205-0001", true)]
    [InlineData("620100-20261205-10000", true)]
    [InlineData("620100202612050001", false)]
    [InlineData("620100-20261205-00a1", false)]
    [InlineData("../620100-20261205", false)]
    [InlineData("", false)]
    public void Well_formed_numbers(string text, bool expected) => Assert.Equal(expected, CaseNumber.IsWellFormed(text));

    [Fact]
    public void Optional_materials_are_marked_by_name()
    {
        var fields = FilingMaterials.For(["申请书", "营业执照复印件（如有）", "委托书（如需委托办理）", "其他材料（选填）"]);

        Assert.Equal([true, false, false, false], fields.Select(field => field.Required));
        Assert.Equal(["Material0", "Material1", "Material2", "Material3"], fields.Select(field => field.FieldName));
    }

    [Fact]
    public void Item_without_materials_gets_one_field()
    {
        var field = Assert.Single(FilingMaterials.For([]));

        Assert.Equal(("申请书及相关材料", true, "Material0"), (field.Name, field.Required, field.FieldName));
    }
}
