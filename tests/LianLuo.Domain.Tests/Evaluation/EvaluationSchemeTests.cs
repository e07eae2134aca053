using System.Collections.Immutable;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Model;
using LianLuo.Domain.Timeliness;
using static LianLuo.Domain.Tests.Evaluation.EvaluationFixtures;

namespace LianLuo.Domain.Tests.Evaluation;

/// <summary>Building schemes: every problem reported at once; manual scores; the minimum number of items; ceilings.</summary>
public class EvaluationSchemeTests
{
    private static ImmutableArray<ItemCondition> When(params string[] conditions) => [.. conditions.Select(ItemCondition.Parse)];

    [Fact]
    public void Build_SchemeWithManyProblems_ReportsEveryOne()
    {
        var builder = new EvaluationSchemeBuilder { Name = " " };
        builder.Indicators.Add(new EvaluationIndicator
        {
            Id = "timeliness",
            Name = "按时办复",
            MaxPoints = 0m,
            Population = When("due"),
            Credits = ImmutableArray.Create(new IndicatorCredit { When = When("onTime"), Weight = 1.5m }),
        });
        builder.Indicators.Add(new EvaluationIndicator { Id = "timeliness", Name = "重复", MaxPoints = 10m, Population = ImmutableArray.Create(default(ItemCondition)), Credits = ImmutableArray.Create(new IndicatorCredit { When = When("all"), Weight = 1m }) });
        builder.Deductions.Add(new ItemRule { Id = "late", Name = "逾期答复", When = When("late"), PointsPerItem = -1m, Cap = 0m, GradeCeiling = "差" });
        builder.Grades.Add(new GradeBand { Name = "优秀", MinScore = 75m, CapShare = 1.2m });
        builder.Grades.Add(new GradeBand { Name = "良好", MinScore = 90m });
        builder.Grades.Add(new GradeBand { Name = "合格", MinScore = 60m });
        builder.ManualScores.Add(new ManualScore { Indicator = "leadership", Unit = "市教育局", Points = 5m });

        var ex = Assert.Throws<InvalidSchemeException>(builder.Build);

        var found = ex.Problems.Select(p => (p.Kind, p.Path)).ToList();
        Assert.Equal(
            [
                (SchemeProblemKind.Missing, "name"),
                (SchemeProblemKind.CapOutOfRange, "grades[0].capShare"),
                (SchemeProblemKind.OutOfOrder, "grades[1].minScore"),
                (SchemeProblemKind.OutOfOrder, "grades[2].minScore"),
                (SchemeProblemKind.NotPositive, "indicators[0].maxPoints"),
                (SchemeProblemKind.OutOfRange, "indicators[0].credits[0].weight"),
                (SchemeProblemKind.UnknownMetric, "indicators[1].population[0]"),
                (SchemeProblemKind.Duplicate, "indicators[1].id"),
                (SchemeProblemKind.NotPositive, "deductions[0].pointsPerItem"),
                (SchemeProblemKind.NotPositive, "deductions[0].cap"),
                (SchemeProblemKind.UnknownReference, "deductions[0].gradeCeiling"),
                (SchemeProblemKind.UnknownReference, "manualScores[0].indicator"),
            ],
            found);
        Assert.Contains("12 problems", ex.Message, StringComparison.Ordinal);
        Assert.Contains("indicators[0].maxPoints: an indicator's maxPoints (分值) must be positive (value: 0)", ex.Message, StringComparison.Ordinal);
        Assert.False(builder.TryBuild(out var scheme, out var problems));
        Assert.Null(scheme);
        Assert.Equal(12, problems.Count);
    }

    [Fact]
    public void Build_GradedLevelsOutOfOrder_AreReported()
    {
        var builder = EvaluationPresets.ShenzhenStyleGraded.ToBuilder();
        builder.Indicators[0] = builder.Indicators[0] with
        {
            Levels = ImmutableArray.Create(
                new RateLevel { Name = "合格", MinRate = 0.9m, Points = 5m },
                new RateLevel { Name = "良好", MinRate = 1.1m, Points = 12m },
                new RateLevel { Name = "良好", MinRate = 0.5m, Points = 6m }),
        };

        var problems = builder.Validate();

        Assert.Equal(
            [
                (SchemeProblemKind.OutOfRange, "indicators[0].levels[1].minRate"),
                (SchemeProblemKind.OutOfRange, "indicators[0].levels[1].points"),
                (SchemeProblemKind.OutOfOrder, "indicators[0].levels[1].minRate"),
                (SchemeProblemKind.OutOfOrder, "indicators[0].levels[1].points"),
                (SchemeProblemKind.Duplicate, "indicators[0].levels[2].name"),
                (SchemeProblemKind.OutOfOrder, "indicators[0].levels[2].minRate"),
            ],
            problems.Select(p => (p.Kind, p.Path)));
    }

    [Fact]
    public void ManualIndicator_ScoredUnitsGetTheirPoints_OthersDropIt()
    {
        // Default + 组织领导 (manual, 10). 市教育局 has 8: base = (100 + 8) × 100 ÷ 110 = 98.1818… → 98.18.
        // 市民政局 has no manual score: the indicator drops out and its base stays 100.
        var builder = EvaluationPresets.Default.ToBuilder();
        builder.Name = "默认方案加组织领导";
        builder.Indicators.Add(new EvaluationIndicator { Id = "leadership", Name = "组织领导", MaxPoints = 10m, Source = IndicatorSource.Manual });
        var scheme = builder.Build().WithManualScores([new ManualScore { Indicator = "leadership", Unit = "市教育局", Points = 8m }]);

        var result = UnitEvaluator.Evaluate(scheme, [Perfect("J1", "市教育局"), Perfect("M1", "市民政局")]);

        var education = result.Unit("市教育局");
        var manual = education.Indicator("leadership");
        Assert.Equal((true, true, 8m, 0.8m), (manual.Applicable, manual.Manual, manual.Points!.Value, manual.Rate!.Value));
        Assert.Equal(98.18m, education.Score);
        Assert.Contains("组织领导（人工评分）得8分", education.Explanation, StringComparison.Ordinal);
        Assert.Contains("按适用指标满分110分折算", education.Explanation, StringComparison.Ordinal);
        var civil = result.Unit("市民政局");
        Assert.False(civil.Indicator("leadership").Applicable);
        Assert.Equal(100.00m, civil.Score);
        Assert.Contains("组织领导未评分，不计入", civil.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void WithManualScores_AboveTheMaximum_Throws()
    {
        var builder = EvaluationPresets.Default.ToBuilder();
        builder.Indicators.Add(new EvaluationIndicator { Id = "quality", Name = "答复质量", MaxPoints = 10m, Source = IndicatorSource.Manual });
        var scheme = builder.Build();

        var ex = Assert.Throws<InvalidSchemeException>(() => scheme.WithManualScores(
        [
            new ManualScore { Indicator = "quality", Unit = "市教育局", Points = 11m },
            new ManualScore { Indicator = "timeliness", Unit = "市教育局", Points = 5m },
        ]));

        Assert.Equal(["manualScores[0].points", "manualScores[1].indicator"], ex.Problems.Select(p => p.Path));
    }

    [Fact]
    public void MinimumItems_UnitsBelowIt_AreScoredButNeitherRankedNorGraded()
    {
        // With minimumItems 2, 单位A (1 item) is too small; the cap base is the 2 ranked units → max(1, ⌊0.4⌋) = 1 优秀.
        var builder = EvaluationPresets.Default.ToBuilder();
        builder.MinimumItems = 2;
        var result = UnitEvaluator.Evaluate(builder.Build(),
        [
            Perfect("A1", "单位A"),
            Perfect("B1", "单位B"), Perfect("B2", "单位B"),
            Perfect("C1", "单位C"), Item("C2", "单位C", ReportStatus.Late, "A", SatisfactionLevel.Satisfied, faceToFace: 1),
        ]);

        Assert.Equal(2, result.UnitsRanked);
        Assert.Equal(["单位B", "单位C", "单位A"], result.Units.Select(u => u.Unit));
        var small = result.Unit("单位A");
        Assert.Equal((UnitStanding.TooFewItems, 100.00m, (int?)null, (string?)null), (small.Standing, small.Score, small.Rank, small.Grade));
        Assert.EndsWith("综合得分100.00分，主办件数不足2件，不参加排名和评定等次。", small.Explanation, StringComparison.Ordinal);
        Assert.Equal((1, "优秀"), (result.Unit("单位B").Rank!.Value, result.Unit("单位B").Grade!));
        Assert.Equal((2, "良好"), (result.Unit("单位C").Rank!.Value, result.Unit("单位C").Grade!));
        Assert.Equal(90.00m, result.Unit("单位C").Score);
    }

    [Fact]
    public void RuleCeiling_AnyMatchingItem_CapsTheGrade()
    {
        // 一票否决: any 严重逾期 item makes the unit at most 合格, and it does not take an 优秀 place.
        var builder = EvaluationPresets.Default.ToBuilder();
        builder.Deductions.Add(new ItemRule { Id = "serious", Name = "严重逾期", When = When("seriouslyOverdue"), PointsPerItem = 0.5m, GradeCeiling = "合格" });
        var items = Enumerable.Range(1, 20).Select(i => Perfect($"A{i:D2}", "单位A"))
            .Append(Item("A21", "单位A", ReportStatus.Overdue, faceToFace: 1) with { IsSeriouslyOverdue = true })
            .Append(Perfect("B1", "单位B"))
            .Append(Item("B2", "单位B", ReportStatus.Late, "A", SatisfactionLevel.Satisfied, faceToFace: 1));

        var result = UnitEvaluator.Evaluate(builder.Build(), items);

        var a = result.Unit("单位A");

        // 按时办复 20/21 × 20 + 20 + 30 + 30 = 99.0476…; −1 overdue −0.5 严重逾期 → 97.5476… → 97.55.
        Assert.Equal((97.55m, 1, "优秀", "合格"), (a.Score, a.Rank!.Value, a.ScoreGrade!, a.Grade!));
        Assert.Equal("因有严重逾期1件，等次不高于合格", Assert.Single(a.GradeNotes));
        Assert.Equal((90.00m, "优秀"), (result.Unit("单位B").Score, result.Unit("单位B").Grade!));
    }

    [Fact]
    public void Scheme_IsAValue_AndToBuilderRoundTrips()
    {
        var copy = EvaluationPresets.Default.ToBuilder().Build();

        Assert.Equal(EvaluationPresets.Default, copy);
        Assert.Equal(EvaluationPresets.Default.GetHashCode(), copy.GetHashCode());
        Assert.NotSame(EvaluationPresets.Default, copy);
        var changed = copy.ToBuilder();
        changed.Grades[0] = changed.Grades[0] with { CapShare = 0.15m };
        Assert.NotEqual(EvaluationPresets.Default, changed.Build());
    }

    [Fact]
    public void ItemCondition_ParseAndFormat_RoundTrip()
    {
        foreach (var text in new[] { "onTime", "not:late", "result:A", "not:result:甲", "receivedWithin:7", "repliedEarly:10", "key" })
        {
            Assert.Equal(text, ItemCondition.Parse(text).ToString());
        }

        Assert.Equal(ItemCondition.ResultIs(ResultCategory.B), ItemCondition.Parse("result:B"));
        Assert.Equal(ItemCondition.Of(ItemMetric.Late).Negate(), ItemCondition.Parse("not:late"));
        Assert.False(ItemCondition.TryParse("ontime", out _, out var problem));
        Assert.Contains("unknown metric 'ontime'", problem.Message, StringComparison.Ordinal);
        Assert.Equal(("condition", "ontime"), (problem.Code, problem.Value));
        Assert.False(ItemCondition.TryParse("late:3", out _, out problem));
        Assert.Contains("takes no argument", problem.Message, StringComparison.Ordinal);
        Assert.False(ItemCondition.TryParse("receivedWithin:x", out _, out _));
        Assert.Throws<FormatException>(() => ItemCondition.Parse("result:"));
        Assert.Throws<ArgumentOutOfRangeException>(() => ItemCondition.Of(ItemMetric.Result));
    }
}
