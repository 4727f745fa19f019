using Zhengwu.Web.Tests.Accounts;

namespace Zhengwu.Web.Tests.Staff.Audit;

/// <summary>One row of the audit log viewer's table as the page shows it, with the action code of the row.</summary>
internal sealed record AuditRow(
    long Id,
    string ActionCode,
    string Time,
    string Account,
    string Role,
    string Action,
    string Object,
    string Result,
    string Detail)
{
    public static List<AuditRow> ReadAll(BrowserResponse page) =>
    [
        .. page.Document.QuerySelectorAll("table.audit tbody tr").Select(row =>
        {
            string Cell(string name) => row.QuerySelector("td." + name)?.TextContent.Trim() ?? "";

            return new AuditRow(
                long.Parse(row.GetAttribute("data-id")!, System.Globalization.CultureInfo.InvariantCulture),
                row.GetAttribute("data-action") ?? "",
                Cell("time"),
                Cell("account"),
                Cell("role"),
                Cell("action"),
                Cell("object"),
                Cell("result"),
                Cell("detail"));
        }),
    ];
}
