using Zhengwu.Domain.DutyList;
using Zhengwu.Domain.PowerList.Versions;

namespace Zhengwu.Domain.Tests.DutyList;

public sealed class DutyListSnapshotTests
{
    private static readonly DutyListElements s_list = new()
    {
        Duties =
        [
            new MainDuty
            {
                Content = "负责食品安全监督管理。",
                WorkItems =
                [
                    new DutyWorkItem { Name = "食品经营许可", Basis = "《中华人民共和国食品安全法》第三十五条", PowerItemCodes = ["620100-XK-00120", "620100-XK-00121"] },
                    new DutyWorkItem { Name = "统筹协调" },
                ],
            },
            new MainDuty { Content = "负责价格监督检查。" },
        ],
    };

    [Fact]
    public void Rows_are_labelled_by_position()
    {
        var fields = DutyListSnapshot.From(s_list);

        Assert.Equal(
            [
                new SnapshotField("主要职责 1", "负责食品安全监督管理。"),
                new SnapshotField("主要职责 1 · 工作事项 1", "食品经营许可（依据：《中华人民共和国食品安全法》第三十五条；相关权力事项：620100-XK-00120、620100-XK-00121）"),
                new SnapshotField("主要职责 1 · 工作事项 2", "统筹协调"),
                new SnapshotField("主要职责 2", "负责价格监督检查。"),
            ],
            fields);
    }

    [Fact]
    public void Version_hash_depends_on_department()
    {
        var fields = DutyListSnapshot.From(s_list);
        var version = new DutyListVersion(12, 1, fields) { ApprovedBy = "兰州市行政审批制度改革工作领导小组办公室", PublishedByName = "张敏" };

        Assert.True(version.IsIntact());
        Assert.Equal(PowerItemSnapshot.Hash("duty-list:12", 1, fields), version.Hash);
        Assert.NotEqual(DutyListSnapshot.Hash(13, 1, fields), version.Hash);
        Assert.NotEqual(DutyListSnapshot.Hash(12, 2, fields), version.Hash);
    }

    [Fact]
    public void Copy_shares_no_lists()
    {
        var copy = s_list.Copy();
        copy.Duties[0].WorkItems[0].PowerItemCodes.Add("620100-XK-00122");
        copy.Duties[1].WorkItems.Add(new DutyWorkItem { Name = "价格检查" });

        Assert.Equal(2, s_list.Duties[0].WorkItems[0].PowerItemCodes.Count);
        Assert.Empty(s_list.Duties[1].WorkItems);
        Assert.False(copy.SameAs(s_list));
    }
}
