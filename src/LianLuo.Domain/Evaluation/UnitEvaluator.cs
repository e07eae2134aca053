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
public static class UnitEvaluator
{
    private static readonly Fraction Hundred = Fraction.FromInt(100);

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
        var notScored = all.Where(i => !kinds.Contains(i.Kind)).Select(i => i.Id).Distinct().Order().ToImmutableArray();
        var units = all
            .Where(i => kinds.Contains(i.Kind))
            .GroupBy(i => i.Unit.Name, StringComparer.Ordinal)
            .Select(g => ScoreUnit(scheme, context, g.Key, [.. g.OrderBy(i => i.Id)]))
            .ToList();

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
        return new EvaluationResult { Scheme = scheme.Name, Units = ordered, UnitsRanked = ranked.Count, NotScored = notScored, NotApplicable = notApplicable };
    }

    private static string NotRecorded(string name, RecordedFacts missing) =>
        $"{name}不适用：数据未记录{RecordedFactsNames.Chinese(missing)}";

    private static IEnumerable<ItemCondition> IndicatorConditions(EvaluationIndicator indicator) =>
        indicator.Population
            .Concat(indicator.Credits.SelectMany(c => c.When))
            .Concat(indicator.Levels.SelectMany(l => l.BlockedBy));

    private static WorkingUnit ScoreUnit(EvaluationScheme scheme, Context context, string unitName, List<EvaluationItem> items)
    {
        var classification = context.Classification;
        var unit = new WorkingUnit(unitName, items.Count);
        var points = Fraction.Zero;
        var maxima = Fraction.Zero;
        foreach (var indicator in scheme.Indicators)
        {
            var missing = context.Missing(IndicatorConditions(indicator));
            var (score, exactPoints, level) = missing != RecordedFacts.None
                ? (NotApplicable(indicator, 0m, 0, manual: false) with { NotApplicableReason = NotRecorded(indicator.Name, missing) }, Fraction.Zero, null)
                : ScoreIndicator(scheme, classification, indicator, unitName, items);
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
        foreach (var rule in scheme.Deductions.Where(r => context.Missing(r.When) == RecordedFacts.None))
        {
            if (ApplyRule(rule, classification, items) is { } applied)
            {
                unit.DeductionRules.Add(applied);
                unit.Deductions += applied.Points;
                if (rule.GradeCeiling is { } ceiling)
                {
                    unit.Ceilings.Add((ceiling, $"有{rule.Name}{applied.Items.Count}件"));
                }
            }
        }

        foreach (var rule in scheme.Bonuses.Where(r => context.Missing(r.When) == RecordedFacts.None))
        {
            if (ApplyRule(rule, classification, items) is { } applied)
            {
                unit.BonusRules.Add(applied);
                unit.Bonus += applied.Points;
            }
        }

        var raw = exactBase - Fraction.FromDecimal(unit.Deductions) + Fraction.FromDecimal(unit.Bonus);
        var clamped = Fraction.Max(Fraction.Zero, Fraction.Min(Hundred, raw));
        unit.Clamped = clamped != raw;
        unit.Score = clamped.Round(2);
        unit.Standing = scheme.MinimumItems is { } minimum && items.Count < minimum ? UnitStanding.TooFewItems : UnitStanding.Ranked;
        return unit;
    }

    private static (IndicatorScore Score, Fraction Points, RateLevel? Level) ScoreIndicator(
        EvaluationScheme scheme, ClassificationScheme classification, EvaluationIndicator indicator, string unitName, List<EvaluationItem> items)
    {
        var max = Fraction.FromDecimal(indicator.MaxPoints);
        if (indicator.Source == IndicatorSource.Manual)
        {
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

        var shownNumerator = numerator.Round(4);
        if (population.Count == 0 && indicator.NotApplicable == NotApplicableRule.WhenNoData)
        {
            return (NotApplicable(indicator, shownNumerator, 0, manual: false), Fraction.Zero, null);
        }

        var rate = population.Count == 0 ? Fraction.Zero : numerator / Fraction.FromInt(population.Count);
        Fraction points;
        RateLevel? level = null;
        if (indicator.Mapping == RateMapping.Graded)
        {
            level = indicator.Levels.FirstOrDefault(l =>
                rate >= Fraction.FromDecimal(l.MinRate) && !population.Any(item => l.BlockedBy.Any(c => c.Matches(item, classification))))
                ?? indicator.Levels[^1];
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
            Denominator = population.Count,
            Rate = rate.Round(4),
            Points = points.Round(2),
            Level = level?.Name,
        }, points, level);
    }

    private static IndicatorScore NotApplicable(EvaluationIndicator indicator, decimal numerator, int denominator, bool manual) => new()
    {
        Id = indicator.Id,
        Name = indicator.Name,
        MaxPoints = indicator.MaxPoints,
        Applicable = false,
        Manual = manual,
        Numerator = numerator,
        Denominator = denominator,
    };

    private static RuleScore? ApplyRule(ItemRule rule, ClassificationScheme classification, List<EvaluationItem> items)
    {
        var matching = items.Where(item => rule.When.All(c => c.Matches(item, classification))).Select(i => i.Id).ToImmutableArray();
        if (matching.IsEmpty)
        {
            return null;
        }

        var raw = matching.Length * rule.PointsPerItem;
        var capped = rule.Cap is { } cap && raw > cap;
        return new RuleScore
        {
            Id = rule.Id,
            Name = rule.Name,
            Items = matching,
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

    private sealed record Context(ClassificationScheme Classification, RecordedFacts Unrecorded)
    {
        public RecordedFacts Missing(IEnumerable<ItemCondition> conditions) =>
            conditions.Aggregate(RecordedFacts.None, (missing, c) => missing | (c.Requires & Unrecorded));
    }

    private sealed class WorkingUnit(string unit, int items)
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
