using LianLuo.Domain.Model;

namespace LianLuo.Domain.Evaluation;

/// <summary>Where an indicator's points come from.</summary>
public enum IndicatorSource
{
    /// <summary>Computed from the unit's items (a rate of matching items).</summary>
    Items = 1,

    /// <summary>Entered by hand per unit (组织领导, 答复质量 and other things the data cannot show).</summary>
    Manual = 2,
}

/// <summary>When an indicator does not apply to a unit (不适用): it then drops out and the other maxima are scaled to 100.</summary>
public enum NotApplicableRule
{
    /// <summary>When there is nothing to measure: no item in the population, or no manual score entered for the unit.</summary>
    WhenNoData = 1,

    /// <summary>Never: with nothing to measure, the rate is 0 and the indicator scores 0.</summary>
    Never = 2,
}

/// <summary>How an indicator's rate becomes points.</summary>
public enum RateMapping
{
    /// <summary>Points = rate × maximum points.</summary>
    Proportional = 1,

    /// <summary>Points by the first level whose minimum rate the rate reaches (良好/合格/不合格 style).</summary>
    Graded = 2,
}

/// <summary>
/// A credit of an indicator: an item that passes every test of <see cref="When"/> counts <see cref="Weight"/> towards the
/// numerator (the first matching credit counts; e.g. A counts 1, B counts 0.5). Immutable and thread-safe, with value equality.
/// </summary>
public sealed record IndicatorCredit
{
    /// <summary>The tests an item must all pass.</summary>
    public required EquatableArray<ItemCondition> When { get; init; }

    /// <summary>The weight, in (0, 1].</summary>
    public required decimal Weight { get; init; }
}

/// <summary>
/// A level of a graded indicator (e.g. 良好 at a rate of 80 % or more with no 不满意): the unit is at the first level, from
/// the top, whose <see cref="MinRate"/> its rate reaches and that no item of the population blocks; it earns that level's
/// <see cref="Points"/>. Immutable and thread-safe, with value equality.
/// </summary>
public sealed record RateLevel
{
    /// <summary>The level's name, e.g. 良好.</summary>
    public required string Name { get; init; }

    /// <summary>The minimum rate, in [0, 1]; levels are listed from the highest minimum down to 0.</summary>
    public required decimal MinRate { get; init; }

    /// <summary>The points earned, in [0, the indicator's maximum].</summary>
    public required decimal Points { get; init; }

    /// <summary>
    /// Tests that block the level: the level cannot be reached when any item of the indicator's population passes any
    /// one of them (e.g. <c>unsatisfied</c>: 良好 needs no 不满意). Empty for a level set by the rate alone.
    /// </summary>
    public EquatableArray<ItemCondition> BlockedBy { get; init; } = EquatableArray<ItemCondition>.Empty;

    /// <summary>A grade band the unit's grade cannot exceed when it is at this level (e.g. any 不合格 makes the unit 不合格), or null.</summary>
    public string? GradeCeiling { get; init; }
}

/// <summary>
/// An assessment indicator (考核指标): a metric over the unit's items, its maximum points, how its rate becomes points
/// and when it does not apply; or a manual indicator scored by hand. Immutable and thread-safe, with value equality.
/// </summary>
public sealed record EvaluationIndicator
{
    /// <summary>A short identifier, unique in the scheme (e.g. <c>timeliness</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The Chinese name, e.g. 按时办复.</summary>
    public required string Name { get; init; }

    /// <summary>The maximum points (满分), positive.</summary>
    public required decimal MaxPoints { get; init; }

    /// <summary>Computed from items, or entered by hand.</summary>
    public IndicatorSource Source { get; init; } = IndicatorSource.Items;

    /// <summary>The tests that put an item in the denominator (all must pass); for item indicators only.</summary>
    public EquatableArray<ItemCondition> Population { get; init; } = EquatableArray<ItemCondition>.Empty;

    /// <summary>The credits that make up the numerator; for item indicators only.</summary>
    public EquatableArray<IndicatorCredit> Credits { get; init; } = EquatableArray<IndicatorCredit>.Empty;

    /// <summary>When the indicator does not apply to a unit.</summary>
    public NotApplicableRule NotApplicable { get; init; } = NotApplicableRule.WhenNoData;

    /// <summary>How the rate becomes points.</summary>
    public RateMapping Mapping { get; init; } = RateMapping.Proportional;

    /// <summary>The levels of a graded indicator, from the highest minimum rate down to 0; empty when proportional.</summary>
    public EquatableArray<RateLevel> Levels { get; init; } = EquatableArray<RateLevel>.Empty;
}

/// <summary>
/// A deduction (扣分) or bonus (加分) rule: <see cref="PointsPerItem"/> for every item of the unit that passes every test of
/// <see cref="When"/>, at most <see cref="Cap"/> in all. Immutable and thread-safe, with value equality.
/// </summary>
public sealed record ItemRule
{
    /// <summary>A short identifier, unique among the scheme's deductions or bonuses.</summary>
    public required string Id { get; init; }

    /// <summary>The Chinese name of what is counted, e.g. 逾期未答复.</summary>
    public required string Name { get; init; }

    /// <summary>The tests an item must all pass.</summary>
    public required EquatableArray<ItemCondition> When { get; init; }

    /// <summary>Points per matching item, positive.</summary>
    public required decimal PointsPerItem { get; init; }

    /// <summary>The most points the rule can give or take, positive, or null for no cap.</summary>
    public decimal? Cap { get; init; }

    /// <summary>A grade band the unit's grade cannot exceed when any item matches (一票否决 style), or null.</summary>
    public string? GradeCeiling { get; init; }
}

/// <summary>
/// A grade band (等次) from <see cref="MinScore"/> up, optionally with a cap on how many units may hold it (e.g. at most
/// 20 % of units are 优秀); units beyond the cap drop to the next band. Immutable and thread-safe, with value equality.
/// </summary>
public sealed record GradeBand
{
    /// <summary>The band's name, e.g. 优秀.</summary>
    public required string Name { get; init; }

    /// <summary>The minimum score, in [0, 100]; bands are listed from the highest minimum down to 0.</summary>
    public required decimal MinScore { get; init; }

    /// <summary>The most units that may hold the band, as a share of the units ranked, in [0, 1], or null for no cap.</summary>
    public decimal? CapShare { get; init; }

    /// <summary>The number of units the cap always allows, whatever the share (max(this, ⌊share × units⌋)); 1 by default.</summary>
    public int CapMinimum { get; init; } = 1;
}

/// <summary>A manual score (人工评分) of one unit on one manual indicator. Immutable and thread-safe, with value equality.</summary>
public sealed record ManualScore
{
    /// <summary>The id of a manual indicator.</summary>
    public required string Indicator { get; init; }

    /// <summary>The unit's name (ordinal match).</summary>
    public required string Unit { get; init; }

    /// <summary>The points given, in [0, the indicator's maximum].</summary>
    public required decimal Points { get; init; }
}
