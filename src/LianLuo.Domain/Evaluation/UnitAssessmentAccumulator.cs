using LianLuo.Domain.Internal;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Timeliness;
using NodaTime;

namespace LianLuo.Domain.Evaluation;

/// <summary>
/// Computes a unit assessment (考核评价) in one pass: <see cref="Add(HandledItem)"/> each item, in any order, then
/// <see cref="ToResult"/>. Memory is bounded by the number of units, not of items: each item is judged once (its
/// <see cref="EvaluationItem"/> per lead unit, as <see cref="EvaluationItems"/> builds them), folded into its units'
/// figures (counts and sums for every indicator and rule of the scheme) and dropped. The items behind each deduction or
/// bonus, and the items not scored, are counted in full but listed only up to <see cref="MaxListedItems"/> (the
/// smallest ids); a list that was cut says so (<see cref="RuleScore.OmittedItems"/>,
/// <see cref="EvaluationResult.OmittedNotScored"/>). Every unit, score, rank, grade, deduction and bonus is the same as
/// <see cref="UnitAssessment.Evaluate"/> gives on the same items.
/// <para>
/// Not thread-safe: use one accumulator per thread (or per shard) and <see cref="Merge"/> them. Item ids are taken to
/// be distinct, as a ledger's are (the list form, <see cref="UnitEvaluator.Evaluate"/>, refuses an item given twice).
/// </para>
/// </summary>
public sealed class UnitAssessmentAccumulator
{
    /// <summary>
    /// The default of <see cref="MaxListedItems"/>: how many ids each list keeps, as many as a finding of the annual report
    /// lists (<see cref="Reporting.AnnualReportOptions.MaxFindingItems"/>). It bounds what an assessment of millions of
    /// items holds and prints, and keeps a workbook's 涉及事项 cell within Excel's 32,767 characters.
    /// </summary>
    public const int DefaultMaxListedItems = 1000;

    private readonly AssessmentFold fold;
    private readonly List<AssessedItem> assessed = [];

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="assessment">The assessment: the scheme, the deadline engine and the reply rules.</param>
    /// <param name="asOf">The day of the scores.</param>
    /// <param name="recorded">Which optional facts the source records (a ledger without 签收日期 records no receipts); a history records them all.</param>
    /// <param name="maxListedItems">How many items each list (the items behind a deduction or bonus, the items not scored) shows at most; the smallest ids are kept.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxListedItems"/> is not positive.</exception>
    public UnitAssessmentAccumulator(UnitAssessment assessment, LocalDate asOf, RecordedFacts recorded = RecordedFacts.All, int maxListedItems = DefaultMaxListedItems)
    {
        Assessment = Preconditions.CheckNotNull(assessment);
        AsOf = asOf;
        Recorded = recorded;
        MaxListedItems = Preconditions.CheckPositive(maxListedItems, "UnitAssessmentAccumulator.MaxListedItems");
        fold = new AssessmentFold(assessment.Scheme, assessment.Rules.Scheme, maxListedItems);
    }

    /// <summary>The assessment: the scheme, the deadline engine and the reply rules.</summary>
    public UnitAssessment Assessment { get; }

    /// <summary>The day of the scores.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Which optional facts the source records.</summary>
    public RecordedFacts Recorded { get; }

    /// <summary>How many items each list shows at most (the smallest ids).</summary>
    public int MaxListedItems { get; }

    /// <summary>
    /// Reply verdicts recorded when the replies were given (with the calendar version then in force); a recorded verdict
    /// decides over a recomputation, as in <see cref="UnitAssessment.Evaluate"/> and the report. None when null.
    /// </summary>
    public RecordedVerdicts? Verdicts { get; init; }

    /// <summary>Items added so far (scored or not, assigned or not).</summary>
    public long Items { get; private set; }

    /// <summary>Judges an item as of <see cref="AsOf"/> and folds it into its lead units' figures (an item never assigned is counted nowhere).</summary>
    /// <param name="item">The item.</param>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    public void Add(HandledItem item)
    {
        Preconditions.CheckNotNull(item);
        var state = item.State;
        assessed.Clear();
        EvaluationItems.Assess(state, AsOf, Assessment.Engine, Assessment.Rules, Recorded, Verdicts, assessed);
        foreach (var part in assessed)
        {
            fold.Add(in part);
        }

        if (assessed.Count > 0 && !Assessment.Scheme.ScoredKinds.Contains(state.Submission.Kind))
        {
            fold.AddNotScored(state.Submission.Id);
        }

        Items++;
    }

    /// <summary>Adds items.</summary>
    /// <param name="items">The items.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or an element is null.</exception>
    public void AddRange(IEnumerable<HandledItem> items)
    {
        Preconditions.CheckNotNull(items);
        foreach (var item in items)
        {
            Add(Preconditions.CheckNotNull(item, nameof(items)));
        }
    }

    /// <summary>
    /// Adds another accumulator's items (other items: a disjoint shard of the same ledger, or another ledger), made for
    /// the same assessment, day, recorded facts and list size. The other accumulator is unchanged.
    /// </summary>
    /// <param name="other">The other accumulator.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The other accumulator is this one, or was made for another assessment, day, recorded facts or list size.</exception>
    public void Merge(UnitAssessmentAccumulator other)
    {
        Preconditions.CheckNotNull(other);
        if (ReferenceEquals(other, this))
        {
            throw new ArgumentException("UnitAssessmentAccumulator.Merge: an accumulator cannot be merged into itself (its items would count twice).", nameof(other));
        }

        if (!IsLike(other))
        {
            throw new ArgumentException(
                "UnitAssessmentAccumulator.Merge: the other accumulator was made for another scheme, deadline engine, reply rules, as-of date, recorded facts or list size.",
                nameof(other));
        }

        fold.Merge(other.fold);
        Items = checked(Items + other.Items);
    }

    /// <summary>The assessment of every unit over the items added so far (the accumulator may go on adding).</summary>
    public EvaluationResult ToResult() => fold.ToResult();

    private bool IsLike(UnitAssessmentAccumulator other) =>
        other.AsOf == AsOf
        && other.Recorded == Recorded
        && other.MaxListedItems == MaxListedItems
        && (ReferenceEquals(other.Assessment, Assessment)
            || (other.Assessment.Scheme.Equals(Assessment.Scheme)
                && ReferenceEquals(other.Assessment.Engine, Assessment.Engine)
                && ReferenceEquals(other.Assessment.Rules, Assessment.Rules)));
}
