using Zhengwu.Domain.DutyList;

namespace Zhengwu.Domain.Tests.DutyList;

public sealed class DutyRowsTests
{
    [Fact]
    public void Rows_sort_by_position_and_drop_blanks()
    {
        DutyRow[] rows =
        [
            new() { Position = "3", Content = "负责价格监督检查。" },
            new() { Position = "", Content = "  ", WorkItemsText = "\n" },
            new() { Position = "1", Content = "负责市场综合监督管理。", WorkItemsText = "市场监管执法" },
            new() { Position = "1", Content = "负责市场主体登记注册。" },
            new() { Position = "2", Content = "负责广告监督管理。", Remove = true },
        ];

        var (elements, problems) = DutyRows.Read(rows);

        Assert.Empty(problems);
        Assert.Equal(["负责市场综合监督管理。", "负责市场主体登记注册。", "负责价格监督检查。"], elements.Duties.Select(duty => duty.Content));
        Assert.Equal(["市场监管执法"], elements.Duties[0].WorkItems.Select(work => work.Name));
    }

    [Fact]
    public void Work_item_lines_split_into_parts()
    {
        DutyRow[] rows =
        [
            new()
            {
                Content = "负责食品安全监督管理。",
                WorkItemsText = "食品经营许可｜《中华人民共和国食品安全法》第三十五条｜620100-xk-00120、620100-XK-00121，620100-XK-00120\r\n"
                    + "食品安全抽样检验|《中华人民共和国食品安全法》第八十七条\n统筹协调",
            },
        ];

        var (elements, problems) = DutyRows.Read(rows);
        var works = elements.Duties.Single().WorkItems;

        Assert.Empty(problems);
        Assert.Equal(["食品经营许可", "食品安全抽样检验", "统筹协调"], works.Select(work => work.Name));
        Assert.Equal("《中华人民共和国食品安全法》第三十五条", works[0].Basis);
        Assert.Equal(["620100-XK-00120", "620100-XK-00121"], works[0].PowerItemCodes);
        Assert.Equal("《中华人民共和国食品安全法》第八十七条", works[1].Basis);
        Assert.Empty(works[1].PowerItemCodes);
        Assert.Null(works[2].Basis);
    }

    [Fact]
    public void Bad_rows_name_value_and_fix()
    {
        DutyRow[] rows =
        [
            new() { Position = "0", Content = new string('职', DutyRows.MaxContentLength + 1) },
            new() { Position = "-2", WorkItemsText = "｜只有依据\n检查｜依据｜620100-AB-1" },
        ];

        var (_, problems) = DutyRows.Read(rows);

        Assert.Equal(
            [
                "第 1 行主要职责的序号“0”无效，请填写 1 或更大的整数，按序号从小到大排列。",
                "第 2 行主要职责的序号“-2”无效，请填写 1 或更大的整数，按序号从小到大排列。",
                "第 1 行主要职责共 2001 个字，超过上限 2000 个字，请删减。",
                "第 2 行填写了工作事项但缺少主要职责，请写明该项职责（如“负责市场综合监督管理”），或删除该行。",
                "第 2 行第 1 项工作事项“｜只有依据”缺少名称，请在第一个“｜”前写出工作事项名称。",
                "第 2 行第 2 项工作事项的权力事项编码“620100-AB-1”格式不正确，请填写 15 位事项编码，如 620100-XK-00001。",
            ],
            problems.Select(problem => problem.Message));
    }

    [Fact]
    public void Form_rows_read_back_unchanged()
    {
        var elements = new DutyListElements
        {
            Duties =
            [
                new MainDuty
                {
                    Content = "负责食品安全监督管理。",
                    WorkItems =
                    [
                        new DutyWorkItem { Name = "食品经营许可", Basis = "《中华人民共和国食品安全法》第三十五条", PowerItemCodes = ["620100-XK-00120"] },
                        new DutyWorkItem { Name = "执法检查", PowerItemCodes = ["620100-JC-00003"] },
                        new DutyWorkItem { Name = "统筹协调" },
                    ],
                },
            ],
        };

        var rows = DutyRow.From(elements);
        var (read, problems) = DutyRows.Read(rows);

        Assert.Equal("食品经营许可｜《中华人民共和国食品安全法》第三十五条｜620100-XK-00120\n执法检查｜｜620100-JC-00003\n统筹协调", rows.Single().WorkItemsText);
        Assert.Empty(problems);
        Assert.True(read.SameAs(elements));
    }
}
