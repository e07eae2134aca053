using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LianLuo.Domain.Classification;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Model;
using LianLuo.Domain.Satisfaction;
using LianLuo.Domain.Serialization;
using LianLuo.Domain.Tests.Arbitraries;
using LianLuo.Domain.Timeliness;

namespace LianLuo.Domain.Tests.Evaluation;

/// <summary>Laws of the evaluation model, over generated schemes and items.</summary>
public class EvaluationPropertyTests
{
    private static readonly EvaluationScheme[] Presets =
        [EvaluationPresets.Default, EvaluationPresets.ShenzhenStyleGraded, EvaluationPresets.ShijiazhuangStyleDeduction];

    [Property(Arbitrary = [typeof(EvaluationArbitraries)])]
    internal bool Evaluate_ScoresLieBetweenZeroAndHundred(EvaluationScheme scheme, EvaluationItem[] items) =>
        UnitEvaluator.Evaluate(scheme, items).Units.All(u => u.Score is >= 0m and <= 100m && decimal.Round(u.Score, 2) == u.Score);

    [Property(Arbitrary = [typeof(EvaluationArbitraries)])]
    internal Property Evaluate_DoesNotDependOnTheOrderOfItemsOrUnits(EvaluationScheme scheme, EvaluationItem[] items) =>
        Prop.ForAll(
            Gen.Shuffle(items).ToArbitrary(),
            shuffled => UnitEvaluator.Evaluate(scheme, shuffled).Equals(UnitEvaluator.Evaluate(scheme, items)));

    [Property(Arbitrary = [typeof(EvaluationArbitraries)])]
    internal bool Evaluate_RanksAgreeWithScores(EvaluationScheme scheme, EvaluationItem[] items)
    {
        var ranked = UnitEvaluator.Evaluate(scheme, items).Units.Where(u => u.Standing == UnitStanding.Ranked).ToList();
        return ranked.All(u =>
            u.Rank == 1 + ranked.Count(o => o.Score > u.Score) &&
            ranked.All(o => (o.Score > u.Score) == (o.Rank < u.Rank)) &&
            u.Grade is not null);
    }

    [Property(Arbitrary = [typeof(EvaluationArbitraries)])]
    internal bool Evaluate_UnitsComeInRankOrderThenName(EvaluationScheme scheme, EvaluationItem[] items)
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
    internal bool Evaluate_CappedBandsHoldNoMoreThanTheirCap(EvaluationScheme scheme, EvaluationItem[] items)
    {
        var result = UnitEvaluator.Evaluate(scheme, items);
        return scheme.Grades.All(band =>
            band.CapShare is not { } share ||
            result.Units.Count(u => u.Grade == band.Name) <= Math.Max(band.CapMinimum, (int)Math.Floor(share * result.UnitsRanked)));
    }

    [Property(Arbitrary = [typeof(EvaluationArbitraries)])]
    internal bool Evaluate_ScoreIsBaseMinusDeductionsPlusBonusClamped(EvaluationScheme scheme, EvaluationItem[] items) =>
        UnitEvaluator.Evaluate(scheme, items).Units.All(u =>
            Math.Abs(Math.Clamp(u.Base - u.Deductions + u.Bonus, 0m, 100m) - u.Score) <= 0.01m);

    /// <summary>
    /// Deductions and bonus recomputed from the scheme's rules and the unit's own scored items: per rule, points per
    /// matching item times the items, at most the rule's cap, summed (replaces Deductions = Σ DeductionRules.Points,
    /// which restates the evaluator's own loop).
    /// </summary>
    [Property(Arbitrary = [typeof(EvaluationArbitraries)])]
    internal bool Evaluate_DeductionsAndBonusFollowFromTheRulesAndTheUnitsItems(EvaluationScheme scheme, EvaluationItem[] items) =>
        UnitEvaluator.Evaluate(scheme, items).Units.All(u =>
        {
            var own = items.Where(i => i.Unit.Name == u.Unit && scheme.ScoredKinds.Contains(i.Kind)).ToList();
            decimal Points(IEnumerable<ItemRule> rules) => rules.Sum(rule =>
            {
                var raw = own.Count(i => rule.When.All(c => c.Matches(i, ClassificationScheme.Default))) * rule.PointsPerItem;
                return rule.Cap is { } cap ? Math.Min(cap, raw) : raw;
            });
            return u.Deductions == Points(scheme.Deductions) && u.Bonus == Points(scheme.Bonuses);
        });

    // Each Improving property runs on items that hold at least one qualifying item by construction (the generator puts
    // one in at a random place), checks that it does qualify, and reports how often the improvement raised a score,
    // and how many other items its unit had, so that a run that proves little shows in the output.

    [Property]
    public Property Presets_LateReplyMadeOnTime_NeverLowersTheScore() =>
        // Made on time on the deadline day itself: 0 days before it, as an on-time reply can be.
        Improving(EvaluationArbitraries.LateItemGen, i => i.Timeliness == ReportStatus.Late, i => EvaluationArbitraries.With(i, timeliness: ReportStatus.OnTime, daysBeforeDeadline: 0));

    [Property]
    public Property Presets_UnsatisfiedMadeSatisfied_NeverLowersTheScore() =>
        Improving(EvaluationArbitraries.UnsatisfiedItemGen, i => i.Facts.Satisfaction.Level == SatisfactionLevel.Unsatisfied, i => EvaluationArbitraries.With(i, satisfaction: ItemSatisfaction.Returned(SatisfactionLevel.Satisfied)));

    [Property]
    public Property Presets_ResultCMadeA_NeverLowersTheScore() =>
        Improving(EvaluationArbitraries.ResultCItemGen, i => i.Facts.Category == ResultCategory.C, i => EvaluationArbitraries.With(i, category: ResultCategory.A));

    [Property(Arbitrary = [typeof(EvaluationArbitraries)])]
    public bool SchemeJson_RoundTrip_GivesAnEqualScheme(EvaluationScheme scheme) =>
        EvaluationSchemeJson.Read(EvaluationSchemeJson.Write(scheme)).Equals(scheme);

    [Property(Arbitrary = [typeof(EvaluationArbitraries)])]
    internal bool Evaluate_ResultIsAValue(EvaluationScheme scheme, EvaluationItem[] items)
    {
        var first = UnitEvaluator.Evaluate(scheme, items);
        var second = UnitEvaluator.Evaluate(EvaluationSchemeJson.Read(EvaluationSchemeJson.Write(scheme)), [.. items]);
        return first.Equals(second) && first.GetHashCode() == second.GetHashCode();
    }

    /// <summary>
    /// For every preset: improving an item that qualifies (a 建议 or 提案, made by <paramref name="qualifying"/> and put
    /// among generated items) never lowers its unit's score.
    /// </summary>
    private static Property Improving(Func<int, Gen<EvaluationItem>> qualifying, Func<EvaluationItem, bool> qualifies, Func<EvaluationItem, EvaluationItem> improve) =>
        Prop.ForAll(
            EvaluationArbitraries.ItemsWithOne(qualifying).ToArbitrary(),
            sample =>
            {
                var (items, index) = sample;
                var target = items[index];
                var improved = (EvaluationItem[])items.Clone();
                improved[index] = improve(target);
                var scores = Presets.Select(scheme => (Before: ScoreOf(scheme, items, target.Unit), After: ScoreOf(scheme, improved, target.Unit))).ToArray();
                var others = items.Count(i => i.Unit == target.Unit && i.Kind != SubmissionKind.Motion) - 1;
                var holds = target.Kind != SubmissionKind.Motion && qualifies(target) && !qualifies(improved[index]) && scores.All(s => s.After >= s.Before);
                return holds
                    .Label($"{target.Id} of {target.Unit.Name}: scores before → after {string.Join(", ", scores.Select(s => $"{s.Before} → {s.After}"))}")
                    .Classify(scores.Any(s => s.After > s.Before), "raises the score under some preset")
                    .Classify(scores.All(s => s.After == s.Before), "changes no preset's score")
                    .Collect(others switch { 0 => "the unit's only scored item", < 5 => "unit has 1-4 other scored items", _ => "unit has 5+ other scored items" });
            });

    private static decimal ScoreOf(EvaluationScheme scheme, EvaluationItem[] items, HandlingUnit unit) =>
        UnitEvaluator.Evaluate(scheme, items).Units.Single(u => u.Unit == unit.Name).Score;
}
