using LianLuo.Domain.Aggregation;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Timeliness;
using NodaTime;

namespace LianLuo.Domain.Tests.Evaluation;

/// <summary>Evaluation items built from real histories through the deadline engine and the reply rules, then scored.</summary>
public class EvaluationItemsTests
{
    private static readonly LocalDate AssignedOn = new(2025, 3, 3);
    private static readonly LocalDate AsOf = new(2025, 7, 1);
    private static readonly HandlingUnit Education = new("市教育局");

    private static HandledItem Item(string id, bool key, params HandlingEvent[] after)
    {
        var submission = new Submission(new ItemId(id), SubmissionKind.Suggestion, "关于改善校园周边交通的建议", 2025, new Deputy("王代表"), isKey: key);
        return new HandledItem(submission, [new Assigned(AssignedOn, [new Assignment(Education, AssignmentRole.Lead)]), .. after]);
    }

    [Fact]
    public void From_Histories_DecidesTimelinessWithTheDeadlineEngine_AndScoresByHand()
    {
        // 交办 2025-03-03 (Mon): the reply deadline is 3 months later, 2025-06-03 (Tue, a working day).
        // J1 signed on 03-05, 面商 before handling, replied 05-20 (A, 14 days early), 满意 → on time, perfect.
        // J2 replied 06-04 (B with a planned completion date) → late; no form back yet.
        // J3 never replied; as of 07-01 → overdue.
        var items = new[]
        {
            Item(
                "J1",
                key: true,
                new Received(new LocalDate(2025, 3, 5), Education),
                new Communicated(new LocalDate(2025, 3, 20), CommunicationStage.BeforeHandling, CommunicationMode.FaceToFace, 2),
                new Replied(new LocalDate(2025, 5, 20), ResultCategory.A),
                new FeedbackReceived(new LocalDate(2025, 6, 1), SatisfactionLevel.Satisfied)),
            Item(
                "J2",
                key: false,
                new Communicated(new LocalDate(2025, 4, 1), CommunicationStage.DuringHandling, CommunicationMode.Phone),
                new Replied(new LocalDate(2025, 6, 4), ResultCategory.B, PlannedCompletion: new LocalDate(2025, 12, 31))),
            Item("J3", key: false),
        };

        var evaluationItems = EvaluationItems.From(items, AsOf);

        Assert.Equal(
            [ReportStatus.OnTime, ReportStatus.Late, ReportStatus.Overdue],
            evaluationItems.Select(i => i.Timeliness));
        var j1 = evaluationItems[0];
        Assert.Equal((14, 2, true, false), (j1.DaysBeforeDeadline!.Value, j1.DaysToReceive!.Value, j1.CommunicatedBeforeReply, j1.IsNonStandardReply));
        Assert.Equal(-1, evaluationItems[1].DaysBeforeDeadline);
        Assert.Null(evaluationItems[1].DaysToReceive);
        Assert.False(evaluationItems[1].IsNonStandardReply);
        Assert.False(evaluationItems[2].IsSeriouslyOverdue);

        // 按时办复 1/3 × 20; 沟通联系 (J1 面商) 1/3 × 20; 办理实效 (1 + 0.5)/2 × 30 = 22.5; 满意度 1/1 × 30.
        // base = 40/3 + 52.5 = 65.8333…; −1 (J3 overdue) +1 (J1 key A) → 65.83.
        var unit = Assert.Single(UnitEvaluator.Evaluate(EvaluationPresets.Default, evaluationItems).Units);
        Assert.Equal((65.83m, 65.83m, "合格"), (unit.Base, unit.Score, unit.Grade!));
        Assert.Equal(["J3"], unit.DeductionRules.Single().Items.Select(i => i.Value));
    }

    [Fact]
    public void From_SeparateHandling_GivesOneItemPerUnit_AndUnassignedGivesNone()
    {
        var civil = new HandlingUnit("市民政局");
        var submission = new Submission(new ItemId("F1"), SubmissionKind.Proposal, "关于加强养老服务的提案", 2025, new Member("李委员"));
        var separate = new HandledItem(submission, [new Assigned(AssignedOn, [new Assignment(Education, AssignmentRole.Separate), new Assignment(civil, AssignmentRole.Separate)])]);
        var unassigned = new HandledItem(new Submission(new ItemId("F2"), SubmissionKind.Proposal, "未交办的提案", 2025, new Member("李委员")), []);

        var items = EvaluationItems.From([separate, unassigned], AsOf);

        Assert.Equal(["市教育局", "市民政局"], items.Select(i => i.Unit.Name));
        Assert.All(items, i => Assert.Equal((new ItemId("F1"), ReportStatus.Overdue), (i.Id, i.Timeliness)));
    }

    [Fact]
    public void From_ReplyWithoutItsReason_IsNonStandard()
    {
        var item = Item("J4", key: false, new Replied(new LocalDate(2025, 4, 1), ResultCategory.C));

        var evaluationItem = Assert.Single(EvaluationItems.From([item], AsOf));

        Assert.True(evaluationItem.IsNonStandardReply);
        Assert.Equal(63, evaluationItem.DaysBeforeDeadline);
    }

    [Fact]
    public void EvaluationItem_UnitThatIsNotALead_Throws()
    {
        var facts = new ItemFacts(new ItemId("X1"), SubmissionKind.Suggestion, ReportStatus.Pending, leadUnits: [Education], coUnits: [new HandlingUnit("市财政局")]);

        var ex = Assert.Throws<ArgumentException>(() => new EvaluationItem(facts, new HandlingUnit("市财政局")));
        Assert.Contains("市财政局", ex.Message, StringComparison.Ordinal);
    }
}
