using LianLuo.Domain.Model;

namespace LianLuo.Domain.Evaluation;

/// <summary>Whether a unit was ranked and graded.</summary>
public enum UnitStanding
{
    /// <summary>Ranked and graded.</summary>
    Ranked = 1,

    /// <summary>Too few items to rank (主办件数不足): scored, but neither ranked nor graded.</summary>
    TooFewItems = 2,
}

/// <summary>
/// One indicator's part in a unit's score. Rates and points are shown rounded (rate to 4 places, points to 2); the
/// score itself is computed from the exact values. Immutable and thread-safe, with value equality.
/// </summary>
public sealed record IndicatorScore
{
    /// <summary>The indicator's id.</summary>
    public required string Id { get; init; }

    /// <summary>The indicator's Chinese name.</summary>
    public required string Name { get; init; }

    /// <summary>The indicator's maximum points.</summary>
    public required decimal MaxPoints { get; init; }

    /// <summary>Whether the indicator applies to the unit; when it does not, it drops out and the other maxima are scaled to 100.</summary>
    public required bool Applicable { get; init; }

    /// <summary>Whether the points were entered by hand.</summary>
    public bool Manual { get; init; }

    /// <summary>The weighted count of credited items (e.g. A + 0.5 × B), or the manual points.</summary>
    public required decimal Numerator { get; init; }

    /// <summary>The number of items in the population (0 for a manual indicator).</summary>
    public required int Denominator { get; init; }

    /// <summary>The rate in [0, 1], rounded half away from zero to 4 places, or null when not applicable.</summary>
    public decimal? Rate { get; init; }

    /// <summary>The points, rounded half away from zero to 2 places, or null when not applicable.</summary>
    public decimal? Points { get; init; }

    /// <summary>The level reached, for a graded indicator, or null.</summary>
    public string? Level { get; init; }

    /// <summary>Why the indicator is not applicable when the data cannot decide it (e.g. the ledger has no 签收日期 column), or null.</summary>
    public string? NotApplicableReason { get; init; }
}

/// <summary>One deduction or bonus rule applied to a unit: the items that caused it and the points. Immutable and thread-safe, with value equality.</summary>
public sealed record RuleScore
{
    /// <summary>The rule's id.</summary>
    public required string Id { get; init; }

    /// <summary>The rule's Chinese name.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// The matching items, in identifier order: all of them, or, from a one-pass assessment
    /// (<see cref="UnitAssessmentAccumulator"/>), the smallest ids up to its <see cref="UnitAssessmentAccumulator.MaxListedItems"/>.
    /// </summary>
    public required EquatableArray<ItemId> Items { get; init; }

    /// <summary>How many matching items are not listed in <see cref="Items"/> (the list was cut); 0 when all are listed.</summary>
    public int OmittedItems { get; init; }

    /// <summary>How many items match the rule: <see cref="Items"/> and <see cref="OmittedItems"/>.</summary>
    public int ItemCount => Items.Count + OmittedItems;

    /// <summary>Points per item.</summary>
    public required decimal PointsPerItem { get; init; }

    /// <summary>The points given or taken (after the cap); positive in both cases.</summary>
    public required decimal Points { get; init; }

    /// <summary>Whether the cap cut the points.</summary>
    public bool Capped { get; init; }
}

/// <summary>
/// A unit's assessment: its score and every part of it, rank, grade, and a Chinese explanation reading like a line of
/// an assessment notice. Immutable and thread-safe, with value equality.
/// </summary>
public sealed record UnitEvaluation
{
    /// <summary>The unit's name.</summary>
    public required string Unit { get; init; }

    /// <summary>The number of scored items the unit leads.</summary>
    public required int Items { get; init; }

    /// <summary>The score in [0, 100], rounded half away from zero to 2 places.</summary>
    public required decimal Score { get; init; }

    /// <summary>The base (基础分) = applicable points × 100 ÷ their maxima, shown to 2 places (100 when no indicator applies).</summary>
    public required decimal Base { get; init; }

    /// <summary>The total deducted (positive).</summary>
    public required decimal Deductions { get; init; }

    /// <summary>The total bonus.</summary>
    public required decimal Bonus { get; init; }

    /// <summary>Ranked, or too few items to rank.</summary>
    public required UnitStanding Standing { get; init; }

    /// <summary>The rank (1 + the number of ranked units with a higher score), or null when not ranked.</summary>
    public int? Rank { get; init; }

    /// <summary>The grade (等次), or null when not ranked.</summary>
    public string? Grade { get; init; }

    /// <summary>The grade the score alone would give, before ceilings and the cap, or null when not ranked.</summary>
    public string? ScoreGrade { get; init; }

    /// <summary>Why the grade is lower than the score alone gives (a level or rule ceiling, or the band's cap), in Chinese; empty otherwise.</summary>
    public EquatableArray<string> GradeNotes { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The indicators, in scheme order.</summary>
    public required EquatableArray<IndicatorScore> Indicators { get; init; }

    /// <summary>The deduction rules with at least one matching item, in scheme order.</summary>
    public required EquatableArray<RuleScore> DeductionRules { get; init; }

    /// <summary>The bonus rules with at least one matching item, in scheme order.</summary>
    public required EquatableArray<RuleScore> BonusRules { get; init; }

    /// <summary>The explanation, in Chinese, like a line of an assessment notice (考核通报).</summary>
    public required string Explanation { get; init; }
}

/// <summary>
/// The assessment of every unit under one scheme: units in rank order (then unit name, ordinal), with the units too
/// small to rank at the end by name. Immutable and thread-safe, with value equality.
/// </summary>
public sealed record EvaluationResult
{
    /// <summary>The scheme's name.</summary>
    public required string Scheme { get; init; }

    /// <summary>The units.</summary>
    public required EquatableArray<UnitEvaluation> Units { get; init; }

    /// <summary>The number of units ranked (the base of the grade caps).</summary>
    public required int UnitsRanked { get; init; }

    /// <summary>
    /// Items not scored because their kind is not scored (议案 by default), in identifier order: all of them, or, from a
    /// one-pass assessment (<see cref="UnitAssessmentAccumulator"/>), the smallest ids up to its
    /// <see cref="UnitAssessmentAccumulator.MaxListedItems"/>.
    /// </summary>
    public required EquatableArray<ItemId> NotScored { get; init; }

    /// <summary>How many items not scored are not listed in <see cref="NotScored"/> (the list was cut); 0 when all are listed.</summary>
    public int OmittedNotScored { get; init; }

    /// <summary>How many items were not scored: <see cref="NotScored"/> and <see cref="OmittedNotScored"/>.</summary>
    public int NotScoredCount => NotScored.Count + OmittedNotScored;

    /// <summary>
    /// The scheme's indicators and rules that were not applied because the data does not record a fact they need, each
    /// as a sentence naming it and the missing fact (e.g. a ledger without a 签收日期 column); empty when all applied.
    /// </summary>
    public EquatableArray<string> NotApplicable { get; init; } = EquatableArray<string>.Empty;
}
