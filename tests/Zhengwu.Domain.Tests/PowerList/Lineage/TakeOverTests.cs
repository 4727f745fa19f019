using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Lineage;

namespace Zhengwu.Domain.Tests.PowerList.Lineage;

public class TakeOverTests
{
    private static PowerItem CityItem(string? level, PowerItemStatus status = PowerItemStatus.InForce, bool classified = false) =>
        new("620100-XK-00074", "食品生产许可", PowerType.Licensing, 1, "620100")
        {
            ExerciseLevel = level,
            Status = status,
            IsClassified = classified,
            AgencyText = "兰州市市场监督管理局（法定）",
        };

    [Theory]
    [InlineData("市县两级", false, true)]
    [InlineData("县级", false, true)]
    [InlineData("市级", false, false)]
    [InlineData(null, false, false)]
    [InlineData("市级", true, true)]
    [InlineData(null, true, true)]
    public void Offered_by_level_or_delegation(string? level, bool delegated, bool expected)
    {
        Assert.Equal(expected, TakeOver.IsOffered(CityItem(level), delegated));
    }

    [Theory]
    [InlineData(PowerItemStatus.Suspended, false)]
    [InlineData(PowerItemStatus.Cancelled, false)]
    [InlineData(PowerItemStatus.InForce, true)]
    public void Suspended_cancelled_or_classified_not_offered(PowerItemStatus status, bool classified)
    {
        Assert.False(TakeOver.IsOffered(CityItem("市县两级", status, classified), true));
    }

    [Fact]
    public void County_elements_name_county_department()
    {
        var elements = TakeOver.CountyElements(CityItem("市县两级"), "兰州市市场监督管理局", "城关区市场监督管理局");

        Assert.Equal("城关区市场监督管理局（法定）", elements.AgencyText);
        Assert.Equal("县级", elements.ExerciseLevel);
        Assert.Equal("食品生产许可", elements.Name);
        Assert.Equal(PowerType.Licensing, elements.Type);
    }

    [Fact]
    public void County_elements_fill_missing_agency()
    {
        var item = CityItem("县级");
        item.AgencyText = null;

        var elements = TakeOver.CountyElements(item, "兰州市市场监督管理局", "城关区市场监督管理局");

        Assert.Equal("城关区市场监督管理局", elements.AgencyText);
    }
}
