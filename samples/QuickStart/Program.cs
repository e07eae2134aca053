using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using NodaTime;

// A deputy's suggestion (建议) with one co-signer.
var submission = new Submission(
    new ItemId("J2025-001"),
    SubmissionKind.Suggestion,
    "关于加强校园周边交通安全管理的建议",
    2025,
    new Deputy("张三", "城关代表团"),
    coSigners: [new Deputy("李四", "城关代表团")]);

// Its handling history, in date order: 交办 to 市教育局 (主办) with 市公安局 (会办), 签收,
// 答复 (B, planned), 反馈 不满意, 重新办理, 答复 (A), 反馈 满意, 办结.
var education = new HandlingUnit("市教育局");
HandlingEvent[] history =
[
    new Assigned(new LocalDate(2025, 3, 20), [new Assignment(education, AssignmentRole.Lead), Assignment.CoHandling("市公安局")]),
    new Received(new LocalDate(2025, 3, 21), education),
    new Replied(new LocalDate(2025, 5, 30), ResultCategory.B, PlannedCompletion: new LocalDate(2025, 12, 31)),
    new FeedbackReceived(new LocalDate(2025, 6, 10), SatisfactionLevel.Unsatisfied),
    new RehandlingStarted(new LocalDate(2025, 6, 12)),
    new Replied(new LocalDate(2025, 7, 15), ResultCategory.A),
    new FeedbackReceived(new LocalDate(2025, 7, 25), SatisfactionLevel.Satisfied),
    new Closed(new LocalDate(2025, 7, 28)),
];

// Fold the history into the item's current state.
var item = new HandledItem(submission, history);
var state = item.State;
var satisfaction = state.FinalSatisfaction is { } level ? DisplayNames.Chinese(level) : "未反馈";
Console.WriteLine($"{item.Id} {DisplayNames.Chinese(submission.Kind)}: {DisplayNames.Chinese(state.Phase)} ({DisplayNames.English(state.Phase)})");
Console.WriteLine($"replies: {state.ReplyCount}, rounds: {state.Rounds.Count}, final satisfaction: {satisfaction}");

// A step that breaks a rule is refused, and the violation names the event, its date and the rule.
if (!ItemLifecycle.TryApply(state, new Closed(new LocalDate(2025, 8, 1)), out _, out var violation))
{
    Console.WriteLine(violation.Message);
}
