using Zhengwu.Domain.Accounts;
using Zhengwu.Domain.PowerList.Changes;

namespace Zhengwu.Domain.Tests.PowerList.Changes;

/// <summary>
/// Fires every trigger by every role from every scope in every state each kind can reach, and compares the outcome
/// with <see cref="WorkflowRules"/>.
/// </summary>
public class ChangeWorkflowMatrixTests
{
    private const string Opinion = "  材料齐全，同意。 ";
    private const string TrimmedOpinion = "材料齐全，同意。";

    private static readonly bool[] s_basisValues = [false, true];

    private static readonly DateTimeOffset s_firedAt = new(2026, 3, 12, 6, 0, 0, TimeSpan.Zero);

    private static readonly GovernmentDecision s_decision =
        new("兰州市人民政府第13次常务会议", new DateOnly(2026, 3, 11), "兰政发〔2026〕9号");

    /// <summary>
    /// Returns every kind with both values of <see cref="ChangeRequest.BasisChanged"/>, the state each of its paths
    /// ends in and the path. The state is its own argument because xUnit truncates long strings in test names.
    /// </summary>
    public static TheoryData<ChangeKind, bool, ChangeStatus, string> Paths()
    {
        var data = new TheoryData<ChangeKind, bool, ChangeStatus, string>();
        foreach (var kind in Enum.GetValues<ChangeKind>())
        {
            foreach (var basisChanged in s_basisValues)
            {
                foreach (var path in RequestPaths.All(kind, basisChanged))
                {
                    data.Add(kind, basisChanged, RequestPaths.End(kind, basisChanged, path), RequestPaths.Format(path));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Every_trigger_role_and_scope(ChangeKind kind, bool basisChanged, ChangeStatus status, string path)
    {
        var steps = RequestPaths.Parse(path);
        var failures = new List<string>();
        var request = RequestPaths.Walk(kind, basisChanged, steps);

        foreach (var trigger in Enum.GetValues<ChangeTrigger>())
        {
            foreach (var role in Enum.GetValues<StaffRole>())
            {
                foreach (var scope in Enum.GetValues<ScopeCase>())
                {
                    var before = Snapshot.Of(request);
                    var actor = Staff.Stranger(role, scope);

                    var error = request.Fire(trigger, actor, s_firedAt, Opinion, s_decision);

                    var expected = WorkflowRules.ExpectedError(kind, basisChanged, status, trigger, role, scope);
                    var label = $"{kind}, basis changed {basisChanged}, {status}: {trigger} by {role} ({scope})";
                    if (expected is null)
                    {
                        CheckTaken(request, before, error, actor, trigger, label, failures);
                    }
                    else
                    {
                        CheckRejected(request, before, error, expected, label, failures);
                    }

                    if (Snapshot.Of(request) != before)
                    {
                        request = RequestPaths.Walk(kind, basisChanged, steps);
                    }
                }
            }
        }

        Report(failures, path);
    }

    [Fact]
    public void Paths_reach_each_status_of_kind()
    {
        var allStatuses = Enum.GetValues<ChangeStatus>();
        ChangeStatus[] publishedOnApproval =
        [
            ChangeStatus.Draft, ChangeStatus.LegalReview, ChangeStatus.OfficeReview, ChangeStatus.Returned,
            ChangeStatus.Published, ChangeStatus.Withdrawn,
        ];
        ChangeStatus[] confirmedOnApproval = [.. publishedOnApproval, ChangeStatus.FinalReview];
        var expected = new Dictionary<ChangeKind, ChangeStatus[]>
        {
            [ChangeKind.Add] = allStatuses,
            [ChangeKind.Cancel] = allStatuses,
            [ChangeKind.Delegate] = allStatuses,
            [ChangeKind.TakeOver] = allStatuses,
            [ChangeKind.Merge] = allStatuses,
            [ChangeKind.Split] = allStatuses,
            [ChangeKind.ElementChange] = publishedOnApproval,
            [ChangeKind.Suspend] = publishedOnApproval,
            [ChangeKind.Resume] = confirmedOnApproval,
        };

        foreach (var kind in Enum.GetValues<ChangeKind>())
        {
            var reached = s_basisValues
                .SelectMany(basisChanged => RequestPaths.All(kind, basisChanged)
                    .Select(path => RequestPaths.End(kind, basisChanged, path)))
                .ToHashSet();

            Assert.Equal(expected[kind].Order(), reached.Order());
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Legal_review_only_when_basis_changed(bool basisChanged)
    {
        var reached = RequestPaths.All(ChangeKind.Add, basisChanged)
            .Select(path => RequestPaths.End(ChangeKind.Add, basisChanged, path));

        Assert.Equal(basisChanged, reached.Contains(ChangeStatus.LegalReview));
    }

    private static void CheckTaken(
        ChangeRequest request,
        Snapshot before,
        ChangeError? error,
        WorkflowActor actor,
        ChangeTrigger trigger,
        string label,
        List<string> failures)
    {
        var target = WorkflowRules.Target(request.Kind, request.BasisChanged, before.Status, trigger);
        if (error is not null)
        {
            failures.Add($"{label}: expected the step to {target}, got {Describe(error)}");

            return;
        }

        var decision = trigger == ChangeTrigger.RecordGovernmentDecision ? s_decision : before.Decision;
        var confirmedAt = trigger == ChangeTrigger.Approve && request.Kind == ChangeKind.Resume
            ? s_firedAt
            : before.ConfirmedAt;
        var publishedAt = target == ChangeStatus.Published ? s_firedAt : before.PublishedAt;
        var after = Snapshot.Of(request);
        Expect(failures, label, "status", target, after.Status);
        Expect(failures, label, "step count", before.StepCount + 1, after.StepCount);
        Expect(failures, label, "government decision", decision, after.Decision);
        Expect(failures, label, "confirmed at", confirmedAt, after.ConfirmedAt);
        Expect(failures, label, "published at", publishedAt, after.PublishedAt);
        if (after.StepCount != before.StepCount + 1)
        {
            return;
        }

        var step = request.Steps[^1];
        Expect(failures, label, "step trigger", trigger, step.Trigger);
        Expect(failures, label, "step from", before.Status, step.From);
        Expect(failures, label, "step to", target, step.To);
        Expect(failures, label, "step account", actor.AccountId, step.AccountId);
        Expect(failures, label, "step name", actor.Name, step.ActorName);
        Expect(failures, label, "step role", actor.Scope.Role, step.Role);
        Expect(failures, label, "step time", s_firedAt, step.At);
        Expect(failures, label, "step opinion", TrimmedOpinion, step.Opinion);
    }

    private static void CheckRejected(
        ChangeRequest request,
        Snapshot before,
        ChangeError? error,
        ChangeError expected,
        string label,
        List<string> failures)
    {
        if (!Equals(expected, error))
        {
            failures.Add($"{label}: expected {Describe(expected)}, got {Describe(error)}");
        }

        var after = Snapshot.Of(request);
        if (after != before)
        {
            failures.Add($"{label}: the rejected step changed the request from {before} to {after}");
        }
    }

    private static void Expect<T>(List<string> failures, string label, string what, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            var expectedText = expected?.ToString() ?? "null";
            var actualText = actual?.ToString() ?? "null";
            failures.Add($"{label}: expected {what} {expectedText}, got {actualText}");
        }
    }

    private static string Describe(ChangeError? error) =>
        error is null ? "the step taken" : $"{error.GetType().Name} “{error.Message}”";

    private static void Report(List<string> failures, string path)
    {
        if (failures.Count > 0)
        {
            Assert.Fail($"After {path}, {failures.Count} cases differ from the rules:\n{string.Join('\n', failures)}");
        }
    }

    /// <summary>What a rejected step must leave unchanged.</summary>
    private sealed record Snapshot(
        ChangeStatus Status,
        int StepCount,
        GovernmentDecision? Decision,
        DateTimeOffset? ConfirmedAt,
        DateTimeOffset? PublishedAt,
        ChangeReason Reason,
        string Explanation,
        bool BasisChanged)
    {
        public static Snapshot Of(ChangeRequest request) => new(
            request.Status,
            request.Steps.Count,
            request.GovernmentDecision,
            request.ConfirmedAt,
            request.PublishedAt,
            request.Reason,
            request.Explanation,
            request.BasisChanged);
    }
}
