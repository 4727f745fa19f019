namespace Zhengwu.Domain.PowerList;

/// <summary>The ten types of administrative power plus public service.</summary>
public enum PowerType
{
    Licensing = 1,
    Penalty = 2,
    Coercion = 3,
    Levy = 4,
    Benefit = 5,
    Inspection = 6,
    Confirmation = 7,
    Reward = 8,
    Adjudication = 9,
    Other = 10,
    PublicService = 11,
}
