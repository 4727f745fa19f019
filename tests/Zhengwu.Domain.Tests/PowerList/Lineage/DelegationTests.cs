using Zhengwu.Domain.PowerList.Lineage;

namespace Zhengwu.Domain.Tests.PowerList.Lineage;

public class DelegationTests
{
    [Theory]
    [InlineData("兰州市市场监督管理局", "兰州市", "城关区", "城关区市场监督管理局")]
    [InlineData("兰州市卫生健康委员会", "兰州市", "永登县", "永登县卫生健康委员会")]
    [InlineData("兰州市教育局", "兰州市", "七里河区", "七里河区教育局")]
    public void County_department_replaces_city_prefix(string city, string cityName, string county, string expected)
    {
        Assert.Equal(expected, Delegation.CountyDepartmentName(city, cityName, county));
    }

    [Theory]
    [InlineData("甘肃省市场监督管理局")]
    [InlineData("兰州市")]
    [InlineData("市场监督管理局兰州市")]
    public void County_department_null_without_city_prefix(string department)
    {
        Assert.Null(Delegation.CountyDepartmentName(department, "兰州市", "城关区"));
    }

    [Fact]
    public void County_department_null_for_empty_city_name()
    {
        Assert.Null(Delegation.CountyDepartmentName("兰州市教育局", "", "城关区"));
    }

    [Fact]
    public void Every_county_makes_county_level()
    {
        var level = Delegation.CityExerciseLevel(["620103", "620102", "620102"], ["620102", "620103"]);

        Assert.Equal("县级", level);
    }

    [Fact]
    public void Some_counties_make_both_levels()
    {
        var level = Delegation.CityExerciseLevel(["620102"], ["620102", "620103"]);

        Assert.Equal("市县两级", level);
    }

    [Fact]
    public void No_county_makes_both_levels()
    {
        var level = Delegation.CityExerciseLevel([], ["620102", "620103"]);

        Assert.Equal("市县两级", level);
    }
}
