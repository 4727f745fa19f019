using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Zhengwu.Domain.Audit;
using Zhengwu.Infrastructure.Audit;
using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Pages.Staff.Audit;

/// <summary>
/// The query string of the audit log viewer, bound as text so that each invalid value gets its own Chinese
/// message naming the value. Actions and results are allow-listed.
/// </summary>
public sealed class AuditLogParameters
{
    private const int MaxPage = 100_000;

    private static readonly Dictionary<string, AuditResult> s_results = new(StringComparer.Ordinal)
    {
        ["succeeded"] = AuditResult.Succeeded,
        ["failed"] = AuditResult.Failed,
        ["denied"] = AuditResult.Denied,
    };

    [FromQuery(Name = "action")]
    public string? Action { get; set; }

    [FromQuery(Name = "result")]
    public string? Result { get; set; }

    [FromQuery(Name = "account")]
    public string? Account { get; set; }

    [FromQuery(Name = "from")]
    public string? From { get; set; }

    [FromQuery(Name = "to")]
    public string? To { get; set; }

    [FromQuery(Name = "page")]
    public string? PageNumber { get; set; }

    [FromQuery(Name = "pageSize")]
    public string? PageSize { get; set; }

    /// <summary>The result codes the filter accepts, with their Chinese labels.</summary>
    public static IEnumerable<(string Code, string Label)> ResultChoices =>
        s_results.Select(pair => (pair.Key, pair.Value.ChineseName()));

    /// <summary>Validates every parameter and returns the query, or the errors keyed by parameter name.</summary>
    public (AuditQuery? Query, Dictionary<string, string> Errors) Validate()
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        CheckAction(errors);
        var result = ParseResult(errors);
        CheckAccount(errors);
        var from = BeijingDays.Parse("from", "开始日期", From, errors);
        var to = BeijingDays.Parse("to", "结束日期", To, errors);
        BeijingDays.CheckOrder(from, to, errors);
        var page = ParseInt("page", PageNumber, MaxPage, $"页码应为1到{MaxPage}之间的整数", errors);
        var pageSize = ParseInt(
            "pageSize",
            PageSize,
            AuditQuery.MaxPageSize,
            $"每页条数应为1到{AuditQuery.MaxPageSize}之间的整数",
            errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var query = new AuditQuery
        {
            Action = string.IsNullOrEmpty(Action) ? null : Action,
            Result = result,
            AccountName = string.IsNullOrWhiteSpace(Account) ? null : Account.Trim(),
            From = from is { } start ? BeijingDays.StartOf(start) : null,
            To = to is { } end ? BeijingDays.EndOf(end) : null,
            Page = page ?? 1,
            PageSize = pageSize ?? AuditQuery.DefaultPageSize,
        };

        return (query, errors);
    }

    /// <summary>Returns the viewer's address with these filters and <paramref name="page"/>.</summary>
    public string Link(int page)
    {
        var pairs = new List<KeyValuePair<string, string?>>
        {
            new("action", Action),
            new("result", Result),
            new("account", Account),
            new("from", From),
            new("to", To),
            new("pageSize", PageSize),
            new("page", page.ToString(CultureInfo.InvariantCulture)),
        };

        var query = QueryString.Create(pairs.Where(pair => !string.IsNullOrEmpty(pair.Value)));

        return "/staff/audit" + query.ToUriComponent();
    }

    private void CheckAction(Dictionary<string, string> errors)
    {
        if (!string.IsNullOrEmpty(Action) && !AuditActionNames.IsKnown(Action))
        {
            errors["action"] =
                $"操作类型“{DisplayText.Shorten(Action)}”无效：请从列表中选择，例如 login.failed。";
        }
    }

    private AuditResult? ParseResult(Dictionary<string, string> errors)
    {
        if (string.IsNullOrEmpty(Result))
        {
            return null;
        }

        if (s_results.TryGetValue(Result, out var result))
        {
            return result;
        }

        errors["result"] =
            $"结果“{DisplayText.Shorten(Result)}”无效：可用 succeeded（成功）、failed（失败）、denied（拒绝）。";

        return null;
    }

    private void CheckAccount(Dictionary<string, string> errors)
    {
        if (Account is { Length: > AuditRecord.MaxAccountNameLength })
        {
            errors["account"] =
                $"账户名过长（{Account.Length}个字符）：请不超过{AuditRecord.MaxAccountNameLength}个字符。";
        }
    }

    private static int? ParseInt(string name, string? text, int max, string rule, Dictionary<string, string> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            && value >= 1
            && value <= max)
        {
            return value;
        }

        errors[name] = $"{rule}，收到“{DisplayText.Shorten(text)}”。";

        return null;
    }
}
