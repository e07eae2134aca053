using LianLuo.Domain.Classification;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Timeliness;
using NodaTime;

namespace LianLuo.Domain.Evaluation;

/// <summary>
/// The unit assessment (考核评价) as a service: one scheme, judged on one deadline engine with one set of reply rules —
/// the ones the report and the document reader use, when it comes from <c>AddLianLuoDomain</c>. Immutable and
/// thread-safe.
/// </summary>
/// <example>
/// <code>
/// var assessment = new UnitAssessment(EvaluationPresets.Default, DeadlineEngine.Default, ReplyRules.Default);
/// EvaluationResult result = assessment.Evaluate(items, new LocalDate(2026, 1, 15));
/// foreach (var unit in result.Units)
/// {
///     Console.WriteLine($"{unit.Rank?.ToString() ?? "-"} {unit.Unit} {unit.Items}件 {unit.Score}");
/// }
/// </code>
/// </example>
public sealed class UnitAssessment
{
    /// <summary>Creates the service.</summary>
    /// <param name="scheme">The assessment scheme.</param>
    /// <param name="engine">The deadline engine that judges timeliness.</param>
    /// <param name="rules">The reply rules (classification scheme, reasons, planned dates).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public UnitAssessment(EvaluationScheme scheme, DeadlineEngine engine, ReplyRules rules)
    {
        Scheme = Preconditions.CheckNotNull(scheme);
        Engine = Preconditions.CheckNotNull(engine);
        Rules = Preconditions.CheckNotNull(rules);
    }

    /// <summary>The assessment scheme.</summary>
    public EvaluationScheme Scheme { get; }

    /// <summary>The deadline engine.</summary>
    public DeadlineEngine Engine { get; }

    /// <summary>The reply rules.</summary>
    public ReplyRules Rules { get; }

    /// <summary>Scores the units over the items as of a day.</summary>
    /// <param name="items">The items.</param>
    /// <param name="asOf">The day of the figures.</param>
    /// <param name="recorded">Which optional facts the source records (a ledger without 签收日期 records no receipts); a history records them all.</param>
    /// <param name="verdicts">
    /// Reply verdicts recorded when the replies were given (with the calendar version then in force); a recorded verdict
    /// decides over a recomputation, as in the report (<c>AnnualReportOptions.Verdicts</c>). None when null.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public EvaluationResult Evaluate(IEnumerable<HandledItem> items, LocalDate asOf, RecordedFacts recorded = RecordedFacts.All, RecordedVerdicts? verdicts = null) =>
        UnitEvaluator.Evaluate(Scheme, EvaluationItems.From(Preconditions.CheckNotNull(items), asOf, Engine, Rules, recorded, verdicts), Rules.Scheme);

    /// <summary>Scores the units as of today in the engine's time zone.</summary>
    /// <param name="items">The items.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public EvaluationResult EvaluateToday(IEnumerable<HandledItem> items, IClock clock) =>
        Evaluate(items, Engine.CurrentDate(Preconditions.CheckNotNull(clock)));
}
