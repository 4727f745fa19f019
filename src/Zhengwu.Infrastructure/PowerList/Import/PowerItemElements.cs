using Zhengwu.Domain.PowerList;

namespace Zhengwu.Infrastructure.PowerList.Import;

/// <summary>Sets one element column's parsed value on an item.</summary>
internal static class PowerItemElements
{
    public static void Apply(PowerItem item, string column, object? value)
    {
        var text = value as string;
        switch (column)
        {
            case PowerItemColumns.ExerciseLevel: item.ExerciseLevel = text; break;
            case PowerItemColumns.HandlingDivision: item.HandlingDivision = text; break;
            case PowerItemColumns.ServiceObject: item.ServiceObject = text; break;
            case PowerItemColumns.StatutoryLimit: item.StatutoryTimeLimit = value as TimeLimit; break;
            case PowerItemColumns.PromisedLimit: item.PromisedTimeLimit = value as TimeLimit; break;
            case PowerItemColumns.Materials: item.Materials = value as List<string> ?? []; break;
            case PowerItemColumns.MaterialsBasis: item.MaterialsBasis = text; break;
            case PowerItemColumns.Conditions: item.AcceptanceConditions = value as List<string> ?? []; break;
            case PowerItemColumns.ConditionsBasis: item.AcceptanceConditionsBasis = text; break;
            case PowerItemColumns.Fee: item.Fee = value as Fee; break;
            case PowerItemColumns.Procedure: item.ProcedureSteps = value as List<string> ?? []; break;
            case PowerItemColumns.ProcedureBasis: item.ProcedureBasis = text; break;
            case PowerItemColumns.SupervisionChannel: item.SupervisionChannel = text; break;
            case PowerItemColumns.SupervisionPhone: item.SupervisionPhone = text; break;
            case PowerItemColumns.OfficeAddress: item.OfficeAddress = text; break;
            case PowerItemColumns.OfficeHours: item.OfficeHours = text; break;
            case PowerItemColumns.Faq: item.Faqs = value as List<FaqEntry> ?? []; break;
            case PowerItemColumns.Responsibilities:
                ReplaceResponsibilities(item, value as List<ResponsibilityItem> ?? []);
                break;
            case PowerItemColumns.Explanation: item.Explanation = text; break;
            case PowerItemColumns.NationalCode: item.NationalCode = text; break;
            case PowerItemColumns.Status: item.Status = value as PowerItemStatus? ?? PowerItemStatus.InForce; break;
            case PowerItemColumns.Classified: item.IsClassified = value as bool? ?? false; break;
            case PowerItemColumns.StatutoryLimitBasis or PowerItemColumns.FeeStandard or PowerItemColumns.FeeBasis:
                // Read into the time limit and the fee together with their main column.
                break;
            default: throw new ArgumentOutOfRangeException(nameof(column), column, "Not an element column.");
        }
    }

    private static void ReplaceResponsibilities(PowerItem item, List<ResponsibilityItem> responsibilities)
    {
        item.ResponsibilityItems.Clear();
        item.ResponsibilityItems.AddRange(responsibilities);
    }
}
