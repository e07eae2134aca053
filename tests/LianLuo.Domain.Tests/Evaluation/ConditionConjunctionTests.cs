using System.Collections.Immutable;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Model;
using LianLuo.Domain.Timeliness;
using static LianLuo.Domain.Tests.Evaluation.EvaluationFixtures;

namespace LianLuo.Domain.Tests.Evaluation;

/// <summary>
/// The conditions of a population, of a credit and of a deduction or bonus rule must all hold for an item (they are a
/// conjunction, not a choice); a rule whose points reach its cap exactly is not capped, one that passes it is. Every
/// expected figure below is worked out by hand in the comments.
/// </summary>
public class ConditionConjunctionTests
{
    private static ImmutableArray<ItemCondition> When(params string[] conditions) => [.. conditions.Select(ItemCondition.Parse)];

    /// <summary>The default bands, with only the given indicator and rules.</summary>
    private static EvaluationScheme Scheme(EvaluationIndicator indicator, ItemRule[] deductions, ItemRule[] bonuses)
    {
        var builder = EvaluationPresets.Default.ToBuilder();
        builder.Name = "条件合取";
        builder.Indicators.Clear();
        builder.Indicators.Add(indicator);
        builder.Deductions.Clear();
        builder.Deductions.AddRange(deductions);
        builder.Bonuses.Clear();
        builder.Bonuses.AddRange(bonuses);
        return builder.Build();
    }

    [Fact]
    public void PopulationAndCredit_NeedEveryCondition()
    {
        // Population: replied AND key. Credit: faceToFaceOrVisit AND satisfied.
        //   J1 replied, key, talk, 满意      → in the population, credited
        //   J2 replied, key, talk, 不满意    → in the population, not credited (no 满意)
        //   J3 replied, not key, 满意        → outside (not key)
        //   J4 overdue, key                  → outside (not replied)
        // Rate 1 / 2 = 0.5; points 0.5 × 10 = 5; base 5 × 100 ÷ 10 = 50.
        var indicator = new EvaluationIndicator
        {
            Id = "keyContact",
            Name = "重点件沟通",
            MaxPoints = 10m,
            Population = When("replied", "key"),
            Credits = ImmutableArray.Create(new IndicatorCredit { When = When("faceToFaceOrVisit", "satisfied"), Weight = 1m }),
        };
        var scheme = Scheme(indicator, [], []);

        var result = UnitEvaluator.Evaluate(scheme,
        [
            Item("J1", "市教育局", ReportStatus.OnTime, "A", SatisfactionLevel.Satisfied, key: true, faceToFace: 1),
            Item("J2", "市教育局", ReportStatus.OnTime, "A", SatisfactionLevel.Unsatisfied, key: true, faceToFace: 1),
            Item("J3", "市教育局", ReportStatus.OnTime, "A", SatisfactionLevel.Satisfied),
            Item("J4", "市教育局", ReportStatus.Overdue, key: true),
        ]);

        var unit = result.Unit("市教育局");
        var score = unit.Indicator("keyContact");
        Assert.Equal((2, 1m, 0.5m, 5m), (score.Denominator, score.Numerator, score.Rate!.Value, score.Points!.Value));
        Assert.Equal(50m, unit.Base);
        Assert.Equal(50m, unit.Score);
    }

    [Fact]
    public void DeductionAndBonus_NeedEveryCondition_AndABonusAtItsCapIsNotCapped()
    {
        // Indicator: all items, credited when on time (10 points). Deduction: late AND 不满意, 3 each. Bonus: key AND
        // result A, 1 each, at most 2.
        //   M1 on time, key, A, 满意          → bonus
        //   M2 on time, key, A, 满意          → bonus
        //   M3 late, key, B, 不满意           → deduction (late and 不满意); no bonus (result B)
        //   M4 late, not key, A, 满意         → neither (满意; not key)
        // Base: 2 of 4 on time → 0.5 × 10 = 5 of 10 → 50. Deduction 1 × 3 = 3. Bonus 2 × 1 = 2, exactly the cap: not
        // capped. Score 50 − 3 + 2 = 49.
        var scheme = Scheme(
            new EvaluationIndicator
            {
                Id = "timeliness",
                Name = "按时办复",
                MaxPoints = 10m,
                Population = When("all"),
                Credits = ImmutableArray.Create(new IndicatorCredit { When = When("onTime"), Weight = 1m }),
            },
            [new ItemRule { Id = "lateUnsatisfied", Name = "逾期答复且不满意", When = When("late", "unsatisfied"), PointsPerItem = 3m }],
            [new ItemRule { Id = "keyA", Name = "重点件A类", When = When("key", "result:A"), PointsPerItem = 1m, Cap = 2m }]);

        var result = UnitEvaluator.Evaluate(scheme,
        [
            Item("M1", "市民政局", ReportStatus.OnTime, "A", SatisfactionLevel.Satisfied, key: true),
            Item("M2", "市民政局", ReportStatus.OnTime, "A", SatisfactionLevel.Satisfied, key: true),
            Item("M3", "市民政局", ReportStatus.Late, "B", SatisfactionLevel.Unsatisfied, key: true),
            Item("M4", "市民政局", ReportStatus.Late, "A", SatisfactionLevel.Satisfied),
        ]);

        var unit = result.Unit("市民政局");
        var deduction = Assert.Single(unit.DeductionRules);
        Assert.Equal(["M3"], deduction.Items.Select(i => i.Value));
        Assert.Equal(3m, deduction.Points);
        var bonus = Assert.Single(unit.BonusRules);
        Assert.Equal(["M1", "M2"], bonus.Items.Select(i => i.Value));
        Assert.Equal((2m, false), (bonus.Points, bonus.Capped));
        Assert.DoesNotContain("已达上限", unit.Explanation, StringComparison.Ordinal);
        Assert.Equal((50m, 3m, 2m, 49m), (unit.Base, unit.Deductions, unit.Bonus, unit.Score));
    }

    [Fact]
    public void BonusPastItsCap_IsCappedAndSaysSo()
    {
        // Three key items with result A at 1 each would give 3; the cap is 2, so 2, marked as capped. All on time: base 100,
        // score min(100, 100 + 2) = 100.
        var scheme = Scheme(
            new EvaluationIndicator
            {
                Id = "timeliness",
                Name = "按时办复",
                MaxPoints = 10m,
                Population = When("all"),
                Credits = ImmutableArray.Create(new IndicatorCredit { When = When("onTime"), Weight = 1m }),
            },
            [],
            [new ItemRule { Id = "keyA", Name = "重点件A类", When = When("key", "result:A"), PointsPerItem = 1m, Cap = 2m }]);

        var result = UnitEvaluator.Evaluate(scheme,
        [
            Item("K1", "市交通局", ReportStatus.OnTime, "A", SatisfactionLevel.Satisfied, key: true),
            Item("K2", "市交通局", ReportStatus.OnTime, "A", SatisfactionLevel.Satisfied, key: true),
            Item("K3", "市交通局", ReportStatus.OnTime, "A", SatisfactionLevel.Satisfied, key: true),
        ]);

        var unit = result.Unit("市交通局");
        var bonus = Assert.Single(unit.BonusRules);
        Assert.Equal((3, 2m, true), (bonus.Items.Count, bonus.Points, bonus.Capped));
        Assert.Contains("已达上限", unit.Explanation, StringComparison.Ordinal);
        Assert.Equal(100m, unit.Score);
    }
}
