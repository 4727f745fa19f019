namespace Zhengwu.Domain.Organization;

/// <summary>Recognises the offices that the portal's rules name by the words in their names.</summary>
public static class OfficeRoles
{
    private static readonly (string Marker, OfficeRole Role)[] s_markers =
    [
        ("审改办", OfficeRole.ReviewOffice),
        ("行政审批制度改革", OfficeRole.ReviewOffice),
        ("法制办", OfficeRole.LegalAffairsOffice),
        ("法制办公室", OfficeRole.LegalAffairsOffice),
        ("财政局", OfficeRole.FinanceBureau),
        ("扶贫办", OfficeRole.PovertyReliefOffice),
        ("扶贫开发办公室", OfficeRole.PovertyReliefOffice),
        ("大数据社会服务管理局", OfficeRole.BigDataBureau),
        ("政务服务中心", OfficeRole.ServiceCenter),
    ];

    /// <summary>Returns the role a department's full or short name implies, or <see cref="OfficeRole.None"/>.</summary>
    public static OfficeRole Infer(string name, string? shortName = null)
    {
        foreach (var (marker, role) in s_markers)
        {
            if (name.Contains(marker, StringComparison.Ordinal)
                || (shortName?.Contains(marker, StringComparison.Ordinal) ?? false))
            {
                return role;
            }
        }

        return OfficeRole.None;
    }

    public static string DisplayName(this OfficeRole role) => role switch
    {
        OfficeRole.ReviewOffice => "审改办",
        OfficeRole.LegalAffairsOffice => "法制办",
        OfficeRole.FinanceBureau => "财政局",
        OfficeRole.PovertyReliefOffice => "扶贫办",
        OfficeRole.BigDataBureau => "大数据局",
        OfficeRole.ServiceCenter => "政务服务中心",
        _ => "",
    };
}
