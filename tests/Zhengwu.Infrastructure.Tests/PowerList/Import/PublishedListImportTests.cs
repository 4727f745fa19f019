using Microsoft.EntityFrameworkCore;
using Zhengwu.Domain.PowerList;
using Zhengwu.Infrastructure.Import;
using Zhengwu.Infrastructure.Persistence;
using Zhengwu.Infrastructure.PowerList.Import;
using Zhengwu.TestSupport;

namespace Zhengwu.Infrastructure.Tests.PowerList.Import;

/// <summary>
/// Imports published-list-excerpts.csv: seven data rows (rows 2 to 8) from the 2022 licensing lists of
/// Hangzhou's 西湖区 (rows 2 to 4) and 上城区 (rows 5 and 6) and a 2016 Zhejiang provincial list (rows 7
/// and 8, which leave the department blank and name 省科技厅 as the implementing agency).
/// </summary>
public abstract class PublishedListImportTests(DatabaseProvider provider)
{
    private const int DataRows = 7;
    private const string XihuList = "杭州市西湖区行政许可事项清单(2022年)(共210项)";
    private const string ShangchengList = "杭州市上城区行政许可事项清单(2022年)(共146项)(上依法办〔2022〕2号)";

    private static string Excerpts => Path.Combine(TestPaths.SharedData, "published-list-excerpts.csv");

    [Fact]
    public async Task Unmapped_rows_are_all_rejected()
    {
        await using var database = await CreateWithHangzhouDepartmentsAsync();
        var before = await database.SnapshotAsync();

        var report = await database.ImportItemsAsync(Excerpts);

        Assert.Equal(0, report.Created);
        Assert.Equal(DataRows, report.Created + report.Errors.Select(error => error.Row).Distinct().Count());
        Assert.Equal(DataRows, report.Errors.Count);
        Assert.Equal([2, 3, 4, 5, 6, 7, 8], report.Errors.Select(error => error.Row));
        Assert.Equal(
            ["区发改经信局", "区发改经信局", "区教育局", "区发改经信局", "区发改经信局", "省科技厅", "省科技厅"],
            report.Errors.Select(error => error.Value));
        Assert.All(report.Errors.Take(5), error => Assert.Equal("主管部门", error.Column));
        Assert.All(report.Errors.Skip(5), error => Assert.Equal("实施机关", error.Column));
        Assert.Equal(before, await database.SnapshotAsync());
    }

    [Fact]
    public async Task Mapped_rows_are_all_imported()
    {
        await using var database = await CreateWithHangzhouDepartmentsAsync();
        var mapping = ReadMapping(database);

        var report = await database.ImportItemsAsync(Excerpts, mapping);

        Assert.Empty(report.Errors);
        Assert.Equal(DataRows, report.Created + report.Errors.Select(error => error.Row).Distinct().Count());
        var items = await database.ItemsAsync();
        Assert.Equal(DataRows, items.Count);
        Assert.All(items, item => Assert.Equal(PowerType.Licensing, item.Type));
        Assert.Equal(
            ["330106-XK-00001", "330106-XK-00002", "330106-XK-00003", "330102-XK-00001", "330102-XK-00002",
             "330000-XK-00001", "330000-XK-00002"],
            items.Select(item => item.Code));
        var names = await database.WithContextAsync(db =>
            db.Departments.ToDictionaryAsync(department => department.Id, department => department.Name));
        Assert.Equal(
            ["西湖区发展改革和经济信息化局", "西湖区发展改革和经济信息化局", "西湖区教育局",
             "上城区发展改革和经济信息化局", "上城区发展改革和经济信息化局", "浙江省科学技术厅", "浙江省科学技术厅"],
            items.Select(item => names[item.DepartmentId]));
    }

    [Fact]
    public async Task Mapped_rows_keep_every_citation()
    {
        await using var database = await CreateWithHangzhouDepartmentsAsync();

        await database.ImportItemsAsync(Excerpts, ReadMapping(database));

        var items = await database.ItemsAsync();
        Assert.Equal([5, 5, 4, 5, 2, 1, 1], items.Select(item => item.LegalBases.Count));
        var catalogue = items[0].LegalBases[1];
        Assert.Equal("国务院关于发布政府核准的投资项目目录(2016年本)的通知", catalogue.Title);
        Assert.Equal("国发〔2016〕72号", catalogue.DocumentNumber);
        Assert.Equal("浙政办发〔2020〕48号", items[0].LegalBases[4].DocumentNumber);
        Assert.Equal("国家发展改革委令2016年第44号", items[1].LegalBases[1].DocumentNumber);
        Assert.Equal("省发展改革委关于印发〈浙江省节能审查办法〉的通知", items[1].LegalBases[3].Title);
        Assert.Equal("国发〔2010〕41号", items[2].LegalBases[2].DocumentNumber);
        Assert.Equal("实验动物管理条例", Assert.Single(items[5].LegalBases).Title);
    }

    [Fact]
    public async Task Mapped_rows_clean_names_and_agencies()
    {
        await using var database = await CreateWithHangzhouDepartmentsAsync();

        await database.ImportItemsAsync(Excerpts, ReadMapping(database));

        var items = await database.ItemsAsync();
        var investment = items[0];
        Assert.Equal("固定资产投资项目核准(含国发〔2016〕72号文件规定的外商投资项目)", investment.Name);
        Assert.Equal("固定资产投资项目核准(含国发〔2016〕72号文件规定的外商投资项目)*", investment.NameText);
        Assert.Equal("不含铬化合物生产建设项目", investment.Remarks);
        Assert.Null(items[1].NameText);
        var education = Assert.Single(items[2].Agencies);
        Assert.Equal("区教育局", education.Name);
        Assert.Equal("部分为审批,部分为省教育厅委托事项", education.Qualifier);
        Assert.Equal(AgencyNature.Entrusted, education.Nature);
        Assert.Equal("区教育局(部分为审批,部分为省教育厅委托事项)", items[2].AgencyText);
        Assert.Equal("省科技厅", Assert.Single(items[6].Agencies).Name);
    }

    [Fact]
    public async Task Mapped_import_repeated_is_unchanged()
    {
        await using var database = await CreateWithHangzhouDepartmentsAsync();
        await database.ImportItemsAsync(Excerpts, ReadMapping(database));
        var before = await database.SnapshotAsync();

        var report = await database.ImportItemsAsync(Excerpts, ReadMapping(database));

        Assert.Empty(report.Errors);
        Assert.Equal(DataRows, report.Unchanged);
        Assert.Equal(before, await database.SnapshotAsync());
    }

    private async Task<ImportDatabase> CreateWithHangzhouDepartmentsAsync()
    {
        var database = await ImportDatabase.CreateAsync(provider);
        var departments = database.WriteFile("hangzhou-departments.csv", """
            region_code,region_name,department_name,short_name,kind
            330000,浙江省,浙江省科学技术厅,浙江省科技厅,department
            330106,西湖区,西湖区发展改革和经济信息化局,西湖区发改经信局,department
            330106,西湖区,西湖区教育局,西湖区教育局,department
            330102,上城区,上城区发展改革和经济信息化局,上城区发改经信局,department
            """);
        Assert.Empty((await database.ImportDepartmentsAsync(departments)).Errors);

        return database;
    }

    /// <summary>
    /// Maps 区发改经信局, which both district lists use, by source list, and 省科技厅 for every list.
    /// </summary>
    private static DepartmentMapping ReadMapping(ImportDatabase database)
    {
        var path = database.WriteFile("mapping.csv", $"""
            source_list,source_department,department_name,region_code
            {XihuList},区发改经信局,西湖区发展改革和经济信息化局,330106
            {XihuList},区教育局,西湖区教育局,330106
            {ShangchengList},区发改经信局,上城区发展改革和经济信息化局,330102
            ,省科技厅,浙江省科学技术厅,330000
            """);
        var report = new ImportReport();
        var mapping = DepartmentMapping.Read(path, report);
        Assert.Empty(report.Errors);

        return mapping;
    }
}

public sealed class SqlitePublishedListImportTests() : PublishedListImportTests(DatabaseProvider.Sqlite);

public sealed class PostgresPublishedListImportTests() : PublishedListImportTests(DatabaseProvider.Postgres);
