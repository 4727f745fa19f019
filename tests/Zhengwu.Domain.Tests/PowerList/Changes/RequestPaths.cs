using Zhengwu.Domain.PowerList.Changes;

namespace Zhengwu.Domain.Tests.PowerList.Changes;

/// <summary>Builds requests and walks them from the draft along a path of steps taken by the right accounts.</summary>
internal static class RequestPaths
{
    /// <summary>When the first step of a path is taken. Each later step is an hour after the one before.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 9, 1, 0, 0, TimeSpan.Zero);

    /// <summary>The decision recorded on paths, dated the day of <see cref="Start"/> in China Standard Time.</summary>
    public static readonly GovernmentDecision Decision =
        new("兰州市人民政府第12次常务会议", new DateOnly(2026, 3, 9), "兰政发〔2026〕5号");

    public const string PathOpinion = "按程序办理";

    public static ChangeRequest New(ChangeKind kind, bool basisChanged)
    {
        int? powerItemId = kind == ChangeKind.Add ? null : 501;

        return new ChangeRequest(kind, ReasonOf(kind), "依据调整", Staff.DepartmentId, Staff.RegionCode, powerItemId, null)
        {
            BasisChanged = basisChanged,
        };
    }

    /// <summary>Returns a new request of <paramref name="kind"/> after the steps of <paramref name="path"/>.</summary>
    public static ChangeRequest Walk(ChangeKind kind, bool basisChanged, IReadOnlyList<ChangeTrigger> path)
    {
        var request = New(kind, basisChanged);
        for (var i = 0; i < path.Count; i++)
        {
            var from = request.Status;
            var trigger = path[i];
            var expected = WorkflowRules.Target(kind, basisChanged, from, trigger);
            var actor = Staff.WalkerFor(WorkflowRules.Taker(from, trigger));

            var error = request.Fire(trigger, actor, Start.AddHours(i), PathOpinion, Decision);

            if (expected is null || error is not null || request.Status != expected)
            {
                Assert.Fail($"Walking {kind} (basis changed: {basisChanged}) failed at {trigger} from {from}: "
                    + $"expected {expected}, got {request.Status} with error {error?.Message ?? "none"}.");
            }
        }

        return request;
    }

    public static ChangeRequest Walk(ChangeKind kind, bool basisChanged, string path) =>
        Walk(kind, basisChanged, Parse(path));

    /// <summary>
    /// Returns every path from the draft that enters no state twice, as the rules in <see cref="WorkflowRules"/>
    /// allow them. The content officer edits before each submission, so every submitted request has an edit in its
    /// history.
    /// </summary>
    public static IReadOnlyList<ChangeTrigger[]> All(ChangeKind kind, bool basisChanged)
    {
        var paths = new List<ChangeTrigger[]>();
        Extend(ChangeStatus.Draft, [], [ChangeStatus.Draft]);

        return paths;

        void Extend(ChangeStatus status, ChangeTrigger[] prefix, HashSet<ChangeStatus> entered)
        {
            paths.Add(prefix);
            foreach (var trigger in Enum.GetValues<ChangeTrigger>())
            {
                var next = WorkflowRules.Target(kind, basisChanged, status, trigger);
                if (next is not { } state || entered.Contains(state))
                {
                    continue;
                }

                ChangeTrigger[] steps = trigger == ChangeTrigger.Submit ? [ChangeTrigger.Edit, trigger] : [trigger];
                Extend(state, [.. prefix, .. steps], [.. entered, state]);
            }
        }
    }

    /// <summary>Returns the path written as trigger names joined by " > ", or "(new)" for no step.</summary>
    public static string Format(IReadOnlyList<ChangeTrigger> path) =>
        path.Count == 0 ? "(new)" : string.Join(" > ", path);

    public static ChangeTrigger[] Parse(string path) => path == "(new)"
        ? []
        : [.. path.Split(" > ").Select(Enum.Parse<ChangeTrigger>)];

    /// <summary>Returns the state the rules put a request in after <paramref name="path"/>.</summary>
    public static ChangeStatus End(ChangeKind kind, bool basisChanged, IReadOnlyList<ChangeTrigger> path)
    {
        var status = ChangeStatus.Draft;
        foreach (var trigger in path)
        {
            status = WorkflowRules.Target(kind, basisChanged, status, trigger)
                ?? throw new ArgumentException($"{trigger} is not permitted in {status}.", nameof(path));
        }

        return status;
    }

    private static ChangeReason ReasonOf(ChangeKind kind) => kind switch
    {
        ChangeKind.Add => ChangeReason.LawEnactedOrRevised,
        ChangeKind.Cancel => ChangeReason.CancelledAbove,
        ChangeKind.Delegate => ChangeReason.BetterManagedByCounty,
        ChangeKind.TakeOver => ChangeReason.DelegatedFromAbove,
        ChangeKind.Merge or ChangeKind.Split => ChangeReason.MergeOrSplitNeeded,
        ChangeKind.ElementChange => ChangeReason.BasisChanged,
        ChangeKind.Suspend => ChangeReason.NoCasesForThreeYears,
        ChangeKind.Resume => ChangeReason.ResumedOnNeed,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
