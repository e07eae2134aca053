using System.Text.Json;
using LianLuo.Domain.Aggregation;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Reporting;
using LianLuo.Domain.Satisfaction;
using LianLuo.Domain.Serialization;
using NodaTime;

namespace LianLuo.Domain.Tests.Reporting;

/// <summary>
/// The report's merges keep everything a part counted (activities, the cities' table, the ids sketch that finds a
/// ledger given twice, late return requests), its fingerprint is the ledger's (<see cref="ItemFingerprint"/>); a unit is
/// well below the average exactly when it has at least the minimum number of items and lies at least the margin
/// below (both bounds included); late units come most late-or-overdue first; a four-level form counts 非常满意 as
/// satisfied; the options and figures refuse what they cannot hold, saying which. Dates counted by hand (ledger.md §2):
/// 交办 on 2025-03-20 gives the reply deadline 2025-06-20; a unit's return window is 5 working days from its 签收 (for a
/// unit that never signed, from the end of the sign-in window), long over by May.
/// </summary>
public sealed class ReportMergeAndFindingRulesTests
{
    private static readonly LocalDate AsOf = new(2026, 1, 15);
    private static readonly LocalDate March20 = new(2025, 3, 20);

    private static HandledItem Item(string id, string unit, params HandlingEvent[] after) =>
        new(new Submission(new ItemId(id), SubmissionKind.Suggestion, "标题" + id, 2025, new Deputy("张三")), [new Assigned(March20, [Assignment.Lead(unit)]), .. after]);

    private static Replied Reply(string category) => new(new LocalDate(2025, 5, 10), new ResultCategory(category), Reason: category == "C" ? "受条件限制" : null);

    private static FeedbackReceived Feedback(SatisfactionLevel level) => new(new LocalDate(2025, 5, 20), level);

    private static ActivityFigures Activities(AnnualReport report) => report.Activities;

    [Fact]
    public void MergingAccumulatorsOrTallies_AddsTheirActivities()
    {
        var left = new AnnualReportAccumulator(AsOf);
        left.AddRange(AnnualReportBuilderTests.Activities());
        var right = new AnnualReportAccumulator(AsOf);
        right.AddRange(
        [
            new LiaisonActivity(new LocalDate(2025, 4, 2), ActivityType.TopicConsultation, "养老服务", 2, 5),
            new LiaisonActivity(new LocalDate(2025, 4, 3), ActivityType.Briefing),
            new LiaisonActivity(new LocalDate(2025, 4, 4), ActivityType.SectorConsultation, null, 1, 6),
            new LiaisonActivity(new LocalDate(2025, 4, 7), ActivityType.ProposalHandlingConsultation, null, 0, 3),
        ]);

        // Activities() without a year filter: 专题协商 2 (one of 2024), 对口协商 2, leaders 3 + 2 + 1 + 9 = 15, 政情通报 1,
        // 常务会议 3 + 4 = 7, 座谈会 and 听证会 12 + 5 = 17, 推进会 1, 专题研究 1; the right part adds a 专题协商 with 2
        // leaders, a briefing, a 界别协商 with 1 leader and a 提案办理协商 with none.
        var expected = new ActivityFigures(3, 2, 1, 1, 18, 2, 7, 17, 1, 1);
        var viaTally = new AnnualReportAccumulator(AsOf);
        viaTally.Merge(left.ToTally("甲市"));
        viaTally.Merge(right.ToTally("乙市"));
        left.Merge(right);
        Assert.Equal(expected, Activities(left.ToReport()));
        Assert.Equal(expected, Activities(viaTally.ToReport()));
        Assert.Equal(new ActivityFigures(2, 2, 0, 0, 15, 1, 7, 17, 1, 1), AnnualReportBuilder.ActivityFiguresOf(AnnualReportBuilderTests.Activities().Where(_ => true)));
        Assert.Equal("activities", Assert.Throws<ArgumentNullException>(() => AnnualReportBuilder.ActivityFiguresOf(null!)).ParamName);

        // The tally document names them by the keys of ledger.md §3.
        using var json = JsonDocument.Parse(ReportTallyJson.Write(right.ToTally("乙市")));
        var activities = json.RootElement.GetProperty("activities");
        Assert.Equal(
            [("topicConsultations", 1L), ("counterpartConsultations", 0L), ("sectorConsultations", 1L), ("proposalConsultations", 1L), ("consultationLeaderAttendances", 3L),
             ("briefings", 1L), ("executiveMeetingAttendances", 0L), ("symposiumAttendances", 0L), ("motionProgressMeetings", 0L), ("studyMeetings", 0L)],
            activities.EnumerateObject().Select(p => (p.Name, p.Value.GetInt64())).OrderBy(p => Array.IndexOf(ActivityCounter.Keys, p.Name)));
    }

    [Fact]
    public void TheFingerprint_IsTheLedgersWhateverTheWayItWasCounted()
    {
        var items = AnnualReportBuilderTests.Items();
        var expected = items.Aggregate(default(ItemFingerprint), (f, i) => f.Add(i.Submission.Id, i.Submission.Title));
        var whole = new AnnualReportAccumulator(AsOf);
        whole.AddRange(items);
        Assert.Equal(expected, whole.ToTally("某市").Fingerprint);
        Assert.Equal(items.Count, whole.Items);
    }

    // A city's ledger merged into another before being tallied still shares its items with that ledger.
    [Fact]
    public void AfterAMerge_TheTallyStillKnowsTheItemsOfEveryPart()
    {
        var items = AnnualReportBuilderTests.Items();
        var part = new AnnualReportAccumulator(AsOf);
        part.AddRange(items.Skip(4));
        var partTally = part.ToTally("乙市");

        var merged = new AnnualReportAccumulator(AsOf);
        merged.AddRange(items.Take(4));
        merged.Merge(part);
        var error = Assert.Throws<ReportTallyException>(() => ReportTallies.Merge([merged.ToTally("甲市"), partTally]));
        Assert.Equal("the tally of 甲市 and the tally of 乙市: $.items.sketch: the ledgers have items in common (their id sketches share an id): a province's report counts each item once.", error.Message);

        var viaTally = new AnnualReportAccumulator(AsOf);
        viaTally.AddRange(items.Take(4));
        viaTally.Merge(partTally);
        Assert.Throws<ReportTallyException>(() => ReportTallies.Merge([viaTally.ToTally("甲市"), partTally]));

        var twice = Assert.Throws<ReportTallyException>(() => ReportTallies.Merge([partTally, partTally.WithName("丙市")]));
        Assert.StartsWith("the tally of 乙市 and the tally of 丙市: $.items.fingerprint: the same ledger is given twice (equal fingerprints ", twice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MergingAccumulators_KeepsTheCitiesTheyMerged()
    {
        var items = AnnualReportBuilderTests.Items();
        var a = new AnnualReportAccumulator(AsOf);
        a.AddRange(items.Take(3));
        var b = new AnnualReportAccumulator(AsOf);
        b.AddRange(items.Skip(3));
        var left = new AnnualReportAccumulator(AsOf);
        left.Merge(a.ToTally("甲市"));
        var right = new AnnualReportAccumulator(AsOf);
        right.Merge(b.ToTally("乙市"));
        left.Merge(right);
        Assert.Equal(["甲市", "乙市"], left.ToReport().ByCity.Select(c => c.Name));
    }

    // 市住房城乡建设局 has exactly 3 items with a result (the minimum), none solved or planned (C): 0.0 % against 3 ÷ 6 =
    // 50.0 % overall. 市教育局 has 5 (3 A, 2 C): 60.0 %; with 市民政局's 3 A the overall is 6 ÷ 8 = 75.0 %, exactly 15
    // points (the margin) above. Both are well below; the items behind are the unsolved ones.
    [Fact]
    public void WellBelowTheAverage_BothBoundsIncluded()
    {
        HandledItem[] atMinimum =
        [
            Item("H1", "市住房城乡建设局", Reply("C")), Item("H2", "市住房城乡建设局", Reply("C")), Item("H3", "市住房城乡建设局", Reply("C")),
            Item("M1", "市民政局", Reply("A")), Item("M2", "市民政局", Reply("A")), Item("M3", "市民政局", Reply("A")),
        ];
        var low = Assert.Single(AnnualReportBuilder.Build(atMinimum, [], AsOf).Findings, f => f.Kind == FindingKind.LowSolveRate);
        Assert.Equal(("市住房城乡建设局", 0.0m, 50.0m), (low.Unit, low.Rate.Percent, low.Average.Percent));
        Assert.Equal(["H1", "H2", "H3"], low.Items.Select(i => i.Value));
        Assert.DoesNotContain(AnnualReportBuilder.Build(atMinimum.Skip(1), [], AsOf).Findings, f => f.Kind == FindingKind.LowSolveRate);

        HandledItem[] atMargin =
        [
            Item("E1", "市教育局", Reply("A")), Item("E2", "市教育局", Reply("A")), Item("E3", "市教育局", Reply("A")), Item("E4", "市教育局", Reply("C")), Item("E5", "市教育局", Reply("C")),
            Item("M1", "市民政局", Reply("A")), Item("M2", "市民政局", Reply("A")), Item("M3", "市民政局", Reply("A")),
        ];
        var margin = Assert.Single(AnnualReportBuilder.Build(atMargin, [], AsOf).Findings, f => f.Kind == FindingKind.LowSolveRate);
        Assert.Equal(("市教育局", 60.0m, 75.0m), (margin.Unit, margin.Rate.Percent, margin.Average.Percent));
        Assert.Equal(["E4", "E5"], margin.Items.Select(i => i.Value));
        Assert.DoesNotContain(AnnualReportBuilder.Build(atMargin, [], AsOf, new AnnualReportOptions { BelowAverageMargin = 15.1m }).Findings, f => f.Kind == FindingKind.LowSolveRate);
    }

    // 市教育局: 1 满意, 2 不满意 (33.3 %); 市民政局: 3 满意; overall 4 ÷ 6 = 66.7 %: well below, its two unsatisfied items.
    [Fact]
    public void LowSatisfaction_ListsTheUnsatisfiedItems()
    {
        HandledItem[] items =
        [
            Item("E1", "市教育局", Reply("A"), Feedback(SatisfactionLevel.Satisfied)),
            Item("E2", "市教育局", Reply("A"), Feedback(SatisfactionLevel.Unsatisfied)),
            Item("E3", "市教育局", Reply("A"), Feedback(SatisfactionLevel.Unsatisfied)),
            Item("M1", "市民政局", Reply("A"), Feedback(SatisfactionLevel.Satisfied)),
            Item("M2", "市民政局", Reply("A"), Feedback(SatisfactionLevel.Satisfied)),
            Item("M3", "市民政局", Reply("A"), Feedback(SatisfactionLevel.Satisfied)),
        ];
        var low = Assert.Single(AnnualReportBuilder.Build(items, [], AsOf).Findings, f => f.Kind == FindingKind.LowSatisfaction);
        Assert.Equal(("市教育局", 33.3m, 66.7m), (low.Unit, low.Rate.Percent, low.Average.Percent));
        Assert.Equal(["E2", "E3"], low.Items.Select(i => i.Value));
    }

    // 市民政局 has 2 items overdue, 市教育局 1 (ordinally first, but fewer): 市民政局 comes first.
    [Fact]
    public void LateUnits_ComeMostLateOrOverdueFirst()
    {
        var findings = AnnualReportBuilder.Build([Item("E1", "市教育局"), Item("M1", "市民政局"), Item("M2", "市民政局")], [], AsOf).Findings;
        Assert.Equal(["市民政局", "市教育局"], findings.Where(f => f.Kind == FindingKind.LateOrOverdueReplies).Select(f => f.Unit));
    }

    // On the four-level form, 非常满意 counts as satisfied: 1 非常满意 and 1 满意 are 2 satisfied.
    [Fact]
    public void OnAFourLevelForm_VerySatisfiedCountsAsSatisfied()
    {
        HandledItem[] items = [Item("E1", "市教育局", Reply("A"), Feedback(SatisfactionLevel.VerySatisfied)), Item("E2", "市教育局", Reply("A"), Feedback(SatisfactionLevel.Satisfied)), Item("E3", "市教育局", Reply("A"), Feedback(SatisfactionLevel.BasicallySatisfied))];
        var report = AnnualReportBuilder.Build(items, [], AsOf, new AnnualReportOptions { Satisfaction = new SatisfactionPolicy(SatisfactionScale.FourLevel) });
        Assert.Equal(new SatisfactionFigures(2, 1, 0, 0, 66.7m, 100.0m), report.Satisfaction);
    }

    // Under a policy that accepts late return requests, 市卫生健康委, co-handling, asks twice in May, after its window, and
    // 市交通运输局, co-handling too, once: each unit's finding lists the item once, units in name order (交 before 卫), and
    // merges keep them.
    [Fact]
    public void LateReturnRequests_ListEachItemOncePerUnit_AndSurviveMerges()
    {
        var policy = DeadlinePolicy.Default.ToBuilder();
        policy.AllowLateReturnRequests = true;
        var engine = new DeadlineEngine(DeadlineEngine.Default.Calendar, policy.Build());
        var transport = new HandlingUnit("市交通运输局");
        var health = new HandlingUnit("市卫生健康委");
        var item = new HandledItem(
            new Submission(new ItemId("L1"), SubmissionKind.Suggestion, "标题L1", 2025, new Deputy("张三")),
            [
                new Assigned(March20, [Assignment.Lead("市教育局"), new Assignment(health, AssignmentRole.CoHandling), new Assignment(transport, AssignmentRole.CoHandling)]),
                new ReturnRequested(new LocalDate(2025, 5, 6), health, "职责不符"),
                new ReturnDecided(new LocalDate(2025, 5, 7), false, health),
                new ReturnRequested(new LocalDate(2025, 5, 8), health, "职责不符"),
                new ReturnDecided(new LocalDate(2025, 5, 9), false, health),
                new ReturnRequested(new LocalDate(2025, 5, 12), transport, "不属本单位职责"),
                new ReturnDecided(new LocalDate(2025, 5, 13), false, transport),
            ],
            engine);
        var options = new AnnualReportOptions { Engine = engine };
        var accumulator = new AnnualReportAccumulator(AsOf, options);
        accumulator.Add(item);

        static (string?, string, int)[] LateReturns(AnnualReport r) =>
            [.. r.Findings.Where(f => f.Kind == FindingKind.LateReturnRequests).Select(f => (f.Unit, string.Join("、", f.Items.Select(i => i.Value)), f.OmittedItems))];
        Assert.Equal([("市交通运输局", "L1", 0), ("市卫生健康委", "L1", 0)], LateReturns(accumulator.ToReport()));

        var merged = new AnnualReportAccumulator(AsOf, options);
        merged.Merge(accumulator);
        Assert.Equal([("市交通运输局", "L1", 0), ("市卫生健康委", "L1", 0)], LateReturns(merged.ToReport()));
        var viaTally = new AnnualReportAccumulator(AsOf, options);
        viaTally.Merge(accumulator.ToTally("甲市"));
        Assert.Equal([("市交通运输局", "", 1), ("市卫生健康委", "", 1)], LateReturns(viaTally.ToReport()));
    }

    [Fact]
    public void Options_RefuseWhatTheyCannotHold_NamingTheSetting()
    {
        Assert.Equal(0.1m, new AnnualReportOptions { BelowAverageMargin = 0.1m }.BelowAverageMargin);
        Assert.Equal(100m, new AnnualReportOptions { BelowAverageMargin = 100m }.BelowAverageMargin);
        foreach (var bad in new[] { 0m, -1m, 100.1m })
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new AnnualReportOptions { BelowAverageMargin = bad });
            Assert.StartsWith("AnnualReportOptions.BelowAverageMargin must be in (0, 100] percentage points.", ex.Message, StringComparison.Ordinal);
        }

        Assert.StartsWith("AnnualReportOptions.MinimumItemsToCompare must be positive (value: 0).", Assert.Throws<ArgumentOutOfRangeException>(() => new AnnualReportOptions { MinimumItemsToCompare = 0 }).Message, StringComparison.Ordinal);
        Assert.StartsWith("AnnualReportOptions.MaxFindingItems must be positive (value: 0).", Assert.Throws<ArgumentOutOfRangeException>(() => new AnnualReportOptions { MaxFindingItems = 0 }).Message, StringComparison.Ordinal);
        Assert.Equal("items", Assert.Throws<ArgumentNullException>(() => AnnualReportBuilder.Build(null!, [], AsOf)).ParamName);
        Assert.Equal("activities", Assert.Throws<ArgumentNullException>(() => AnnualReportBuilder.Build([], null!, AsOf)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => TallyIdentity.Of(null!)).ParamName);
    }

    [Fact]
    public void Findings_RefuseNegativeFiguresAndUnknownKinds_NamingThem()
    {
        Assert.StartsWith("ReportFinding.OmittedItems must be zero or more (value: -1).", Assert.Throws<ArgumentOutOfRangeException>(() => new ReportFinding(FindingKind.UnreturnedForms, null, []) { OmittedItems = -1 }).Message, StringComparison.Ordinal);
        Assert.StartsWith("ReportFinding.Overdue must be zero or more (value: -2).", Assert.Throws<ArgumentOutOfRangeException>(() => new ReportFinding(FindingKind.LateOrOverdueReplies, "市教育局", []) { Overdue = -2 }).Message, StringComparison.Ordinal);
        Assert.StartsWith("ReportFinding.Late must be zero or more (value: -1).", Assert.Throws<ArgumentOutOfRangeException>(() => new ReportFinding(FindingKind.LateOrOverdueReplies, "市教育局", []) { Late = -1 }).Message, StringComparison.Ordinal);
        Assert.StartsWith("FindingKind has no such value.", Assert.Throws<ArgumentOutOfRangeException>(() => ChineseSummaryRenderer.FindingHeading((FindingKind)99)).Message, StringComparison.Ordinal);
        Assert.StartsWith("FindingKind has no such value.", Assert.Throws<ArgumentOutOfRangeException>(() => ChineseSummaryRenderer.FindingText(new ReportFinding((FindingKind)99, null, []))).Message, StringComparison.Ordinal);
    }
}
