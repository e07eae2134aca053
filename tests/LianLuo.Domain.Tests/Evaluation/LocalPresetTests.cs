using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Model;
using LianLuo.Domain.Timeliness;
using static LianLuo.Domain.Tests.Evaluation.EvaluationFixtures;

namespace LianLuo.Domain.Tests.Evaluation;

/// <summary>The Shenzhen-style graded preset and the Shijiazhuang-style deduction preset on worked examples computed by hand.</summary>
public class LocalPresetTests
{
    [Fact]
    public void ShenzhenStyle_WorkedExample_GradesEachIndicatorAndVetoesAnyFail()
    {
        var items = new List<EvaluationItem>();

        // 甲局: signed 10/10 within 7 days → 良好 (10); 9 on time + 1 late: 90 % ≥ 80 % but a late reply blocks 良好 → 合格 (5);
        // 8 满意 + 2 基本满意: 80 % with no 不满意 → 良好 (10). Base 25/30 = 83.33 ≥ 80 → 良好 (two 良好).
        for (var i = 1; i <= 10; i++)
        {
            var timeliness = i == 10 ? ReportStatus.Late : ReportStatus.OnTime;
            var level = i <= 8 ? SatisfactionLevel.Satisfied : SatisfactionLevel.BasicallySatisfied;
            items.Add(Item($"A{i:D2}", "甲局", timeliness, "A", level) with { DaysToReceive = 3 });
        }

        // 乙局: signed 4/4 (the last on day 7) → 良好; all on time → 良好; 3 满意 + 1 不满意 → 不合格 (0), which caps the unit.
        // Base 20/30 = 66.67 would be 合格, but the 不合格 indicator makes the unit 不合格.
        for (var i = 1; i <= 4; i++)
        {
            items.Add(Item($"B{i}", "乙局", ReportStatus.OnTime, "A", i == 4 ? SatisfactionLevel.Unsatisfied : SatisfactionLevel.Satisfied) with { DaysToReceive = i == 4 ? 7 : 1 });
        }

        // 丙局: 9 of 10 signed within 7 days (one on day 8): 90 % → 合格 (5); all on time → 良好 (10); 5 满意 + 5 基本满意:
        // 50 % with no 不满意 → 合格 (5). Base 20/30 = 66.67 → 合格 (only one 良好).
        for (var i = 1; i <= 10; i++)
        {
            items.Add(Item($"C{i:D2}", "丙局", ReportStatus.OnTime, "B", i <= 5 ? SatisfactionLevel.Satisfied : SatisfactionLevel.BasicallySatisfied) with { DaysToReceive = i == 10 ? 8 : 2 });
        }

        // 丁局: one item not replied and past its deadline → 按时办复 不合格 whatever the rate; no form back → 满意度 does not apply.
        items.Add(Item("D1", "丁局", ReportStatus.Overdue) with { DaysToReceive = 1 });

        var result = UnitEvaluator.Evaluate(EvaluationPresets.ShenzhenStyleGraded, items);

        var a = result.Unit("甲局");
        Assert.Equal(["良好", "合格", "良好"], a.Indicators.Select(i => i.Level));
        Assert.Equal([10m, 5m, 10m], a.Indicators.Select(i => i.Points!.Value));
        Assert.Equal(0.9m, a.Indicator("onTime").Rate);
        Assert.Equal((83.33m, 1, "良好"), (a.Score, a.Rank!.Value, a.Grade));

        var b = result.Unit("乙局");
        Assert.Equal(["良好", "良好", "不合格"], b.Indicators.Select(i => i.Level));
        Assert.Equal((66.67m, "合格", "不合格"), (b.Score, b.ScoreGrade, b.Grade));
        Assert.Equal("因满意度评为不合格，等次不高于不合格", Assert.Single(b.GradeNotes));

        var c = result.Unit("丙局");
        Assert.Equal(["合格", "良好", "合格"], c.Indicators.Select(i => i.Level));
        Assert.Equal((66.67m, 2, "合格"), (c.Score, c.Rank!.Value, c.Grade));
        Assert.Equal(2, b.Rank);

        var d = result.Unit("丁局");
        Assert.Equal("不合格", d.Indicator("onTime").Level);
        Assert.False(d.Indicator("satisfaction").Applicable);
        Assert.Equal((50.00m, "不合格"), (d.Score, d.Grade));
        Assert.Contains("按时办复率0.00%（0/1），评为不合格，得0分", d.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void ShijiazhuangStyle_WorkedExample_DeductsAndAddsWithCaps()
    {
        var items = new List<EvaluationItem>
        {
            // 甲局: not on time S4, S5, S6 −3; non-standard S3, S4 −4; 不满意 S4 −5; ≥ 10 days early S1, S2, S3 +3 → 91.
            Item("S1", "甲局", ReportStatus.OnTime, "A", SatisfactionLevel.Satisfied) with { DaysBeforeDeadline = 15 },
            Item("S2", "甲局", ReportStatus.OnTime, "A", SatisfactionLevel.Satisfied) with { DaysBeforeDeadline = 12 },
            Item("S3", "甲局", ReportStatus.OnTime, "B", SatisfactionLevel.Satisfied) with { DaysBeforeDeadline = 10, IsNonStandardReply = true },
            Item("S4", "甲局", ReportStatus.Late, "C", SatisfactionLevel.Unsatisfied) with { DaysBeforeDeadline = -3, IsNonStandardReply = true },
            Item("S5", "甲局", ReportStatus.Late, "A", SatisfactionLevel.Satisfied) with { DaysBeforeDeadline = -1 },
            Item("S6", "甲局", ReportStatus.Overdue),

            // 丙局: one reply 5 days early (not 10): nothing to add or take → 100.
            Item("T1", "丙局", ReportStatus.OnTime, "A", SatisfactionLevel.Satisfied) with { DaysBeforeDeadline = 5 },
        };

        // 乙局: 16 non-standard replies −32, capped at −30; 16 replies 20 days early +16, capped at +5 → 75.
        items.AddRange(Enumerable.Range(1, 16).Select(i =>
            Item($"U{i:D2}", "乙局", ReportStatus.OnTime, "B", SatisfactionLevel.Satisfied) with { DaysBeforeDeadline = 20, IsNonStandardReply = true }));

        var result = UnitEvaluator.Evaluate(EvaluationPresets.ShijiazhuangStyleDeduction, items);

        var a = result.Unit("甲局");
        Assert.Empty(a.Indicators);
        Assert.Equal(100m, a.Base);
        Assert.Equal(
            [("notOnTime", "S4,S5,S6", 3m), ("nonStandard", "S3,S4", 4m), ("unsatisfied", "S4", 5m)],
            a.DeductionRules.Select(r => (r.Id, string.Join(",", r.Items), r.Points)));
        Assert.Equal("S1,S2,S3", string.Join(",", Assert.Single(a.BonusRules).Items));
        Assert.Equal((12m, 3m, 91.00m), (a.Deductions, a.Bonus, a.Score));

        var b = result.Unit("乙局");
        Assert.Equal((30m, 5m, 75.00m), (b.Deductions, b.Bonus, b.Score));
        Assert.True(Assert.Single(b.DeductionRules).Capped);
        Assert.True(Assert.Single(b.BonusRules).Capped);

        // 3 units → at most max(1, ⌊15 % × 3⌋) = 1 优秀: 丙局 (100); 甲局 (91) is beyond the cap → 良好.
        Assert.Equal(
            [("丙局", 100.00m, 1, "优秀"), ("甲局", 91.00m, 2, "良好"), ("乙局", 75.00m, 3, "良好")],
            result.Units.Select(u => (u.Unit, u.Score, u.Rank!.Value, u.Grade!)));
        Assert.Equal(
            "甲局主办建议提案6件。基础分100.00分。未按时办结3件扣3分，答复不规范2件扣4分，代表委员不满意1件扣5分。提前10天以上办结3件加3分。综合得分91.00分，排名第2，得分达到优秀但超出优秀名额（1个，15%），评定为良好。",
            a.Explanation);
    }

    [Fact]
    public void Presets_ByName_HoldAllThree()
    {
        Assert.Equal(["default", "shenzhen", "shijiazhuang"], EvaluationPresets.ByName.Keys.Order(StringComparer.Ordinal));
        Assert.Same(EvaluationPresets.ShenzhenStyleGraded, EvaluationPresets.ByName["shenzhen"]);
        Assert.Same(EvaluationPresets.ShijiazhuangStyleDeduction, EvaluationPresets.ByName["shijiazhuang"]);
    }
}
