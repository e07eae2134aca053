using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Model;
using LianLuo.Domain.Timeliness;
using static LianLuo.Domain.Tests.Evaluation.EvaluationFixtures;

namespace LianLuo.Domain.Tests.Evaluation;

/// <summary>The default preset (ledger.md §4) on small ledgers, every figure computed by hand.</summary>
public class DefaultPresetTests
{
    private static EvaluationResult Score(params EvaluationItem[] items) => UnitEvaluator.Evaluate(EvaluationPresets.Default, items);

    [Fact]
    public void Evaluate_MixedUnit_EveryPartMatchesTheHandComputation()
    {
        // 按时办复 2/(2+1+1) × 20 = 10; 沟通联系 (E1 面商, E3 走访) 2/4 × 20 = 10;
        // 办理实效 (1 + 0.5)/3 × 30 = 15; 满意度 (1 + 0.8)/3 × 30 = 18; base 53.
        // −1 (E4 overdue) −2 (E3 不满意) +1 (E1 key A) = 51.
        var result = Score(
            Item("E1", "市教育局", ReportStatus.OnTime, "A", SatisfactionLevel.Satisfied, key: true, faceToFace: 1),
            Item("E2", "市教育局", ReportStatus.OnTime, "B", SatisfactionLevel.BasicallySatisfied, phoneEmail: 2),
            Item("E3", "市教育局", ReportStatus.Late, "C", SatisfactionLevel.Unsatisfied, visits: 1),
            Item("E4", "市教育局", ReportStatus.Overdue));

        var unit = Assert.Single(result.Units);
        Assert.Equal("市教育局", unit.Unit);
        Assert.Equal(4, unit.Items);
        AssertIndicator(unit.Indicator("timeliness"), 2m, 4, 0.5m, 10m);
        AssertIndicator(unit.Indicator("communication"), 2m, 4, 0.5m, 10m);
        AssertIndicator(unit.Indicator("effectiveness"), 1.5m, 3, 0.5m, 15m);
        AssertIndicator(unit.Indicator("satisfaction"), 1.8m, 3, 0.6m, 18m);
        Assert.Equal(53.00m, unit.Base);
        Assert.Equal(3m, unit.Deductions);
        Assert.Equal(1m, unit.Bonus);
        Assert.Equal(51.00m, unit.Score);
        Assert.Equal("51.00", unit.Score.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1, unit.Rank);
        Assert.Equal("不合格", unit.Grade);
        Assert.Equal(
            [("overdue", "E4", 1m), ("unsatisfied", "E3", 2m)],
            unit.DeductionRules.Select(r => (r.Id, string.Join(",", r.Items), r.Points)));
        var bonus = Assert.Single(unit.BonusRules);
        Assert.Equal([new ItemId("E1")], bonus.Items.AsImmutableArray());
        Assert.False(bonus.Capped);
        Assert.Equal(
            "市教育局主办建议提案4件。按时办复率50.00%（2/4），得10.00分；沟通联系率50.00%（2/4），得10.00分；办理实效率50.00%（1.5/3），得15.00分；满意度60.00%（1.8/3），得18.00分，基础分53.00分。逾期未答复1件扣1分，最终不满意1件扣2分。重点建议提案办理结果为A类1件加1分。综合得分51.00分，排名第1，评定为不合格。",
            unit.Explanation);
    }

    [Fact]
    public void Evaluate_UnitWithNoRepliesYet_ScoresOnCommunicationAlone()
    {
        // Only 沟通联系 applies (never not-applicable): 1/2 × 20 = 10 points of 20 → base 10 × 100 ÷ 20 = 50.
        var unit = Assert.Single(Score(
            Item("P1", "市民政局", ReportStatus.Pending, visits: 2),
            Item("P2", "市民政局", ReportStatus.Pending)).Units);

        Assert.False(unit.Indicator("timeliness").Applicable);
        Assert.Null(unit.Indicator("timeliness").Points);
        Assert.True(unit.Indicator("communication").Applicable);
        Assert.False(unit.Indicator("effectiveness").Applicable);
        Assert.False(unit.Indicator("satisfaction").Applicable);
        Assert.Equal(50.00m, unit.Base);
        Assert.Equal(50.00m, unit.Score);
        Assert.Equal(0m, unit.Deductions);
        Assert.Equal("不合格", unit.Grade);
        Assert.Contains("按时办复无可考核事项，不计入", unit.Explanation, StringComparison.Ordinal);
        Assert.Contains("按适用指标满分20分折算", unit.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UnitWithEveryIndicatorAtZero_IsClampedAtZero()
    {
        // Every indicator applies and is 0: base 0; −1 overdue −2 不满意 = −3, clamped to 0.
        var unit = Assert.Single(Score(
            Item("Z1", "市生态环境局", ReportStatus.Late, "C", SatisfactionLevel.Unsatisfied),
            Item("Z2", "市生态环境局", ReportStatus.Overdue)).Units);

        Assert.All(unit.Indicators, i => Assert.Equal((true, 0m), (i.Applicable, i.Points!.Value)));
        Assert.Equal(0m, unit.Base);
        Assert.Equal(3m, unit.Deductions);
        Assert.Equal(0.00m, unit.Score);
        Assert.Equal("不合格", unit.Grade);
        Assert.Contains("综合得分0.00分（按0至100分计）", unit.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_TiesAndTheExcellentCap_ShareRanksAndGiveOneExcellent()
    {
        // 6 units → at most max(1, ⌊20 % × 6⌋) = 1 优秀. 单位A and 单位B tie at 100 (rank 1); the cap goes by unit
        // name, so 单位B is 良好. 单位C: 办理实效 (4 + 0.5)/5 × 30 = 27 → 97; 单位D: 满意度 (1 + 0.8)/2 × 30 = 27 → 97:
        // a tie at rank 3, both 良好 (beyond the cap). 单位E: late → 按时办复 0 → 80, rank 5. 单位F: C, no contact → 50.
        var result = Score(
            Perfect("A1", "单位A"),
            Perfect("B1", "单位B"),
            Perfect("C1", "单位C"), Perfect("C2", "单位C"), Perfect("C3", "单位C"), Perfect("C4", "单位C"),
            Item("C5", "单位C", ReportStatus.OnTime, "B", SatisfactionLevel.Satisfied, faceToFace: 1),
            Perfect("D1", "单位D"),
            Item("D2", "单位D", ReportStatus.OnTime, "A", SatisfactionLevel.BasicallySatisfied, visits: 1),
            Item("E1", "单位E", ReportStatus.Late, "A", SatisfactionLevel.Satisfied, faceToFace: 1),
            Item("F1", "单位F", ReportStatus.OnTime, "C", SatisfactionLevel.Satisfied));

        Assert.Equal(6, result.UnitsRanked);
        Assert.Equal(
            [
                ("单位A", 100.00m, 1, "优秀"),
                ("单位B", 100.00m, 1, "良好"),
                ("单位C", 97.00m, 3, "良好"),
                ("单位D", 97.00m, 3, "良好"),
                ("单位E", 80.00m, 5, "良好"),
                ("单位F", 50.00m, 6, "不合格"),
            ],
            result.Units.Select(u => (u.Unit, u.Score, u.Rank!.Value, u.Grade!)));
        var capped = result.Unit("单位B");
        Assert.Equal("优秀", capped.ScoreGrade);
        Assert.Equal("得分达到优秀但超出优秀名额（1个，20%）", Assert.Single(capped.GradeNotes));
        Assert.EndsWith("综合得分100.00分，排名第1，得分达到优秀但超出优秀名额（1个，20%），评定为良好。", capped.Explanation, StringComparison.Ordinal);
        Assert.Empty(result.Unit("单位A").GradeNotes);
    }

    [Fact]
    public void Evaluate_TenUnitsAtFullMarks_TwoAreExcellentInNameOrder()
    {
        var result = Score([.. Enumerable.Range(0, 10).Select(i => Perfect($"X{i}", $"单位{9 - i}"))]);

        Assert.All(result.Units, u => Assert.Equal(1, u.Rank));
        Assert.Equal(["单位0", "单位1"], result.Units.Where(u => u.Grade == "优秀").Select(u => u.Unit));
        Assert.Equal(8, result.Units.Count(u => u.Grade == "良好"));
        Assert.Equal([.. Enumerable.Range(0, 10).Select(i => $"单位{i}")], result.Units.Select(u => u.Unit));
    }

    [Fact]
    public void Evaluate_ExactHalfCent_RoundsHalfAwayFromZero()
    {
        // 办理实效 (7 + 0.5)/8 × 30 = 28.125; base 98.125 exactly → 98.13 (banker's rounding would give 98.12).
        var result = Score([.. Enumerable.Range(1, 7).Select(i => Perfect($"R{i}", "市交通运输局")), Item("R8", "市交通运输局", ReportStatus.OnTime, "B", SatisfactionLevel.Satisfied, faceToFace: 1)]);

        var unit = Assert.Single(result.Units);
        Assert.Equal(28.13m, unit.Indicator("effectiveness").Points);
        Assert.Equal(0.9375m, unit.Indicator("effectiveness").Rate);
        Assert.Equal(98.13m, unit.Score);
    }

    [Fact]
    public void Evaluate_NotApplicableIndicator_RemainingMaximaScaledExactly()
    {
        // 满意度 does not apply (no form back). 按时办复 1/1 → 20; 沟通联系 2/3 → 40/3; 办理实效 1/1 → 30.
        // base = (20 + 40/3 + 30) × 100 ÷ 70 = 19000/210 = 90.476… → 90.48. Computed from exact thirds, not 13.33.
        var result = Score(
            Item("S1", "市卫生健康委", ReportStatus.OnTime, "A", faceToFace: 1),
            Item("S2", "市卫生健康委", ReportStatus.Pending),
            Item("S3", "市卫生健康委", ReportStatus.Pending, visits: 1));

        var unit = Assert.Single(result.Units);
        Assert.False(unit.Indicator("satisfaction").Applicable);
        Assert.Equal(13.33m, unit.Indicator("communication").Points);
        Assert.Equal(0.6667m, unit.Indicator("communication").Rate);
        Assert.Equal(90.48m, unit.Base);
        Assert.Equal(90.48m, unit.Score);
        Assert.Equal("优秀", unit.Grade);
    }

    [Fact]
    public void Evaluate_BonusOverItsCap_CountsFivePoints()
    {
        // 6 key A items and 1 overdue key item: 按时办复 6/7 × 20, 沟通联系 6/7 × 20, 办理实效 30, 满意度 30:
        // base = 94.2857…; −1 overdue; +6 key A capped at 5 → 98.2857… → 98.29.
        var items = Enumerable.Range(1, 6)
            .Select(i => Item($"K{i}", "市住房城乡建设局", ReportStatus.OnTime, "A", SatisfactionLevel.Satisfied, key: true, faceToFace: 1))
            .Append(Item("K7", "市住房城乡建设局", ReportStatus.Overdue, key: true));

        var unit = Assert.Single(Score([.. items]).Units);
        var bonus = Assert.Single(unit.BonusRules);
        Assert.Equal(6, bonus.Items.Count);
        Assert.True(bonus.Capped);
        Assert.Equal(5m, bonus.Points);
        Assert.Equal(94.29m, unit.Base);
        Assert.Equal(98.29m, unit.Score);
        Assert.Contains("重点建议提案办理结果为A类6件加5分（已达上限）", unit.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Motions_AreNotScored()
    {
        var result = Score(
            Perfect("J1", "市教育局"),
            Item("Y1", "市教育局", ReportStatus.Overdue, kind: SubmissionKind.Motion),
            Item("Y2", "市发展改革委", ReportStatus.Overdue, kind: SubmissionKind.Motion));

        var unit = Assert.Single(result.Units);
        Assert.Equal(1, unit.Items);
        Assert.Equal(100.00m, unit.Score);
        Assert.Equal([new ItemId("Y1"), new ItemId("Y2")], result.NotScored.AsImmutableArray());
    }

    [Fact]
    public void Evaluate_ProposalsAndSuggestions_AreScoredTogether()
    {
        var unit = Assert.Single(Score(
            Perfect("J1", "市教育局"),
            Item("T1", "市教育局", ReportStatus.Late, "A", SatisfactionLevel.Satisfied, faceToFace: 1, kind: SubmissionKind.Proposal)).Units);

        Assert.Equal(2, unit.Items);
        Assert.Equal(0.5m, unit.Indicator("timeliness").Rate);
        Assert.Equal(90.00m, unit.Score);
    }

    [Fact]
    public void Evaluate_NoItems_GivesNoUnits()
    {
        var result = Score();

        Assert.Empty(result.Units);
        Assert.Equal(0, result.UnitsRanked);
    }

    [Fact]
    public void Evaluate_SameItemTwiceForOneUnit_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Score(Perfect("J1", "市教育局"), Perfect("J1", "市教育局")));
        Assert.Contains("J1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_MatchesTheSpecification()
    {
        var scheme = EvaluationPresets.Default;

        Assert.Equal([20m, 20m, 30m, 30m], scheme.Indicators.Select(i => i.MaxPoints));
        Assert.Equal([NotApplicableRule.WhenNoData, NotApplicableRule.Never, NotApplicableRule.WhenNoData, NotApplicableRule.WhenNoData], scheme.Indicators.Select(i => i.NotApplicable));
        Assert.Equal(["优秀", "良好", "合格", "不合格"], scheme.Grades.Select(g => g.Name));
        Assert.Equal([90m, 75m, 60m, 0m], scheme.Grades.Select(g => g.MinScore));
        Assert.Equal(0.2m, scheme.Grades[0].CapShare);
        Assert.Equal([SubmissionKind.Suggestion, SubmissionKind.Proposal], scheme.ScoredKinds.AsImmutableArray());
        Assert.Null(scheme.MinimumItems);
        Assert.Same(scheme, EvaluationPresets.ByName["default"]);
    }

    private static void AssertIndicator(IndicatorScore indicator, decimal numerator, int denominator, decimal rate, decimal points)
    {
        Assert.True(indicator.Applicable);
        Assert.Equal(numerator, indicator.Numerator);
        Assert.Equal(denominator, indicator.Denominator);
        Assert.Equal(rate, indicator.Rate);
        Assert.Equal(points, indicator.Points);
    }
}
