using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Parsing;
using Zhengwu.Infrastructure.Import;
using C = Zhengwu.Infrastructure.PowerList.Import.PowerItemColumns;

namespace Zhengwu.Infrastructure.PowerList.Import;

/// <summary>Validates one sheet row and parses its cells into a <see cref="PowerItemRow"/>.</summary>
internal sealed class PowerItemRowReader(TabularFile sheet, ImportReport report, LawLibrary laws)
{
    /// <summary>
    /// Reads the common columns. Returns null when a cell that identifies the item is invalid. Other invalid
    /// cells are reported and the row is still returned, so the report lists every problem of the file.
    /// </summary>
    public PowerItemRow? Read(TabularRow row, DepartmentResolver? departments)
    {
        var rawName = row.Get(C.Name);
        if (rawName is null)
        {
            report.Error(row.Number, C.Name, null, "事项名称不能为空。");

            return null;
        }

        var name = TextNormalizer.StripFootnoteMarks(TextNormalizer.CollapseWhitespace(rawName));
        var type = departments is null ? null : ReadType(row);
        var department = departments?.Resolve(row, report);
        var code = ReadCode(row);
        if (departments is not null && (type is null || department is null))
        {
            return null;
        }

        var parsed = new PowerItemRow
        {
            Number = row.Number,
            Name = name,
            NameText = rawName == name ? null : rawName,
            Type = type,
            Department = department,
            Code = code,
            Source = sheet.Columns.Distinct().ToDictionary(column => column, row.Get, StringComparer.Ordinal),
            Agencies = sheet.Has(C.Agency) ? [.. AgencyParser.Parse(row.Get(C.Agency) ?? "")] : null,
            LegalBases = sheet.Has(C.LegalBasis) ? ReadBases(row) : null,
        };
        ReadElements(row, parsed, type);

        return parsed;
    }

    private PowerType? ReadType(TabularRow row)
    {
        var text = row.Get(C.Type);
        if (text is not null)
        {
            if (PowerTypes.TryParse(TextNormalizer.Normalize(text), out var type))
            {
                return type;
            }

            var choices = string.Join("、", PowerTypes.All.Select(PowerTypes.ChineseName));
            report.Error(row.Number, C.Type, text, $"无法识别的权力类型。可用：{choices}。");

            return null;
        }

        var listTitle = row.Get(C.SourceList);
        var named = PowerTypes.All.FirstOrDefault(candidate =>
            listTitle?.Contains(candidate.ChineseName(), StringComparison.Ordinal) ?? false);
        if (named != default)
        {
            return named;
        }

        report.Error(row.Number, C.Type, null, "权力类型不能为空：请填写“行政许可”“行政处罚”等类型。");

        return null;
    }

    private string? ReadCode(TabularRow row)
    {
        var code = row.Get(C.Code);
        if (code is not null && !ItemCode.IsWellFormed(code))
        {
            report.Error(row.Number, C.Code, code, "事项编码格式不正确：应为“区划代码-类型字母-5位序号”，例如 620100-XK-00001；新事项请留空，由系统赋码。");

            return null;
        }

        return code;
    }

    private List<LegalBasis> ReadBases(TabularRow row)
    {
        var bases = LegalBasisParser.Parse(row.Get(C.LegalBasis) ?? "").ToList();
        foreach (var basis in bases)
        {
            laws.Resolve(basis);
            if (basis.ArticlesFound == false)
            {
                report.Warn(row.Number, C.LegalBasis, $"《{basis.Title}》{basis.Articles}", "法规库中未找到所引条款，请核对条款序号。");
            }
        }

        return bases;
    }

    private void ReadElements(TabularRow row, PowerItemRow parsed, PowerType? type)
    {
        foreach (var column in C.Elements.Where(sheet.Has))
        {
            var text = row.Get(column);
            parsed.Elements[column] = column switch
            {
                C.StatutoryLimit => ReadTimeLimit(row, column, text, row.Get(C.StatutoryLimitBasis), type),
                C.PromisedLimit => ReadTimeLimit(row, column, text, null, type),
                C.Materials or C.Conditions => text is null ? [] : MaterialListParser.Parse(text).ToList(),
                C.Procedure => text is null ? new List<string>() : ProcedureParser.Parse(text).ToList(),
                C.Fee => ReadFee(row, text),
                C.Faq => ElementCellParser.ParseFaq(text),
                C.Responsibilities => ElementCellParser.ParseResponsibilities(text),
                C.NationalCode => ReadNationalCode(row, text),
                C.Status => ReadStatus(row, text),
                C.Classified => ReadClassified(row, text),
                _ => text,
            };
        }
    }

    private TimeLimit? ReadTimeLimit(TabularRow row, string column, string? text, string? basis, PowerType? type)
    {
        if (text is null)
        {
            return null;
        }

        if (TimeLimitParser.TryParse(text, type ?? PowerType.Licensing, out var limit) && limit is not null)
        {
            return basis is null ? limit : new TimeLimit
            {
                Amount = limit.Amount,
                Unit = limit.Unit,
                Extension = limit.Extension,
                Text = limit.Text,
                Basis = basis,
            };
        }

        report.Error(row.Number, column, text, "无法识别时限：请写成“自受理之日起20日内”“20个工作日”或“3个月”。");

        return null;
    }

    private static Fee? ReadFee(TabularRow row, string? text)
    {
        if (text is null)
        {
            return null;
        }

        var free = Fee.IsFreeText(text);

        return new Fee
        {
            Charged = !free,
            Standard = row.Get(C.FeeStandard) ?? (free ? null : text),
            Basis = row.Get(C.FeeBasis),
        };
    }

    private string? ReadNationalCode(TabularRow row, string? text)
    {
        if (text is not null && !NationalCode.IsValid(text))
        {
            report.Error(row.Number, C.NationalCode, text, "国家实施编码无效：应为31位，前18位为实施机关的统一社会信用代码（含校验位）。");
        }

        return text;
    }

    private PowerItemStatus ReadStatus(TabularRow row, string? text)
    {
        switch (text)
        {
            case null or "在用" or "有效" or "实施中" or "正常":
                return PowerItemStatus.InForce;
            case "暂停" or "挂起" or "暂停实施":
                return PowerItemStatus.Suspended;
            case "取消" or "已取消":
                return PowerItemStatus.Cancelled;
            default:
                report.Error(row.Number, C.Status, text, "状态只能是“在用”“暂停”或“取消”。");

                return PowerItemStatus.InForce;
        }
    }

    private bool ReadClassified(TabularRow row, string? text)
    {
        switch (text)
        {
            case null or "否" or "0" or "false" or "FALSE" or "非涉密":
                return false;
            case "是" or "1" or "true" or "TRUE" or "涉密":
                return true;
            default:
                report.Error(row.Number, C.Classified, text, "是否涉密只能填“是”或“否”。");

                return false;
        }
    }
}
