using System.Collections.Immutable;
using LianLuo.Domain.Classification;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;

namespace LianLuo.Domain.Evaluation;

/// <summary>
/// Scores, ranks and grades the handling units under a scheme (考核评价). For each unit, over the items it is scored
/// for: every applicable indicator's points; base = those points × 100 ÷ their maxima (100 when none applies);
/// score = base − deductions + bonus, clamped to [0, 100] and rounded half away from zero to 2 places, once, from
/// exact values; rank = 1 + the number of ranked units with a higher score; grade by band, lowered by any ceiling
/// and then by the band caps (in order of score, then unit name, ordinal). Stateless and thread-safe.
/// </summary>
internal static class UnitEvaluator
{
    internal static readonly Fraction Hundred = Fraction.FromInt(100);

    /// <summary>Evaluates the units of <paramref name="items"/> under <paramref name="scheme"/>.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="items">The items' facts, one per item and scored unit; the order does not matter.</param>
    /// <param name="classification">The classification of results (what counts as solved, planned); <see cref="ClassificationScheme.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException">An argument or an item is null.</exception>
    /// <exception cref="ArgumentException">The same item appears twice for the same unit.</exception>
    public static EvaluationResult Evaluate(EvaluationScheme scheme, IEnumerable<EvaluationItem> items, ClassificationScheme? classification = null)
    {
        Preconditions.CheckNotNull(scheme);
        Preconditions.CheckNotNull(items);
        classification ??= ClassificationScheme.Default;
        var all = items.ToList();
        if (all.Any(i => i is null))
        {
            throw new ArgumentException("Evaluate: items must not contain null.", nameof(items));
        }

        var duplicate = all.GroupBy(i => (i.Id, i.Unit.Name)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Evaluate: item {duplicate.Key.Id} appears more than once for unit {duplicate.Key.Name}.", nameof(items));
        }

        // What the data does not record at all (a ledger without an optional column): indicators and rules needing it do not apply.
        var unrecorded = all.Aggregate(RecordedFacts.None, (missing, item) => missing | (RecordedFacts.All & ~item.Recorded));
        var context = new Context(classification, unrecorded);
        var kinds = scheme.ScoredKinds.ToHashSet();
        var notScored = new EquatableArray<ItemId>(all.Where(i => !kinds.Contains(i.Kind)).Select(i => i.Id).Distinct().Order());
        var units = all
            .Where(i => kinds.Contains(i.Kind))
            .GroupBy(i => i.Unit.Name, StringComparer.Ordinal)
            .Select(g => ScoreUnit(scheme, context, g.Key, [.. g.OrderBy(i => i.Id)]))
            .ToList();
        return Finish(scheme, context, units, notScored, omittedNotScored: 0);
    }

    /// <summary>Ranks and grades the scored units and assembles the result (shared by the list and the one-pass assessment).</summary>
    internal static EvaluationResult Finish(EvaluationScheme scheme, Context context, List<WorkingUnit> units, EquatableArray<ItemId> notScored, int omittedNotScored)
    {
        var ranked = units.Where(u => u.Standing == UnitStanding.Ranked).ToList();
        foreach (var unit in ranked)
        {
            unit.Rank = 1 + ranked.Count(other => other.Score > unit.Score);
        }

        Grade(scheme, ranked);
        var ordered = ranked
            .OrderBy(u => u.Rank)
            .ThenBy(u => u.Unit, StringComparer.Ordinal)
            .Concat(units.Where(u => u.Standing != UnitStanding.Ranked).OrderBy(u => u.Unit, StringComparer.Ordinal))
            .Select(u => u.ToResult(scheme))
            .ToImmutableArray();
        var notApplicable = scheme.Indicators.Select(i => (i.Name, Missing: context.Missing(IndicatorConditions(i))))
            .Concat(scheme.Deductions.Concat(scheme.Bonuses).Select(r => (r.Name, Missing: context.Missing(r.When))))
            .Where(x => x.Missing != RecordedFacts.None)
            .Select(x => NotRecorded(x.Name, x.Missing))
            .ToImmutableArray();
        return new EvaluationResult
        {
            Scheme = scheme.Name,
            Units = ordered,
            UnitsRanked = ranked.Count,
            NotScored = notScored,
            OmittedNotScored = omittedNotScored,
            NotApplicable = notApplicable,
        };
    }

    internal static string NotRecorded(string name, RecordedFacts missing) =>
        $"{name}不适用：数据未记录{RecordedFactsNames.Chinese(missing)}";

    internal static IEnumerable<ItemCondition> IndicatorConditions(EvaluationIndicator indicator) =>
        indicator.Population
            .Concat(indicator.Credits.SelectMany(c => c.When))
            .Concat(indicator.Levels.SelectMany(l => l.BlockedBy));

    /// <summary>Scores a unit from the list of its scored items (in identifier order).</summary>
    private static WorkingUnit ScoreUnit(EvaluationScheme scheme, Context context, string unitName, List<EvaluationItem> items)
    {
        var classification = context.Classification;
        return ScoreUnit(
            scheme,
            context,
            unitName,
            items.Count,
            i => IndicatorFiguresOf(scheme.Indicators[i], classification, items),
            k => MatchingItems(scheme.Deductions[k], classification, items),
            k => MatchingItems(scheme.Bonuses[k], classification, items));
    }

    private static IndicatorFigures IndicatorFiguresOf(EvaluationIndicator indicator, ClassificationScheme classification, List<EvaluationItem> items)
    {
        var population = items.Where(item => indicator.Population.All(c => c.Matches(item, classification))).ToList();
        var numerator = Fraction.Zero;
        foreach (var item in population)
        {
            var credit = indicator.Credits.FirstOrDefault(c => c.When.All(w => w.Matches(item, classification)));
            if (credit is not null)
            {
                numerator += Fraction.FromDecimal(credit.Weight);
            }
        }

        var blocked = indicator.Levels.Select(l => population.Any(item => l.BlockedBy.Any(c => c.Matches(item, classification)))).ToArray();
        return new IndicatorFigures(population.Count, numerator, blocked);
    }

    private static MatchedItems MatchingItems(ItemRule rule, ClassificationScheme classification, List<EvaluationItem> items) =>
        new(items.Where(item => rule.When.All(c => c.Matches(item, classification))).Select(i => i.Id).ToImmutableArray(), 0);

    /// <summary>
    /// Scores a unit from the figures of its scored items, however they were gathered (from the list of its items, or
    /// folded item by item): each figure is asked for only when its indicator or rule applies.
    /// </summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="context">The classification and what the data does not record.</param>
    /// <param name="unitName">The unit.</param>
    /// <param name="itemCount">The number of the unit's scored items.</param>
    /// <param name="indicatorFigures">The figures of the indicator at an index of the scheme's indicators (never asked for a manual one).</param>
    /// <param name="deductionItems">The items matching the deduction rule at an index.</param>
    /// <param name="bonusItems">The items matching the bonus rule at an index.</param>
    internal static WorkingUnit ScoreUnit(
        EvaluationScheme scheme,
        Context context,
        string unitName,
        int itemCount,
        Func<int, IndicatorFigures> indicatorFigures,
        Func<int, MatchedItems> deductionItems,
        Func<int, MatchedItems> bonusItems)
    {
        var unit = new WorkingUnit(unitName, itemCount);
        var points = Fraction.Zero;
        var maxima = Fraction.Zero;
        for (var i = 0; i < scheme.Indicators.Count; i++)
        {
            var indicator = scheme.Indicators[i];
            var missing = context.Missing(IndicatorConditions(indicator));
            var (score, exactPoints, level) = missing != RecordedFacts.None
                ? (NotApplicable(indicator, 0m, 0, manual: false) with { NotApplicableReason = NotRecorded(indicator.Name, missing) }, Fraction.Zero, null)
                : indicator.Source == IndicatorSource.Manual
                    ? ScoreManual(scheme, indicator, unitName)
                    : ScoreIndicator(indicator, indicatorFigures(i));
            unit.Indicators.Add(score);
            if (score.Applicable)
            {
                points += exactPoints;
                maxima += Fraction.FromDecimal(indicator.MaxPoints);
                if (level?.GradeCeiling is { } ceiling)
                {
                    unit.Ceilings.Add((ceiling, $"{indicator.Name}评为{level.Name}"));
                }
            }
        }

        var exactBase = maxima.Sign == 0 ? Hundred : points * Hundred / maxima;
        unit.Base = exactBase.Round(2);
        for (var k = 0; k < scheme.Deductions.Count; k++)
        {
            var rule = scheme.Deductions[k];
            if (context.Missing(rule.When) == RecordedFacts.None && ApplyRule(rule, deductionItems(k)) is { } applied)
            {
                unit.DeductionRules.Add(applied);
                unit.Deductions += applied.Points;
                if (rule.GradeCeiling is { } ceiling)
                {
                    unit.Ceilings.Add((ceiling, $"有{rule.Name}{applied.ItemCount}件"));
                }
            }
        }

        for (var k = 0; k < scheme.Bonuses.Count; k++)
        {
            var rule = scheme.Bonuses[k];
            if (context.Missing(rule.When) == RecordedFacts.None && ApplyRule(rule, bonusItems(k)) is { } applied)
            {
                unit.BonusRules.Add(applied);
                unit.Bonus += applied.Points;
            }
        }

        var raw = exactBase - Fraction.FromDecimal(unit.Deductions) + Fraction.FromDecimal(unit.Bonus);
        var clamped = Fraction.Max(Fraction.Zero, Fraction.Min(Hundred, raw));
        unit.Clamped = clamped != raw;
        unit.Score = clamped.Round(2);
        unit.Standing = scheme.MinimumItems is { } minimum && itemCount < minimum ? UnitStanding.TooFewItems : UnitStanding.Ranked;
        return unit;
    }

    private static (IndicatorScore Score, Fraction Points, RateLevel? Level) ScoreManual(EvaluationScheme scheme, EvaluationIndicator indicator, string unitName)
    {
        var max = Fraction.FromDecimal(indicator.MaxPoints);
        var manual = scheme.ManualScores.FirstOrDefault(s =>
            string.Equals(s.Indicator, indicator.Id, StringComparison.Ordinal) && string.Equals(s.Unit.Trim(), unitName, StringComparison.Ordinal));
        if (manual is null && indicator.NotApplicable == NotApplicableRule.WhenNoData)
        {
            return (NotApplicable(indicator, 0m, 0, manual: true), Fraction.Zero, null);
        }

        var given = Fraction.FromDecimal(manual?.Points ?? 0m);
        return (new IndicatorScore
        {
            Id = indicator.Id,
            Name = indicator.Name,
            MaxPoints = indicator.MaxPoints,
            Applicable = true,
            Manual = true,
            Numerator = manual?.Points ?? 0m,
            Denominator = 0,
            Rate = (given / max).Round(4),
            Points = given.Round(2),
        }, given, null);
    }

    private static (IndicatorScore Score, Fraction Points, RateLevel? Level) ScoreIndicator(EvaluationIndicator indicator, IndicatorFigures figures)
    {
        var max = Fraction.FromDecimal(indicator.MaxPoints);
        var numerator = figures.Numerator;
        var shownNumerator = numerator.Round(4);
        if (figures.Population == 0 && indicator.NotApplicable == NotApplicableRule.WhenNoData)
        {
            return (NotApplicable(indicator, shownNumerator, 0, manual: false), Fraction.Zero, null);
        }

        var rate = figures.Population == 0 ? Fraction.Zero : numerator / Fraction.FromInt(figures.Population);
        Fraction points;
        RateLevel? level = null;
        if (indicator.Mapping == RateMapping.Graded)
        {
            for (var l = 0; l < indicator.Levels.Count && level is null; l++)
            {
                if (rate >= Fraction.FromDecimal(indicator.Levels[l].MinRate) && !figures.Blocked[l])
                {
                    level = indicator.Levels[l];
                }
            }

            level ??= indicator.Levels[^1];
            points = Fraction.FromDecimal(level.Points);
        }
        else
        {
            points = rate * max;
        }

        return (new IndicatorScore
        {
            Id = indicator.Id,
            Name = indicator.Name,
            MaxPoints = indicator.MaxPoints,
            Applicable = true,
            Numerator = shownNumerator,
            Denominator = figures.Population,
            Rate = rate.Round(4),
            Points = points.Round(2),
            Level = level?.Name,
        }, points, level);
    }

    internal static IndicatorScore NotApplicable(EvaluationIndicator indicator, decimal numerator, int denominator, bool manual) => new()
    {
        Id = indicator.Id,
        Name = indicator.Name,
        MaxPoints = indicator.MaxPoints,
        Applicable = false,
        Manual = manual,
        Numerator = numerator,
        Denominator = denominator,
    };

    private static RuleScore? ApplyRule(ItemRule rule, MatchedItems matching)
    {
        if (matching.Count == 0)
        {
            return null;
        }

        var raw = matching.Count * rule.PointsPerItem;
        var capped = rule.Cap is { } cap && raw > cap;
        return new RuleScore
        {
            Id = rule.Id,
            Name = rule.Name,
            Items = matching.Listed,
            OmittedItems = matching.Omitted,
            PointsPerItem = rule.PointsPerItem,
            Points = capped ? rule.Cap!.Value : raw,
            Capped = capped,
        };
    }

    private static void Grade(EvaluationScheme scheme, List<WorkingUnit> ranked)
    {
        var bands = scheme.Grades;
        foreach (var unit in ranked)
        {
            var byScore = IndexOfBand(bands, unit.Score);
            unit.ScoreBand = byScore;
            unit.Band = byScore;
            foreach (var (ceiling, reason) in unit.Ceilings)
            {
                var limit = IndexOfName(bands, ceiling);
                if (limit > unit.Band)
                {
                    unit.Band = limit;
                    unit.GradeNotes.Add($"因{reason}，等次不高于{bands[limit].Name}");
                }
            }
        }

        for (var b = 0; b < bands.Count - 1; b++)
        {
            if (bands[b].CapShare is not { } share)
            {
                continue;
            }

            var floor = (int)(Fraction.FromDecimal(share) * Fraction.FromInt(ranked.Count)).Floor();
            var allowed = Math.Max(bands[b].CapMinimum, floor);
            var holders = ranked
                .Where(u => u.Band == b)
                .OrderByDescending(u => u.Score)
                .ThenBy(u => u.Unit, StringComparer.Ordinal)
                .ToList();
            foreach (var unit in holders.Skip(allowed))
            {
                unit.Band = b + 1;
                unit.GradeNotes.Add($"得分达到{bands[b].Name}但超出{bands[b].Name}名额（{allowed}个，{FormatShare(share)}）");
            }
        }
    }

    private static int IndexOfBand(EquatableArray<GradeBand> bands, decimal score)
    {
        for (var i = 0; i < bands.Count; i++)
        {
            if (score >= bands[i].MinScore)
            {
                return i;
            }
        }

        return bands.Count - 1;
    }

    private static int IndexOfName(EquatableArray<GradeBand> bands, string name)
    {
        for (var i = 0; i < bands.Count; i++)
        {
            if (string.Equals(bands[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Grade band '{name}' is not in the scheme.");
    }

    private static string FormatShare(decimal share) => EvaluationText.Percent(share, 0);

    /// <summary>The classification and what the data does not record.</summary>
    internal sealed record Context(ClassificationScheme Classification, RecordedFacts Unrecorded)
    {
        public RecordedFacts Missing(IEnumerable<ItemCondition> conditions) =>
            conditions.Aggregate(RecordedFacts.None, (missing, c) => missing | (c.Requires & Unrecorded));
    }

    /// <summary>A unit being scored: its figures, filled by the list or the one-pass assessment, then ranked and graded.</summary>
    internal sealed class WorkingUnit(string unit, int items)
    {
        public string Unit { get; } = unit;

        public int Items { get; } = items;

        public List<IndicatorScore> Indicators { get; } = [];

        public List<RuleScore> DeductionRules { get; } = [];

        public List<RuleScore> BonusRules { get; } = [];

        public List<(string Ceiling, string Reason)> Ceilings { get; } = [];

        public List<string> GradeNotes { get; } = [];

        public decimal Base { get; set; }

        public decimal Deductions { get; set; }

        public decimal Bonus { get; set; }

        public decimal Score { get; set; }

        public bool Clamped { get; set; }

        public UnitStanding Standing { get; set; }

        public int? Rank { get; set; }

        public int? ScoreBand { get; set; }

        public int? Band { get; set; }

        public UnitEvaluation ToResult(EvaluationScheme scheme)
        {
            var evaluation = new UnitEvaluation
            {
                Unit = Unit,
                Items = Items,
                Score = Score,
                Base = Base,
                Deductions = Deductions,
                Bonus = Bonus,
                Standing = Standing,
                Rank = Rank,
                Grade = Band is { } band ? scheme.Grades[band].Name : null,
                ScoreGrade = ScoreBand is { } scoreBand ? scheme.Grades[scoreBand].Name : null,
                GradeNotes = GradeNotes.ToImmutableArray(),
                Indicators = Indicators.ToImmutableArray(),
                DeductionRules = DeductionRules.ToImmutableArray(),
                BonusRules = BonusRules.ToImmutableArray(),
                Explanation = string.Empty,
            };
            return evaluation with { Explanation = EvaluationText.Explain(scheme, evaluation, Clamped) };
        }
    }
}

/// <summary>What an item indicator reads of a unit's scored items: its population, the weighted count of credited items, and, per level, whether an item of the population blocks it.</summary>
internal readonly record struct IndicatorFigures(int Population, Fraction Numerator, bool[] Blocked);

/// <summary>The items matching a rule: those listed (in identifier order) and how many more were not listed.</summary>
internal readonly record struct MatchedItems(EquatableArray<ItemId> Listed, int Omitted)
{
    /// <summary>How many items match.</summary>
    public int Count => Listed.Count + Omitted;
}
