using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Reporting;
using LianLuo.Domain.Timeliness;
using NodaTime;

namespace LianLuo.Domain.Tests.Reporting;

/// <summary>A small city year whose figures were computed by hand (see the comments).</summary>
public class AnnualReportBuilderTests
{
    private static readonly LocalDate AsOf = new(2026, 1, 15);
    private static readonly LocalDate March20 = new(2025, 3, 20); // reply deadline 2025-06-20 (Fri, a working day)

    internal static List<HandledItem> Items()
    {
        var education = new HandlingUnit("市教育局");
        var transport = new HandlingUnit("市交通运输局");
        var health = new HandlingUnit("市卫生健康委");
        return
        [
            // J1: on time (05-10 ≤ 06-20), A, 满意, 2 face-to-face talks before the reply.
            Item("J1", SubmissionKind.Suggestion, false,
                new Assigned(March20, [new Assignment(education, AssignmentRole.Lead), Assignment.CoHandling("市公安局")]),
                new Communicated(new LocalDate(2025, 3, 25), CommunicationStage.BeforeHandling, CommunicationMode.FaceToFace, 2),
                new Replied(new LocalDate(2025, 5, 10), ResultCategory.A),
                new FeedbackReceived(new LocalDate(2025, 5, 20), SatisfactionLevel.Satisfied)),

            // J2: late (06-23 > 06-20), B promised for 2025-10-01 and never followed up, 基本满意, no communication.
            Item("J2", SubmissionKind.Suggestion, false,
                new Assigned(March20, [new Assignment(education, AssignmentRole.Lead)]),
                new Replied(new LocalDate(2025, 6, 23), ResultCategory.B, PlannedCompletion: new LocalDate(2025, 10, 1)),
                new FeedbackReceived(new LocalDate(2025, 7, 1), SatisfactionLevel.BasicallySatisfied)),

            // T1: never replied, deadline 06-20 passed → overdue.
            Item("T1", SubmissionKind.Proposal, false, new Assigned(March20, [new Assignment(transport, AssignmentRole.Lead)])),

            // T2: assigned 12-01, deadline 2026-03-01 (Sun) → 03-02: pending on 2026-01-15.
            Item("T2", SubmissionKind.Proposal, false, new Assigned(new LocalDate(2025, 12, 1), [new Assignment(transport, AssignmentRole.Lead)])),

            // T3: key, supervised; C on 04-30 (on time), 不满意, re-handled: 1 month from 05-08 = 06-08 (Sun) → 06-09;
            // re-replied A on 06-01 (on time), then 满意. One phone call before the reply.
            Item("T3", SubmissionKind.Proposal, true,
                new Assigned(March20, [new Assignment(health, AssignmentRole.Lead)]),
                new Supervised(March20, "王副市长"),
                new Communicated(new LocalDate(2025, 4, 10), CommunicationStage.DuringHandling, CommunicationMode.Phone),
                new Replied(new LocalDate(2025, 4, 30), ResultCategory.C, Reason: "受规划用地限制"),
                new FeedbackReceived(new LocalDate(2025, 5, 8), SatisfactionLevel.Unsatisfied),
                new RehandlingStarted(new LocalDate(2025, 5, 8)),
                new Replied(new LocalDate(2025, 6, 1), ResultCategory.A),
                new FeedbackReceived(new LocalDate(2025, 6, 5), SatisfactionLevel.Satisfied)),

            // Y1: a motion, counted apart.
            Item("Y1", SubmissionKind.Motion, false,
                new Assigned(March20, [Assignment.Lead("市住房城乡建设局"), Assignment.CoHandling("市自然资源和规划局")]),
                new Replied(new LocalDate(2025, 6, 1), ResultCategory.A)),

            // X0: assigned in 2024, left out by the year filter.
            Item("X0", SubmissionKind.Suggestion, false, new Assigned(new LocalDate(2024, 3, 20), [Assignment.Lead("市民政局")])),
        ];
    }

    internal static List<LiaisonActivity> Activities() =>
    [
        new(new LocalDate(2025, 4, 1), ActivityType.TopicConsultation, "优化营商环境", 3, 10),
        new(new LocalDate(2025, 5, 1), ActivityType.CounterpartConsultation, null, 2, 6),
        new(new LocalDate(2025, 6, 1), ActivityType.CounterpartConsultation, null, 1, 4),
        new(new LocalDate(2025, 7, 1), ActivityType.Briefing, "上半年经济运行情况", 1, 40),
        new(new LocalDate(2025, 8, 1), ActivityType.ExecutiveMeetingAttendance, null, 0, 3),
        new(new LocalDate(2025, 9, 1), ActivityType.ExecutiveMeetingAttendance, null, 0, 4),
        new(new LocalDate(2025, 10, 1), ActivityType.Symposium, null, 2, 12),
        new(new LocalDate(2025, 10, 8), ActivityType.Hearing, null, 1, 5),
        new(new LocalDate(2025, 11, 1), ActivityType.MotionProgressMeeting, null, 2, 8),
        new(new LocalDate(2025, 12, 1), ActivityType.StudyMeeting, null, 5, 0),
        new(new LocalDate(2024, 12, 1), ActivityType.TopicConsultation, "去年的", 9, 9),
    ];

    private static HandledItem Item(string id, SubmissionKind kind, bool key, params HandlingEvent[] history)
    {
        Proposer proposer = kind == SubmissionKind.Proposal ? new Member("李四", "经济界") : new Deputy("张三");
        return new HandledItem(new Submission(new ItemId(id), kind, "标题" + id, 2025, proposer, isKey: key), history);
    }

    private static AnnualReport Report() =>
        AnnualReportBuilder.Build(Items(), Activities(), AsOf, new AnnualReportOptions { Year = 2025 });

    [Fact]
    public void Build_SmallYear_CountsByHand()
    {
        var r = Report();
        Assert.Equal((2, 3, 5, 1), (r.Suggestions, r.Proposals, r.Total, r.Motions));
        Assert.Equal(4, r.Units);
        Assert.Equal(2, r.MotionUnits);
        Assert.Equal(new TimelinessFigures(3, 2, 1, 1, 1, 50.0m), r.Timeliness);
        Assert.Equal(new EquatableArray<CategoryFigure>([new("A", 2, 66.7m), new("B", 1, 33.3m), new("C", 0, 0.0m)]), r.Results);
        Assert.Equal(new SatisfactionFigures(2, 1, 0, 0, 66.7m, 100.0m), r.Satisfaction);
        Assert.Equal(new RehandlingFigures(1, 1), r.Rehandling);
        Assert.Equal(1, r.KeySupervised);
        Assert.Equal(new CommunicationFigures(2, 1, 0), r.Communication);
        Assert.Equal(new ActivityFigures(1, 2, 0, 0, 6, 1, 7, 17, 1, 1), r.Activities);
    }

    [Fact]
    public void Build_SmallYear_FindsLateUnitsSilentItemsAndDueFollowUps()
    {
        var findings = Report().Findings;
        var late = findings.Where(f => f.Kind == FindingKind.LateOrOverdueReplies).ToDictionary(f => f.Unit!, f => f.Items.Select(i => i.Value).ToArray());
        Assert.Equal(["J2"], late["市教育局"]);
        Assert.Equal(["T1"], late["市交通运输局"]);
        Assert.Equal(2, late.Count);
        Assert.Equal(["J2"], findings.Single(f => f.Kind == FindingKind.NoCommunicationBeforeReply).Items.Select(i => i.Value));
        Assert.Equal(["J2"], findings.Single(f => f.Kind == FindingKind.FollowUpOverdue).Items.Select(i => i.Value));
        Assert.DoesNotContain(findings, f => f.Kind is FindingKind.UnreturnedForms or FindingKind.LowSolveRate or FindingKind.LowSatisfaction);
    }

    [Fact]
    public void Build_WithoutYearFilter_KeepsLastYearsRows()
    {
        var r = AnnualReportBuilder.Build(Items(), Activities(), AsOf);
        Assert.Equal(3, r.Suggestions);
        Assert.Equal(2, r.Timeliness.Overdue);
        Assert.Equal(2, r.Activities.TopicConsultations);
    }

    [Fact]
    public void Build_ByUnit_IsOrderedAndAddsUpToTheTotals()
    {
        var r = Report();
        Assert.Equal(["市交通运输局", "市卫生健康委", "市教育局"], r.ByUnit.Select(u => u.Unit).Order(StringComparer.Ordinal));
        Assert.Equal(r.Total, r.ByUnit.Sum(u => u.Items));
        Assert.Equal(r.Timeliness.OnTime, r.ByUnit.Sum(u => u.OnTime));
        var education = r.ByUnit.Single(u => u.Unit == "市教育局");
        Assert.Equal((2, 2, 1, 1, 0), (education.Items, education.Replied, education.OnTime, education.Late, education.Overdue));
    }

    [Fact]
    public void Build_Text_FillsTheSummaryFromTheData()
    {
        var text = ChineseSummaryRenderer.Render(Report());
        Assert.Contains("共提出建议2件、提案3件，共计5件，已答复3件，其中按期答复2件、逾期答复1件；逾期未答复1件；未到期1件，按期答复率50.0%。", text, StringComparison.Ordinal);
        Assert.Contains("（一）办理进度不够均衡。部分承办单位：市交通运输局逾期未答复1件；市教育局逾期答复1件。", text, StringComparison.Ordinal);
        var markdown = MarkdownReportRenderer.Render(Report());
        Assert.Contains("| 市教育局 | 2 | 2 | 1 | 1 | 0 | 1 | 1 | 0 | 100.0% | 100.0% |", markdown, StringComparison.Ordinal);
    }
}

/// <summary>A local policy that counts the reply period from 签收, on items that never recorded one.</summary>
public class AnnualReportBuilderPolicyTests
{
    [Fact]
    public void Build_UnsignedItemsUnderAReceiptPolicy_RunFromTheEndOfTheSignInWindow()
    {
        // Periods from 签收: a unit that never signs is deemed to have received at the end of the sign-in window (5 working
        // days from 交办 2025-03-20: 03-21, 03-24, 03-25, 03-26, 03-27), so its reply deadline is 2025-06-27, not "never".
        var policy = DeadlinePolicy.Default.With(
            DeadlineKind.Reply,
            SubmissionKind.Suggestion,
            PeriodRule.After(StartEvent.Received, new CalendarMonths(3)));
        var engine = DeadlineEngine.Default.WithPolicy(policy);
        HandledItem Item(string id, params HandlingEvent[] more) => new(
            new Submission(new ItemId(id), SubmissionKind.Suggestion, "标题", 2025, new Deputy("张三")),
            [new Assigned(new LocalDate(2025, 3, 20), [Assignment.Lead("市教育局")]), .. more],
            engine);
        var onTime = Item("J1", new Replied(new LocalDate(2025, 6, 27), ResultCategory.A));
        var late = Item("J2", new Replied(new LocalDate(2025, 6, 30), ResultCategory.A));
        var overdue = Item("J3");
        var signedEarly = Item("J4", new Received(new LocalDate(2025, 3, 21), new HandlingUnit("市教育局")), new Replied(new LocalDate(2025, 6, 24), ResultCategory.A));

        var asOf = new LocalDate(2025, 7, 15);
        var report = AnnualReportBuilder.Build([onTime, late, overdue, signedEarly], [], asOf, new AnnualReportOptions { Engine = engine });

        Assert.Equal(new LocalDate(2025, 6, 27), engine.ReplyDeadline(overdue.State)!.Date);
        Assert.Equal(new LocalDate(2025, 6, 23), engine.ReplyDeadline(signedEarly.State)!.Date); // 03-21 + 3 months = 06-21, a Saturday
        Assert.Equal(DeadlineStatus.Overdue, engine.Status(overdue.State, asOf).Status);
        Assert.Equal(DeadlineStatus.RepliedLate, engine.Status(signedEarly.State, asOf).Status);
        Assert.Equal(new TimelinessFigures(3, 1, 2, 1, 0, 25.0m), report.Timeliness);
    }
}
