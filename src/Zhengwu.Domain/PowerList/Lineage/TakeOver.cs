namespace Zhengwu.Domain.PowerList.Lineage;

/// <summary>
/// Rules of taking over (承接) a city power at county level: a county department takes over a city item in force
/// that the city put up for county exercise, either by delegating it to some county or by an exercise level that
/// includes the county level.
/// </summary>
public static class TakeOver
{
    /// <summary>The exercise level a county item gets when its department takes over a city item.</summary>
    public const string CountyLevel = Delegation.CountyLevel;

    /// <summary>
    /// Returns whether a city item is open to take-over: in force, not classified, and either delegated to at least
    /// one county or exercised at county level by its exercise level (县级, 市县两级 and the like all name 县).
    /// </summary>
    public static bool IsOffered(PowerItem cityItem, bool delegatedToSomeCounty) =>
        cityItem.Status == PowerItemStatus.InForce
        && !cityItem.IsClassified
        && (delegatedToSomeCounty || cityItem.ExerciseLevel?.Contains('县', StringComparison.Ordinal) == true);

    /// <summary>
    /// Returns the elements of the county item a take-over drafts: the city item's elements with the county department
    /// as implementing agency in place of the city department, and the county exercise level.
    /// </summary>
    public static Drafts.DraftElements CountyElements(PowerItem cityItem, string cityDepartmentName, string countyDepartmentName)
    {
        var elements = Drafts.DraftElements.From(cityItem);
        elements.AgencyText = string.IsNullOrWhiteSpace(elements.AgencyText)
            ? countyDepartmentName
            : elements.AgencyText.Replace(cityDepartmentName, countyDepartmentName, StringComparison.Ordinal);
        elements.ExerciseLevel = CountyLevel;

        return elements;
    }
}
