using System.Security.Cryptography;
using System.Text;
using Zhengwu.Domain.PowerList;
using Zhengwu.Domain.PowerList.Versions;

namespace Zhengwu.Domain.Tests.PowerList.Versions;

/// <summary>Snapshots of published items: their labelled fields, the hash that detects tampering and the difference of two.</summary>
public sealed class PowerItemSnapshotTests
{
    [Fact]
    public void Snapshot_lists_present_elements_in_page_order()
    {
        var item = new PowerItem("620100-XK-00001", "食品经营许可", PowerType.Licensing, 1, "620100")
        {
            PromisedTimeLimit = new TimeLimit { Amount = 10, Unit = TimeLimitUnit.WorkingDays, Text = "10个工作日" },
            Materials = ["申请书", "营业执照"],
            Fee = new Fee { Charged = false },
        };

        var fields = PowerItemSnapshot.From(item, "兰州市市场监督管理局");

        Assert.Equal(
            ["事项名称", "权力类型", "状态", "主管部门", "承诺办结时限", "收费", "申请材料"],
            fields.Select(field => field.Label));
        Assert.Equal("申请书\n营业执照", fields.Single(field => field.Label == "申请材料").Text);
        Assert.Equal("不收费", fields.Single(field => field.Label == "收费").Text);
        Assert.Equal("行政许可", fields.Single(field => field.Label == "权力类型").Text);
    }

    [Fact]
    public void Hash_matches_length_prefixed_encoding()
    {
        SnapshotField[] fields = [new("事项名称", "食品经营许可"), new("状态", "在用")];
        var text = "15:620100-XK-00001\n1:3\n4:事项名称\n6:食品经营许可\n2:状态\n2:在用\n";
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

        Assert.Equal(expected, PowerItemSnapshot.Hash("620100-XK-00001", 3, fields));
    }

    [Fact]
    public void Hash_separates_label_and_text_boundaries()
    {
        SnapshotField[] first = [new("备注", "甲乙")];
        SnapshotField[] second = [new("备注甲", "乙")];

        Assert.NotEqual(PowerItemSnapshot.Hash("620100-XK-00001", 1, first), PowerItemSnapshot.Hash("620100-XK-00001", 1, second));
    }

    [Fact]
    public void Edited_version_is_not_intact()
    {
        var version = new PowerItemVersion(1, "620100-XK-00001", 2, [new("事项名称", "食品经营许可")])
        {
            ApprovedBy = "兰州市行政审批制度改革工作领导小组办公室",
            PublishedByName = "reviewer",
        };
        var intact = version.IsIntact();

        version.Fields[0] = new SnapshotField("事项名称", "食品经营许可（已篡改）");

        Assert.True(intact);
        Assert.False(version.IsIntact());
    }

    [Fact]
    public void Compare_lists_changed_added_and_removed()
    {
        SnapshotField[] before = [new("事项名称", "甲"), new("办公时间", "工作日"), new("备注", "旧")];
        SnapshotField[] after = [new("事项名称", "甲"), new("承诺办结时限", "10个工作日"), new("备注", "新")];

        var differences = PowerItemSnapshot.Compare(before, after);

        Assert.Equal(
            [
                new FieldDifference("承诺办结时限", null, "10个工作日"),
                new FieldDifference("备注", "旧", "新"),
                new FieldDifference("办公时间", "工作日", null),
            ],
            differences);
    }
}
