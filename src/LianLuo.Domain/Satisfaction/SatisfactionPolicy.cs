using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;

namespace LianLuo.Domain.Satisfaction;

/// <summary>The scale of the satisfaction form (满意度测评表).</summary>
public enum SatisfactionScale
{
    /// <summary>Three levels: 满意, 基本满意, 不满意 (the default). A 非常满意 recorded anyway is shown as 满意.</summary>
    ThreeLevel = 1,

    /// <summary>Four levels: 非常满意, 满意, 基本满意, 不满意; 非常满意 is shown on its own and counts as satisfied.</summary>
    FourLevel = 2,
}

/// <summary>
/// How satisfaction figures are computed: the scale of the form, and whether items whose form did not come back
/// (未反馈) count in the denominator of the rates. The default (ledger spec §3) is the three-level scale with
/// unreturned forms left out. Immutable and thread-safe.
/// </summary>
/// <example>
/// <code>
/// // By default (ledger.md §3) an unreturned form (未反馈) is left out of the denominator; a city may count it.
/// var countingUnreturned = new SatisfactionPolicy(SatisfactionScale.ThreeLevel, countUnreturnedForms: true);
/// AnnualReport report = AnnualReportBuilder.Build(items, activities, asOf, new AnnualReportOptions { Satisfaction = countingUnreturned });
/// // One 满意 form and one never returned: SatisfiedRate is 50.0 here, 100.0 under SatisfactionPolicy.Default.
/// </code>
/// </example>
public sealed record SatisfactionPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="scale">The scale of the form.</param>
    /// <param name="countUnreturnedForms">
    /// Whether replied items without a returned form count in the denominator of 满意率 and 满意和基本满意率
    /// (as neither satisfied nor basically satisfied). False by default, as the spec says.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is not defined.</exception>
    public SatisfactionPolicy(SatisfactionScale scale = SatisfactionScale.ThreeLevel, bool countUnreturnedForms = false)
    {
        Scale = Preconditions.CheckDefined(scale, "SatisfactionPolicy.Scale (满意度等级)");
        CountUnreturnedForms = countUnreturnedForms;
    }

    /// <summary>The spec's policy: three levels, unreturned forms left out of the denominator.</summary>
    public static SatisfactionPolicy Default { get; } = new();

    /// <summary>The scale of the form.</summary>
    public SatisfactionScale Scale { get; }

    /// <summary>Whether replied items without a returned form count in the denominator of the rates.</summary>
    public bool CountUnreturnedForms { get; }

    /// <summary>The levels of the scale, best first.</summary>
    public IReadOnlyList<SatisfactionLevel> Levels => Scale == SatisfactionScale.FourLevel
        ? [SatisfactionLevel.VerySatisfied, SatisfactionLevel.Satisfied, SatisfactionLevel.BasicallySatisfied, SatisfactionLevel.Unsatisfied]
        : [SatisfactionLevel.Satisfied, SatisfactionLevel.BasicallySatisfied, SatisfactionLevel.Unsatisfied];

    /// <summary>Whether a level exists on the scale (非常满意 does not on the three-level scale).</summary>
    /// <param name="level">The level.</param>
    public bool IsOnScale(SatisfactionLevel level) => Levels.Contains(level);
}
