using Zhengwu.Domain.Approvals;
using Zhengwu.Domain.PowerList;

namespace Zhengwu.Domain.Tests.Approvals;

public class ApplicationEligibilityTests
{
    [Theory]
    [InlineData(PowerType.Licensing)]
    [InlineData(PowerType.Benefit)]
    [InlineData(PowerType.Confirmation)]
    [InlineData(PowerType.Reward)]
    [InlineData(PowerType.Adjudication)]
    [InlineData(PowerType.Other)]
    [InlineData(PowerType.PublicService)]
    public void Application_types_in_force_open(PowerType type)
    {
        Assert.Null(ApplicationEligibility.Check(Item(type)));
    }

    [Theory]
    [InlineData(PowerType.Penalty, "行政处罚")]
    [InlineData(PowerType.Coercion, "行政强制")]
    [InlineData(PowerType.Levy, "行政征收")]
    [InlineData(PowerType.Inspection, "行政检查")]
    public void Ex_officio_types_rejected(PowerType type, string typeName)
    {
        var barrier = ApplicationEligibility.Check(Item(type));

        var rejected = Assert.IsType<ApplicationBarrier.NotHandledOnApplication>(barrier);
        Assert.Equal($"事项“测试事项”属于{typeName}，由行政机关依职权实施，不受理申请，无法在线申报。", rejected.Message);
    }

    [Fact]
    public void Suspended_item_rejected()
    {
        var item = Item(PowerType.Licensing);
        item.Status = PowerItemStatus.Suspended;

        Assert.IsType<ApplicationBarrier.Suspended>(ApplicationEligibility.Check(item));
    }

    [Fact]
    public void Cancelled_item_rejected()
    {
        var item = Item(PowerType.Licensing);
        item.Status = PowerItemStatus.Cancelled;

        Assert.IsType<ApplicationBarrier.Cancelled>(ApplicationEligibility.Check(item));
    }

    [Fact]
    public void Classified_reads_as_unknown()
    {
        var item = Item(PowerType.Licensing);
        item.IsClassified = true;
        item.Status = PowerItemStatus.Suspended;

        var barrier = ApplicationEligibility.Check(item);

        var hidden = Assert.IsType<ApplicationBarrier.NotPublished>(barrier);
        Assert.Equal("未找到事项编码为“620100-XK-09999”的公开事项，无法在线申报。请在权力清单中查找事项后再申报。", hidden.Message);
        Assert.DoesNotContain("测试事项", hidden.Message, StringComparison.Ordinal);
    }

    private static PowerItem Item(PowerType type) => new("620100-XK-09999", "测试事项", type, 1, "620100");
}
