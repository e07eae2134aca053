using System.Runtime.InteropServices;
using LianLuo.Domain.Aggregation;
using LianLuo.Domain.Classification;
using LianLuo.Domain.Model;

namespace LianLuo.Domain.Evaluation;

/// <summary>
/// The figures of an assessment folded item by item, in memory bounded by the number of units, not of items: per unit
/// its count of scored items, per item indicator its population, the count of items each credit credits and, per
/// level, whether an item of the population blocks it, and per rule the count of matching items with the smallest ids
/// listed up to a cap. <see cref="ToResult"/> scores the units from these figures through the same rules as
/// <see cref="UnitEvaluator"/> (which gathers them from the list of each unit's items), so the result is the same as
/// <see cref="UnitEvaluator.Evaluate"/> on the same items, but for the lists cut at the cap. Not thread-safe.
/// </summary>
internal sealed class AssessmentFold
{
    private readonly CompiledIndicator?[] indicators;
    private readonly ItemCondition[][] deductions;
    private readonly ItemCondition[][] bonuses;
    private readonly HashSet<SubmissionKind> scoredKinds;
    private readonly Dictionary<string, UnitFold> units = new(StringComparer.Ordinal);
    private readonly BoundedIds notScored;
    private RecordedFacts unrecorded;

    public AssessmentFold(EvaluationScheme scheme, ClassificationScheme classification, int maxListedItems)
    {
        Scheme = scheme;
        Classification = classification;
        MaxListedItems = maxListedItems;
        indicators = [.. scheme.Indicators.Select(i => i.Source == IndicatorSource.Manual ? null : new CompiledIndicator(i))];
        deductions = [.. scheme.Deductions.Select(r => r.When.ToArray())];
        bonuses = [.. scheme.Bonuses.Select(r => r.When.ToArray())];
        scoredKinds = [.. scheme.ScoredKinds];
        notScored = new BoundedIds(maxListedItems);
    }

    public EvaluationScheme Scheme { get; }

    public ClassificationScheme Classification { get; }

    public int MaxListedItems { get; }

    /// <summary>Folds one item's facts for one unit. An item whose kind is not scored only tells what the data records; list it with <see cref="AddNotScored"/>, once.</summary>
    public void Add(EvaluationItem item) => Add(AssessedItem.Of(item));

    /// <summary>Folds what the conditions read of one item for one unit (see <see cref="Add(EvaluationItem)"/>).</summary>
    public void Add(in AssessedItem item)
    {
        // What the data does not record at all (a ledger without an optional column), over every item, scored or not.
        unrecorded |= RecordedFacts.All & ~item.Recorded;
        if (!scoredKinds.Contains(item.Kind))
        {
            return;
        }

        ref var unit = ref CollectionsMarshal.GetValueRefOrAddDefault(units, item.Unit, out var exists);
        if (!exists)
        {
            unit = new UnitFold(this);
        }

        unit!.Add(this, in item);
    }

    /// <summary>Lists an item not scored (its kind is not in the scheme), once per item.</summary>
    public void AddNotScored(ItemId id) => notScored.Add(id);

    /// <summary>Adds another fold's figures (other items, same scheme, classification and cap).</summary>
    public void Merge(AssessmentFold other)
    {
        unrecorded |= other.unrecorded;
        notScored.Merge(other.notScored);
        foreach (var (name, theirs) in other.units)
        {
            ref var unit = ref CollectionsMarshal.GetValueRefOrAddDefault(units, name, out var exists);
            if (!exists)
            {
                unit = new UnitFold(this);
            }

            unit!.Merge(theirs);
        }
    }

    /// <summary>Scores, ranks and grades the units folded so far.</summary>
    public EvaluationResult ToResult()
    {
        var context = new UnitEvaluator.Context(Classification, unrecorded);
        var scored = new List<UnitEvaluator.WorkingUnit>(units.Count);
        foreach (var (name, unit) in units)
        {
            scored.Add(UnitEvaluator.ScoreUnit(
                Scheme,
                context,
                name,
                unit.Items,
                i => unit.Indicators[i]!.Figures(indicators[i]!),
                k => Matched(unit.Deductions[k]),
                k => Matched(unit.Bonuses[k])));
        }

        var (listed, omitted) = notScored.ToList();
        return UnitEvaluator.Finish(Scheme, context, scored, listed, omitted);
    }

    private static MatchedItems Matched(BoundedIds ids)
    {
        var (listed, omitted) = ids.ToList();
        return new MatchedItems(listed, omitted);
    }

    private static bool All(ItemCondition[] conditions, in AssessedItem item, ClassificationScheme classification)
    {
        foreach (var c in conditions)
        {
            if (!c.Matches(in item, classification))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Any(ItemCondition[] conditions, in AssessedItem item, ClassificationScheme classification)
    {
        foreach (var c in conditions)
        {
            if (c.Matches(in item, classification))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An item indicator's conditions as arrays.</summary>
    private sealed class CompiledIndicator(EvaluationIndicator indicator)
    {
        public ItemCondition[] Population { get; } = [.. indicator.Population];

        public ItemCondition[][] Credits { get; } = [.. indicator.Credits.Select(c => c.When.ToArray())];

        public decimal[] Weights { get; } = [.. indicator.Credits.Select(c => c.Weight)];

        public ItemCondition[][] BlockedBy { get; } = [.. indicator.Levels.Select(l => l.BlockedBy.ToArray())];
    }

    /// <summary>An item indicator's figures for one unit.</summary>
    private sealed class IndicatorFold(CompiledIndicator indicator)
    {
        private readonly long[] credited = new long[indicator.Credits.Length];
        private readonly bool[] blocked = new bool[indicator.BlockedBy.Length];
        private int population;

        public void Add(CompiledIndicator compiled, in AssessedItem item, ClassificationScheme classification)
        {
            if (!All(compiled.Population, in item, classification))
            {
                return;
            }

            population = checked(population + 1);
            for (var c = 0; c < compiled.Credits.Length; c++)
            {
                // The first credit whose conditions the item meets.
                if (All(compiled.Credits[c], in item, classification))
                {
                    credited[c]++;
                    break;
                }
            }

            for (var l = 0; l < blocked.Length; l++)
            {
                blocked[l] = blocked[l] || Any(compiled.BlockedBy[l], in item, classification);
            }
        }

        public void Merge(IndicatorFold other)
        {
            population = checked(population + other.population);
            for (var c = 0; c < credited.Length; c++)
            {
                credited[c] = checked(credited[c] + other.credited[c]);
            }

            for (var l = 0; l < blocked.Length; l++)
            {
                blocked[l] |= other.blocked[l];
            }
        }

        /// <summary>The figures: the numerator is the exact sum of the credits' weights, each times the items it credited.</summary>
        public IndicatorFigures Figures(CompiledIndicator compiled)
        {
            var numerator = Fraction.Zero;
            for (var c = 0; c < credited.Length; c++)
            {
                if (credited[c] != 0)
                {
                    numerator += Fraction.FromInt(credited[c]) * Fraction.FromDecimal(compiled.Weights[c]);
                }
            }

            return new IndicatorFigures(population, numerator, (bool[])blocked.Clone());
        }
    }

    /// <summary>One unit's figures.</summary>
    private sealed class UnitFold
    {
        public UnitFold(AssessmentFold fold)
        {
            Indicators = [.. fold.indicators.Select(i => i is null ? null : new IndicatorFold(i))];
            Deductions = [.. fold.deductions.Select(_ => new BoundedIds(fold.MaxListedItems))];
            Bonuses = [.. fold.bonuses.Select(_ => new BoundedIds(fold.MaxListedItems))];
        }

        public int Items { get; private set; }

        public IndicatorFold?[] Indicators { get; }

        public BoundedIds[] Deductions { get; }

        public BoundedIds[] Bonuses { get; }

        public void Add(AssessmentFold fold, in AssessedItem item)
        {
            var classification = fold.Classification;
            Items = checked(Items + 1);
            for (var i = 0; i < Indicators.Length; i++)
            {
                Indicators[i]?.Add(fold.indicators[i]!, in item, classification);
            }

            for (var k = 0; k < Deductions.Length; k++)
            {
                if (All(fold.deductions[k], in item, classification))
                {
                    Deductions[k].Add(item.Id);
                }
            }

            for (var k = 0; k < Bonuses.Length; k++)
            {
                if (All(fold.bonuses[k], in item, classification))
                {
                    Bonuses[k].Add(item.Id);
                }
            }
        }

        public void Merge(UnitFold other)
        {
            Items = checked(Items + other.Items);
            for (var i = 0; i < Indicators.Length; i++)
            {
                Indicators[i]?.Merge(other.Indicators[i]!);
            }

            for (var k = 0; k < Deductions.Length; k++)
            {
                Deductions[k].Merge(other.Deductions[k]);
            }

            for (var k = 0; k < Bonuses.Length; k++)
            {
                Bonuses[k].Merge(other.Bonuses[k]);
            }
        }
    }
}
