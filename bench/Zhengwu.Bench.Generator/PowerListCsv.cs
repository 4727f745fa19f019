using System.Globalization;
using System.Text;
using CsvHelper;

namespace Zhengwu.Bench.Generator;

/// <summary>Writes generated items as a UTF-8 CSV file with the headers of a published power list.</summary>
public static class PowerListCsv
{
    public static readonly string[] Header = ["序号", "主管部门", "事项名称", "权力类型", "实施机关", "设定和实施依据", "备注"];

    public static void Write(string path, IEnumerable<SyntheticPowerItem> items)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var column in Header)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var item in items)
        {
            csv.WriteField(item.Sequence.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(item.Department);
            csv.WriteField(item.Name);
            csv.WriteField(item.Type);
            csv.WriteField(item.Agency);
            csv.WriteField(item.LegalBasis);
            csv.WriteField(item.Remarks);
            csv.NextRecord();
        }
    }

    /// <summary>Reads the department_name column of a departments file in the import format.</summary>
    public static List<string> ReadDepartmentNames(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var names = new List<string>();
        while (csv.Read())
        {
            names.Add(csv.GetField("department_name") ?? "");
        }

        return names;
    }
}
