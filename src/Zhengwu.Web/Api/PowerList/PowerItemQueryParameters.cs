using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Zhengwu.Domain.Organization;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.PowerList;
using Zhengwu.Infrastructure.PowerList.Search;
using Zhengwu.Web.Hosting;

namespace Zhengwu.Web.Api.PowerList;

/// <summary>
/// The query string of a power item search, bound as text so that each invalid value gets its own message
/// naming the value and the fix. Shared by the search page and the API.
/// </summary>
public sealed class PowerItemQueryParameters
{
    private const int MaxPage = 100_000;

    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    [FromQuery(Name = "region")]
    public string? Region { get; set; }

    [FromQuery(Name = "department")]
    public string? Department { get; set; }

    [FromQuery(Name = "type")]
    public string? Type { get; set; }

    [FromQuery(Name = "page")]
    public string? PageNumber { get; set; }

    [FromQuery(Name = "pageSize")]
    public string? PageSize { get; set; }

    /// <summary>
    /// Validates every parameter, and that the region and department exist; returns the request, or the errors
    /// keyed by parameter name.
    /// </summary>
    public async Task<(PowerItemSearchRequest? Request, Dictionary<string, string[]> Errors)> ValidateAsync(
        PowerListQueries queries,
        CancellationToken cancellationToken)
    {
        var (request, errors) = Validate();
        if (request is null)
        {
            return (request, errors);
        }

        if (request.RegionCode is { } region && !await queries.RegionExistsAsync(region, cancellationToken))
        {
            errors["region"] = [$"地区代码“{region}”不存在：可用的地区见 /api/v1/regions。"];
        }

        if (request.DepartmentId is { } department
            && await queries.GetDepartmentAsync(department, cancellationToken) is null)
        {
            errors["department"] = [$"部门编号“{department}”不存在：部门编号见 /api/v1/regions/{{地区代码}}/departments。"];
        }

        return errors.Count > 0 ? (null, errors) : (request, errors);
    }

    /// <summary>Validates the form of every parameter; returns the request, or the errors keyed by parameter name.</summary>
    public (PowerItemSearchRequest? Request, Dictionary<string, string[]> Errors) Validate()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        CheckQuery(errors);
        CheckRegion(errors);
        var department = ParseInt("department", Department, 1, int.MaxValue, "部门编号应为正整数", errors);
        var type = ParseType(errors);
        var page = ParseInt("page", PageNumber, 1, MaxPage, $"页码应为1到{MaxPage}之间的整数", errors) ?? 1;
        var pageSize = ParseInt(
            "pageSize",
            PageSize,
            1,
            PowerItemSearchRequest.MaxPageSize,
            $"每页条数应为1到{PowerItemSearchRequest.MaxPageSize}之间的整数",
            errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var region = string.IsNullOrEmpty(Region) ? null : Region;
        var request = new PowerItemSearchRequest(
            Q,
            region,
            department,
            type,
            page,
            pageSize ?? PowerItemSearchRequest.DefaultPageSize);

        return (request, errors);
    }

    private void CheckQuery(Dictionary<string, string[]> errors)
    {
        if (Q is { Length: > PowerItemSearchRequest.MaxQueryLength })
        {
            errors["q"] = [$"检索词过长（{Q.Length}个字符）：请不超过{PowerItemSearchRequest.MaxQueryLength}个字符。"];
        }
    }

    private void CheckRegion(Dictionary<string, string[]> errors)
    {
        if (!string.IsNullOrEmpty(Region) && !RegionCode.IsValid(Region))
        {
            errors["region"] = [$"地区代码“{DisplayText.Shorten(Region)}”无效：应为6位行政区划代码，例如 620100。"];
        }
    }

    private PowerType? ParseType(Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(Type))
        {
            return null;
        }

        if (PowerTypes.TryParse(Type, out var type) || TryParseEnglishName(Type, out type))
        {
            return type;
        }

        var choices = PowerTypes.All.Select(choice => $"{choice.ChineseName()}（{choice.CodeLetters()}）");
        errors["type"] = [$"权力类型“{DisplayText.Shorten(Type)}”无效：可用 {string.Join("、", choices)}。"];

        return null;
    }

    private static bool TryParseEnglishName(string text, out PowerType type) =>
        Enum.TryParse(text, ignoreCase: true, out type) && Enum.IsDefined(type) && !int.TryParse(text, out _);

    private static int? ParseInt(
        string name,
        string? text,
        int min,
        int max,
        string rule,
        Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            && value >= min
            && value <= max)
        {
            return value;
        }

        errors[name] = [$"{rule}，收到“{DisplayText.Shorten(text)}”。"];

        return null;
    }
}
