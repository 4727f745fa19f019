namespace Zhengwu.Domain.PowerList.Lineage;

/// <summary>
/// Rules of delegating (下放) a city power to county level: which counties may receive it and which county department
/// exercises it there.
/// </summary>
public static class Delegation
{
    /// <summary>The exercise level (行使层级) of a city item once every county of the city exercises it.</summary>
    public const string CountyLevel = "县级";

    /// <summary>The exercise level of a city item that some but not all counties exercise.</summary>
    public const string CityAndCountyLevels = "市县两级";

    /// <summary>
    /// Returns the name of the county department that corresponds to a city department: the city's name at the start
    /// of the department's name replaced by the county's, e.g. 兰州市市场监督管理局 to 城关区市场监督管理局. Returns
    /// null when the department's name does not start with the city's name.
    /// </summary>
    public static string? CountyDepartmentName(string cityDepartmentName, string cityName, string countyName)
    {
        if (cityName.Length == 0 || !cityDepartmentName.StartsWith(cityName, StringComparison.Ordinal)
            || cityDepartmentName.Length == cityName.Length)
        {
            return null;
        }

        return countyName + cityDepartmentName[cityName.Length..];
    }

    /// <summary>
    /// Returns the exercise level of a city item after delegation: <see cref="CountyLevel"/> when the counties that
    /// exercise it include every county of the city, otherwise <see cref="CityAndCountyLevels"/>, because the city
    /// still exercises it for the other counties.
    /// </summary>
    public static string CityExerciseLevel(IEnumerable<string> exercisingCounties, IEnumerable<string> countiesOfCity) =>
        countiesOfCity.ToHashSet(StringComparer.Ordinal).IsSubsetOf(exercisingCounties)
            ? CountyLevel
            : CityAndCountyLevels;
}
