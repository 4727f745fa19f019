using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Drafts;
using Zhengwu.Domain.PowerList.Versions;

namespace Zhengwu.Domain.Tests.PowerList.Drafts;

public sealed class DraftResponsibilitiesTests
{
    [Fact]
    public void Apply_keeps_records_of_kept_names()
    {
        var item = new PowerItem("620100-XK-00120", "食品经营许可", PowerType.Licensing, 12, "620100");
        var accept = new ResponsibilityItem("受理责任", "依法受理申请。") { SortOrder = 1 };
        var review = new ResponsibilityItem("审查责任", "审查申请材料。") { SortOrder = 2 };
        item.ResponsibilityItems.AddRange([accept, review]);
        List<DraftResponsibility> list =
        [
            new() { Name = " 决定责任 ", Content = "作出书面决定。\r\n送达申请人。" },
            new() { Name = "受理责任", Content = "当场受理材料齐全的申请。" },
        ];

        DraftResponsibilities.ApplyTo(list, item);

        Assert.Equal(["决定责任", "受理责任"], item.ResponsibilityItems.Select(responsibility => responsibility.Name));
        Assert.Equal([1, 2], item.ResponsibilityItems.Select(responsibility => responsibility.SortOrder));
        Assert.Same(accept, item.ResponsibilityItems[1]);
        Assert.Equal("当场受理材料齐全的申请。", accept.Content);
        Assert.Equal("作出书面决定。\n送达申请人。", item.ResponsibilityItems[0].Content);
        Assert.DoesNotContain(review, item.ResponsibilityItems);
    }

    [Fact]
    public void Null_list_leaves_items_alone()
    {
        var item = new PowerItem("620100-XK-00120", "食品经营许可", PowerType.Licensing, 12, "620100");
        item.ResponsibilityItems.Add(new ResponsibilityItem("受理责任", "依法受理申请。") { SortOrder = 1 });
        var elements = DraftElements.From(item);
        elements.Responsibilities = null;

        elements.ApplyTo(item);

        Assert.Equal("受理责任", Assert.Single(item.ResponsibilityItems).Name);
    }

    [Fact]
    public void Bad_entries_name_row_and_fix()
    {
        var elements = new DraftElements
        {
            Name = "食品经营许可",
            Type = PowerType.Licensing,
            Responsibilities =
            [
                new() { Content = "依法受理申请。" },
                new() { Name = "审查责任", Content = " " },
                new() { Name = new string('责', 101), Content = "内容" },
            ],
        };

        var problems = elements.Validate();

        Assert.Equal(
            [
                "第 1 条责任事项缺少名称，请填写名称（如“受理责任”），或删除该条。",
                "第 2 条责任事项“审查责任”缺少内容，请写明该责任的具体要求，或删除该条。",
                "第 3 条责任事项的名称共 101 个字，超过上限 100 个字，请缩短名称。",
            ],
            problems.Select(problem => problem.Message));
        Assert.All(problems, problem => Assert.Equal(nameof(DraftElements.Responsibilities), problem.Field));
    }

    [Fact]
    public void Snapshot_has_row_per_item()
    {
        var item = new PowerItem("620100-XK-00120", "食品经营许可", PowerType.Licensing, 12, "620100");
        item.ResponsibilityItems.AddRange(
        [
            new ResponsibilityItem("责任事项", "第二条") { SortOrder = 2 },
            new ResponsibilityItem("责任事项", "第一条") { SortOrder = 1 },
            new ResponsibilityItem("监管责任", "事后监管。") { SortOrder = 3 },
        ]);

        var fields = PowerItemSnapshot.From(item, "兰州市市场监督管理局").Where(field => field.Label.StartsWith("责任事项", StringComparison.Ordinal));

        Assert.Equal(
            [
                new SnapshotField("责任事项：责任事项", "第一条"),
                new SnapshotField("责任事项：责任事项（2）", "第二条"),
                new SnapshotField("责任事项：监管责任", "事后监管。"),
                new SnapshotField("责任事项顺序", "责任事项、责任事项（2）、监管责任"),
            ],
            fields);
    }

    [Fact]
    public void Changed_fields_report_responsibilities()
    {
        var item = new PowerItem("620100-XK-00120", "食品经营许可", PowerType.Licensing, 12, "620100");
        item.ResponsibilityItems.Add(new ResponsibilityItem("受理责任", "依法受理申请。") { SortOrder = 1 });
        var stored = DraftElements.From(item);
        var sameWithCrLf = stored.Copy();
        sameWithCrLf.Responsibilities![0].Content = "依法受理申请。\r\n";
        var reordered = stored.Copy();
        reordered.Responsibilities!.Insert(0, new DraftResponsibility { Name = "决定责任", Content = "作出决定。" });

        Assert.Empty(stored.ChangedFields(sameWithCrLf));
        Assert.Equal(["责任事项"], stored.ChangedFields(reordered));
        Assert.Single(stored.Responsibilities!);
    }
}
