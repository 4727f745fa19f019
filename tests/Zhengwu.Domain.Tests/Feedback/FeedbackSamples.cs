using System.Globalization;
using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.Feedback;

namespace Zhengwu.Domain.Tests.Feedback;

/// <summary>Records and responders of 兰州市市场监督管理局 (department 7) for the feedback tests.</summary>
internal static class FeedbackSamples
{
    public const int MarketId = 7;
    public const string Market = "兰州市市场监督管理局";

    public static readonly FeedbackResponder Lead = new(Guid.NewGuid(), "lead", StaffRole.DepartmentLead, MarketId, Market);

    public static readonly FeedbackResponder Officer = new(Guid.NewGuid(), "officer", StaffRole.ContentOfficer, MarketId, Market);

    /// <summary>An instant written in Beijing time, "yyyy-MM-dd HH:mm".</summary>
    public static DateTimeOffset Beijing(string text) =>
        DateTimeOffset.ParseExact(text + " +08:00", "yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);

    public static FeedbackRecord Received(FeedbackKind kind, DateTimeOffset at, int limitDays) => FeedbackRecord.Receive(
        kind.NumberPrefix() + "-20260914-0001",
        new FeedbackRequest(kind, false, "营业执照办理时间", "请问个体户营业执照几天能办好？", "13700000001"),
        FeedbackSubject.ForDepartment(MarketId, Market),
        FeedbackSender.Account(Guid.NewGuid(), "encrypted"),
        "key-0123456789",
        limitDays,
        at);
}
