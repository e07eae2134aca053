using LianLuo.Domain.Aggregation;
using LianLuo.Domain.Classification;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Reporting;
using LianLuo.Domain.Timeliness;
using NodaTime;

namespace LianLuo.Domain.Tests.Model;

/// <summary>
/// The rules of handling as practised (issue 9), each worked by hand on the real 2025 calendar: 分办 parts, what was known
/// when it mattered (extensions, 情况复杂), 签收 windows, returns of 会办 and lead units.
/// </summary>
/// <remarks>
/// Calendar facts used: 2025-03-20 + 3 months is 2025-06-20, a Friday; 2025-07-01 + 3 months is 2025-10-01, in 国庆节、中秋节
/// (10-01..10-08 off), so 2025-10-09; + 6 months is 2026-01-01, 元旦 (01-01..01-03 off, 01-04 a make-up working day), so
/// 2026-01-04.
/// </remarks>
public sealed class HandlingPracticeTests
{
    private static readonly HandlingUnit Education = new("市教育局");
    private static readonly HandlingUnit Police = new("市公安局");
    private static readonly HandlingUnit Housing = new("市住房城乡建设局");
    private static readonly DeadlineEngine Engine = DeadlineEngine.Default;

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    private static Submission Suggestion(string id = "J2025-001") =>
        new(new ItemId(id), SubmissionKind.Suggestion, "关于加强校园周边交通安全管理的建议", 2025, new Deputy("张三"));

    private static ItemState Fold(params HandlingEvent[] history) => ItemLifecycle.Fold(Suggestion(), history);

    private static LifecycleViolation Refused(params HandlingEvent[] history)
    {
        Assert.False(ItemLifecycle.TryFold(Suggestion(), history, out var state, out var violation));
        Assert.Null(state);
        Assert.Equal(history.Length - 1, violation.EventIndex);
        return violation;
    }

    private static Assigned SeparateOn(LocalDate date) =>
        new(date, [new Assignment(Education, AssignmentRole.Separate), new Assignment(Police, AssignmentRole.Separate)]);

    private static Assigned LeadOn(LocalDate date, params HandlingUnit[] coUnits) =>
        new(date, [new Assignment(Education, AssignmentRole.Lead), .. coUnits.Select(u => new Assignment(u, AssignmentRole.CoHandling))]);

    [Fact]
    public void SeparateHandling_EachUnitAnswersForItsOwnPart()
    {
        // 交办 2025-03-20, deadline 2025-06-20 for both units. 教育局 replies on time (A), 公安局 late (C) and is re-handled.
        HandlingEvent[] history =
        [
            SeparateOn(D(2025, 3, 20)),
            new Replied(D(2025, 5, 20), ResultCategory.A, Education),
            new FeedbackReceived(D(2025, 5, 30), SatisfactionLevel.Satisfied, Education),
            new Replied(D(2025, 7, 1), ResultCategory.C, Police, Reason: "需省级审批"),
            new FeedbackReceived(D(2025, 7, 10), SatisfactionLevel.Unsatisfied, Police),
            new RehandlingStarted(D(2025, 7, 12), Police),
            new Replied(D(2025, 8, 5), ResultCategory.B, Police, PlannedCompletion: D(2025, 12, 31)),
        ];
        var state = Fold(history);
        var asOf = D(2025, 9, 1);

        var facts = ItemFacts.From(state, Engine, asOf, ClassificationScheme.Default, null);
        var evaluation = EvaluationItems.FromState(state, asOf, Engine, ReplyRules.Default).ToDictionary(e => e.Unit);

        // The item: replied when the last unit replied (07-01), late because one unit was, with the lowest standing result
        // (教育局 A, 公安局 B after re-handling) and the lowest satisfaction (公安局's 不满意; its re-handled reply has no form yet).
        Assert.Equal(D(2025, 7, 1), state.FirstRepliedOn);
        Assert.Equal(ReportStatus.Late, facts.Timeliness);
        Assert.Equal(ResultCategory.B, facts.Category);
        Assert.Equal(SatisfactionLevel.Unsatisfied, state.FinalSatisfaction);
        Assert.Equal(ReportStatus.OnTime, facts.Rehandling); // 07-10 + 1 month = 08-10, a Sunday, so 08-11
        Assert.Equal(HandlingPhase.Replied, state.Phase);

        // Each unit on its own part: 教育局 is on time with A and 满意, whatever 公安局 did.
        Assert.Equal(ReportStatus.OnTime, evaluation[Education].Timeliness);
        Assert.Equal(ResultCategory.A, evaluation[Education].Facts.Category);
        Assert.Equal(SatisfactionLevel.Satisfied, evaluation[Education].Facts.Satisfaction.Level);
        Assert.Null(evaluation[Education].Facts.Rehandling);
        Assert.Equal(ReportStatus.Late, evaluation[Police].Timeliness);
        Assert.Equal(ResultCategory.B, evaluation[Police].Facts.Category);
        Assert.Equal(ReportStatus.OnTime, evaluation[Police].Facts.Rehandling);

        // The report's table by unit counts each unit on its part.
        var report = AnnualReportBuilder.Build([new HandledItem(Suggestion(), history)], [], asOf);
        var byUnit = report.ByUnit.ToDictionary(u => u.Unit);
        Assert.Equal((1, 0), (byUnit["市教育局"].OnTime, byUnit["市教育局"].Late));
        Assert.Equal((0, 1), (byUnit["市公安局"].OnTime, byUnit["市公安局"].Late));
        Assert.Equal(new TimelinessFigures(1, 0, 1, 0, 0, 0.0m), report.Timeliness);
    }

    [Fact]
    public void SeparateHandling_UnitStillToReply_MakesTheItemOverdueButNotTheUnitThatReplied()
    {
        var state = Fold(SeparateOn(D(2025, 3, 20)), new Replied(D(2025, 6, 3), ResultCategory.A, Education));
        var asOf = D(2025, 7, 1);

        Assert.Equal(DeadlineStatus.Overdue, Engine.Status(state, asOf).Status);
        var evaluation = EvaluationItems.FromState(state, asOf, Engine, ReplyRules.Default).ToDictionary(e => e.Unit);
        Assert.Equal(ReportStatus.OnTime, evaluation[Education].Timeliness);
        Assert.Equal(ReportStatus.Overdue, evaluation[Police].Timeliness);
        Assert.Null(ItemFacts.From(state, Engine, asOf).Category);
    }

    [Fact]
    public void SeparateHandling_FeedbackWithoutItsUnit_IsRefused()
    {
        var violation = Refused(
            SeparateOn(D(2025, 3, 20)),
            new Replied(D(2025, 5, 20), ResultCategory.A, Education),
            new FeedbackReceived(D(2025, 5, 30), SatisfactionLevel.Satisfied));
        Assert.Equal(LifecycleRule.SeparateUnitNotNamed, violation.Rule);
        Assert.Contains("市教育局、市公安局", violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-10-10", "2025-11-30", LifecycleRule.ExtensionAfterDeadline)] // approved the day after the deadline 10-09
    [InlineData("2025-09-01", "2025-09-30", LifecycleRule.ExtensionNotAfterDeadline)] // would shorten it
    [InlineData("2025-09-01", "2025-10-09", LifecycleRule.ExtensionNotAfterDeadline)] // the deadline itself
    [InlineData("2025-09-01", "2026-01-10", LifecycleRule.ExtensionBeyondLimit)] // Saturday → 01-12, after the limit 2026-01-04
    public void Extension_NotKnownWhenItMattered_IsRefused(string approvedOn, string to, LifecycleRule rule)
    {
        var violation = Refused(
            LeadOn(D(2025, 7, 1)),
            new Extended(NodaTime.Text.LocalDatePattern.Iso.Parse(approvedOn).Value, NodaTime.Text.LocalDatePattern.Iso.Parse(to).Value));
        Assert.Equal(rule, violation.Rule);
    }

    [Fact]
    public void Extension_ApprovedOnTheDeadlineToADateWithinTheLimit_MovesTheDeadline()
    {
        var state = Fold(LeadOn(D(2025, 7, 1)), new Extended(D(2025, 10, 9), D(2026, 1, 4)), new Replied(D(2025, 12, 15), ResultCategory.A));
        Assert.Equal(D(2026, 1, 4), Engine.ReplyDeadline(state)!.Date);
        Assert.Equal(DeadlineStatus.RepliedOnTime, Engine.Status(state, D(2026, 1, 15)).Status);

        // A second extension is judged against the first: approved by 2026-01-04 and after it; the limit leaves no room.
        Assert.Equal(
            LifecycleRule.ExtensionBeyondLimit,
            Refused(LeadOn(D(2025, 7, 1)), new Extended(D(2025, 10, 9), D(2025, 12, 31)), new Extended(D(2025, 12, 1), D(2026, 1, 5))).Rule);
    }

    [Fact]
    public void Complexity_DecidedAfterALateReplyOrAfterTheRegularDeadline_IsRefused()
    {
        var lateReply = new Replied(D(2025, 10, 20), ResultCategory.A);
        Assert.Equal(LifecycleRule.ComplexityTooLate, Refused(LeadOn(D(2025, 7, 1)), lateReply, new ComplexityDesignated(D(2025, 10, 21), true)).Rule);
        Assert.Equal(LifecycleRule.ComplexityTooLate, Refused(LeadOn(D(2025, 7, 1)), new ComplexityDesignated(D(2025, 10, 10), true)).Rule);

        // On the regular deadline itself it is still in time, and the reply of 10-20 is then on time (6 months: 2026-01-04).
        var state = Fold(LeadOn(D(2025, 7, 1)), new ComplexityDesignated(D(2025, 10, 9), true), lateReply);
        Assert.Equal(DeadlineStatus.RepliedOnTime, Engine.Status(state, D(2026, 1, 15)).Status);
        Assert.Equal(DeadlineStatus.RepliedLate, Engine.Status(Fold(LeadOn(D(2025, 7, 1)), lateReply), D(2026, 1, 15)).Status);
    }

    [Fact]
    public void SignIn_WithinTheWindow_IsOnTime()
    {
        // The sign-in window: 5 working days from 交办 2025-03-20 (03-21, 03-24, 03-25, 03-26, 03-27).
        Assert.Equal(D(2025, 3, 27), Engine.SignInDeadline(Fold(LeadOn(D(2025, 3, 20))), Education)!.Date);
        Assert.True(Engine.ReceivedOnTime(Fold(LeadOn(D(2025, 3, 20)), new Received(D(2025, 3, 27), Education)), Education));
        Assert.False(Engine.ReceivedOnTime(Fold(LeadOn(D(2025, 3, 20)), new Received(D(2025, 3, 28), Education)), Education));
        Assert.False(Engine.ReceivedOnTime(Fold(LeadOn(D(2025, 3, 20))), Education));
    }

    [Fact]
    public void CoHandlingReturn_ConcernsThatUnitAlone()
    {
        // 公安局 (会办) signs 03-21 and asks to return 03-24, within its window (03-24..03-28). The lead replies meanwhile.
        var state = Fold(
            LeadOn(D(2025, 3, 20), Police),
            new Received(D(2025, 3, 21), Police),
            new ReturnRequested(D(2025, 3, 24), Police, "不属本单位职责"),
            new Replied(D(2025, 4, 10), ResultCategory.A),
            new ReturnDecided(D(2025, 4, 15), true, Police));

        Assert.Equal(HandlingPhase.Replied, state.Phase);
        Assert.Equal([Police], state.ReleasedUnits);
        Assert.Empty(state.PendingReturns);
        Assert.Empty(ItemFacts.From(state, Engine, D(2025, 5, 1)).CoUnits);
        Assert.Equal(ReportStatus.OnTime, ItemFacts.From(state, Engine, D(2025, 5, 1)).Timeliness);

        // Having left, 公安局 can no longer act on the item.
        Assert.False(ItemLifecycle.TryApply(state, new CoHandlingOpinionSent(D(2025, 4, 16), Police), out _, out var violation));
        Assert.Equal(LifecycleRule.NotCoHandlingUnit, violation.Rule);
    }

    [Fact]
    public void Return_AfterTheWindow_IsRefusedOrReportedWhereThePolicyAcceptsIt()
    {
        HandlingEvent[] history =
        [
            LeadOn(D(2025, 3, 20), Police),
            new Received(D(2025, 3, 21), Police),
            new ReturnRequested(D(2025, 3, 31), Police, "不属本单位职责"),
        ];
        var violation = Refused(history);
        Assert.Equal(LifecycleRule.ReturnWindowPassed, violation.Rule);
        Assert.Contains("2025-03-28", violation.Message, StringComparison.Ordinal);

        var lenient = Engine.WithPolicy(DeadlinePolicy.Default.ToBuilder().WithLateReturnRequests(true).Build());
        var item = new HandledItem(Suggestion(), [.. history, new ReturnDecided(D(2025, 4, 2), false, Police), new Replied(D(2025, 5, 6), ResultCategory.A)], lenient);
        Assert.Single(item.State.LateReturnRequests);
        var report = AnnualReportBuilder.Build([item], [], D(2025, 6, 1), new AnnualReportOptions { Engine = lenient });
        var finding = Assert.Single(report.Findings, f => f.Kind == FindingKind.LateReturnRequests);
        Assert.Equal("市公安局", finding.Unit);
        Assert.Equal([new ItemId("J2025-001")], finding.Items);
    }

    [Fact]
    public void LeadReturn_ApprovedAndReassigned_RestartsTheClock()
    {
        // Reassigned 2025-04-02: the deadline is 2025-07-02, so a reply on 06-30 is on time (it would be late from 03-20).
        var state = Fold(
            LeadOn(D(2025, 3, 20)),
            new Received(D(2025, 3, 21), Education),
            new ReturnRequested(D(2025, 3, 25), Education, "属住建部门职责"),
            new ReturnDecided(D(2025, 3, 28), true),
            new Assigned(D(2025, 4, 2), [new Assignment(Housing, AssignmentRole.Lead)]),
            new Replied(D(2025, 6, 30), ResultCategory.A));
        Assert.Equal(D(2025, 7, 2), Engine.ReplyDeadline(state)!.Date);
        Assert.Equal(DeadlineStatus.RepliedOnTime, Engine.Status(state, D(2025, 8, 1)).Status);
        Assert.Equal(
            LifecycleRule.ReturnPending,
            Refused(LeadOn(D(2025, 3, 20)), new ReturnRequested(D(2025, 3, 25), Education, "职责不符"), new Replied(D(2025, 3, 26), ResultCategory.A)).Rule);
    }

    [Fact]
    public void Motion_RepliesWithoutACategory_AndHasSixMonths()
    {
        var motion = new Submission(new ItemId("YA2025-001"), SubmissionKind.Motion, "关于制定养老服务条例的议案", 2025, new Deputy("陈六"));
        var state = ItemLifecycle.Fold(motion, [LeadOn(D(2025, 3, 20)), new Replied(D(2025, 9, 22), null)]);

        // 2025-03-20 + 6 months = 09-20, a Saturday: 09-22.
        Assert.Equal(D(2025, 9, 22), Engine.ReplyDeadline(state)!.Date);
        Assert.Equal(DeadlineStatus.RepliedOnTime, Engine.Status(state, D(2025, 12, 31)).Status);
        Assert.Null(state.LatestCategory);
        Assert.True(ReplyRules.Default.Check(state).IsValid);
        var report = AnnualReportBuilder.Build([new HandledItem(motion, [LeadOn(D(2025, 3, 20)), new Replied(D(2025, 9, 22), null)])], [], D(2025, 12, 31));
        Assert.Equal(1, report.Motions);
        Assert.Equal(0, report.Timeliness.Replied);
    }

    [Fact]
    public void RecordedVerdict_DecidesInsteadOfTheCurrentCalendar()
    {
        // Replied 2025-06-23 against 2025-06-20: late now; the verdict recorded at the time (with an older calendar) said on time.
        var item = new HandledItem(Suggestion(), [LeadOn(D(2025, 3, 20)), new Replied(D(2025, 6, 23), ResultCategory.A)]);
        var recorded = new ReplyVerdict(item.Id, D(2025, 6, 23), D(2025, 6, 23), true, false, "2025-old");
        var asOf = D(2025, 12, 31);

        Assert.Equal(0, AnnualReportBuilder.Build([item], [], asOf).Timeliness.OnTime);
        var report = AnnualReportBuilder.Build([item], [], asOf, new AnnualReportOptions { Verdicts = new RecordedVerdicts([recorded]) });
        Assert.Equal(1, report.Timeliness.OnTime);
        var evaluation = EvaluationItems.From([item], asOf, verdicts: new RecordedVerdicts([recorded]));
        Assert.Equal(ReportStatus.OnTime, Assert.Single(evaluation).Timeliness);

        // The assessment service takes the same verdicts: 按时办复 is the on-time rate (a fraction): 0 recomputed, 1 as recorded.
        var assessment = new UnitAssessment(EvaluationPresets.Default, DeadlineEngine.Default, ReplyRules.Default);
        decimal? TimelinessRate(EvaluationResult result) => Assert.Single(result.Units).Indicators.Single(i => i.Name == "按时办复").Rate;
        Assert.Equal(0m, TimelinessRate(assessment.Evaluate([item], asOf)));
        Assert.Equal(1m, TimelinessRate(assessment.Evaluate([item], asOf, verdicts: new RecordedVerdicts([recorded]))));
        var accumulator = new UnitAssessmentAccumulator(assessment, asOf) { Verdicts = new RecordedVerdicts([recorded]) };
        accumulator.Add(item);
        Assert.Equal(1m, TimelinessRate(accumulator.ToResult()));
    }
}
