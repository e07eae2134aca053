using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Model;
using LianLuo.Domain.Satisfaction;
using LianLuo.Domain.Tests.Arbitraries;

namespace LianLuo.Domain.Tests.Evaluation;

/// <summary>Laws of the evaluation model, over generated schemes and items.</summary>
public class EvaluationPropertyTests
{
    private static readonly EvaluationScheme[] Presets =
        [EvaluationPresets.Default, EvaluationPresets.ShenzhenStyleGraded, EvaluationPresets.ShijiazhuangStyleDeduction];

    [Property(Arbitrary = [typeof(EvaluationArbitraries)])]
    public bool Evaluate_ScoresLieBetweenZeroAndHundred(EvaluationScheme scheme, EvaluationItem[] items) =>
        UnitEvaluator.Evaluate(scheme, items).Units.All(u => u.Score is >= 0m and <= 100m && decimal.Round(u.Score, 2) == u.Score);

    [Property(Arbitrary = [typeof(EvaluationArbitraries)])]
    public Property Evaluate_DoesNotDependOnTheOrderOfItemsOrUnits(EvaluationScheme scheme, EvaluationItem[] items) =>
        Prop.ForAll(
            Gen.Shuffle(items).ToArbitrary(),
            shuffled => UnitEvaluator.Evaluate(scheme, shuffled).Equals(UnitEvaluator.Evaluate(scheme, items)));

    [Property(Arbitrary = [typeof(EvaluationArbitraries)])]
    public bool Evaluate_RanksAgreeWithScores(EvaluationScheme scheme, EvaluationItem[] items)
    {
        var ranked = UnitEvaluator.Evaluate(scheme, items).Units.Where(u => u.Standing == UnitStanding.Ranked).ToList();
        return ranked.All(u =>
            u.Rank == 1 + ranked.Count(o => o.Score > u.Score) &&
            ranked.All(o => (o.Score > u.Score) == (o.Rank < u.Rank)) &&
            u.Grade is not null);
    }

    [Property(Arbitrary = [typeof(EvaluationArbitraries)])]
    public bool Evaluate_UnitsComeInRankOrderThenName(EvaluationScheme scheme, EvaluationItem[] items)
    {
        var units = UnitEvaluator.Evaluate(scheme, items).Units;
        var expected = units
            .OrderBy(u => u.Standing)
            .ThenBy(u => u.Rank ?? 0)
            .ThenBy(u => u.Unit, StringComparer.Ordinal)
            .Select(u => u.Unit);
        return expected.SequenceEqual(units.Select(u => u.Unit));
    }

    [Property(Arbitrary = [typeof(EvaluationArbitraries)])]
    public bool Evaluate_CappedBandsHoldNoMoreThanTheirCap(EvaluationScheme scheme, EvaluationItem[] items)
    {
        var result = UnitEvaluator.Evaluate(scheme, items);
        return scheme.Grades.All(band =>
            band.CapShare is not { } share ||
            result.Units.Count(u => u.Grade == band.Name) <= Math.Max(band.CapMinimum, (int)Math.Floor(share * result.UnitsRanked)));
    }

    [Property(Arbitrary = [typeof(EvaluationArbitraries)])]
    public bool Evaluate_ScoreIsBaseMinusDeductionsPlusBonusClamped(EvaluationScheme scheme, EvaluationItem[] items) =>
        UnitEvaluator.Evaluate(scheme, items).Units.All(u =>
            Math.Abs(Math.Clamp(u.Base - u.Deductions + u.Bonus, 0m, 100m) - u.Score) <= 0.01m &&
            u.Deductions == u.DeductionRules.Sum(r => r.Points) &&
            u.Bonus == u.BonusRules.Sum(r => r.Points));

    [Property(Arbitrary = [typeof(EvaluationArbitraries)])]
    public Property Presets_LateReplyMadeOnTime_NeverLowersTheScore(EvaluationItem[] items) =>
        Improving(items, i => i.Timeliness == ReportStatus.Late, i => EvaluationArbitraries.With(i, timeliness: ReportStatus.OnTime));

    [Property(Arbitrary = [typeof(EvaluationArbitraries)])]
    public Property Presets_UnsatisfiedMadeSatisfied_NeverLowersTheScore(EvaluationItem[] items) =>
        Improving(items, i => i.Facts.Satisfaction.Level == SatisfactionLevel.Unsatisfied, i => EvaluationArbitraries.With(i, satisfaction: ItemSatisfaction.Returned(SatisfactionLevel.Satisfied)));

    [Property(Arbitrary = [typeof(EvaluationArbitraries)])]
    public Property Presets_ResultCMadeA_NeverLowersTheScore(EvaluationItem[] items) =>
        Improving(items, i => i.Facts.Category == ResultCategory.C, i => EvaluationArbitraries.With(i, category: ResultCategory.A));

    [Property(Arbitrary = [typeof(EvaluationArbitraries)])]
    public bool SchemeJson_RoundTrip_GivesAnEqualScheme(EvaluationScheme scheme) =>
        EvaluationSchemeJson.Read(EvaluationSchemeJson.Write(scheme)).Equals(scheme);

    [Property(Arbitrary = [typeof(EvaluationArbitraries)])]
    public bool Evaluate_ResultIsAValue(EvaluationScheme scheme, EvaluationItem[] items)
    {
        var first = UnitEvaluator.Evaluate(scheme, items);
        var second = UnitEvaluator.Evaluate(EvaluationSchemeJson.Read(EvaluationSchemeJson.Write(scheme)), [.. items]);
        return first.Equals(second) && first.GetHashCode() == second.GetHashCode();
    }

    /// <summary>For every preset: improving one item that qualifies never lowers its unit's score.</summary>
    private static Property Improving(EvaluationItem[] items, Func<EvaluationItem, bool> qualifies, Func<EvaluationItem, EvaluationItem> improve)
    {
        var candidates = Enumerable.Range(0, items.Length).Where(i => items[i].Kind != SubmissionKind.Motion && qualifies(items[i])).ToArray();
        return Prop.ForAll(
            Gen.Elements([-1, .. candidates]).ToArbitrary(),
            index =>
            {
                if (index < 0)
                {
                    return true;
                }

                var improved = (EvaluationItem[])items.Clone();
                improved[index] = improve(items[index]);
                var unit = items[index].Unit.Name;
                return Presets.All(scheme =>
                    UnitEvaluator.Evaluate(scheme, improved).Units.Single(u => u.Unit == unit).Score >=
                    UnitEvaluator.Evaluate(scheme, items).Units.Single(u => u.Unit == unit).Score);
            });
    }
}
