using System.Globalization;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;
using LianLuo.Domain.Numbers;

namespace LianLuo.Domain.Satisfaction;

/// <summary>
/// Replied items counted by final satisfaction, with 未反馈 (no returned form) as its own count. Counts of disjoint
/// sets of items add up: <see cref="Merge"/> is associative and commutative with <see cref="Empty"/> as identity.
/// Immutable and thread-safe, with value equality.
/// </summary>
public readonly record struct SatisfactionCounts
{
    /// <summary>Creates counts.</summary>
    /// <param name="verySatisfied">Items whose final level is 非常满意.</param>
    /// <param name="satisfied">Items whose final level is 满意.</param>
    /// <param name="basicallySatisfied">Items whose final level is 基本满意.</param>
    /// <param name="unsatisfied">Items whose final level is 不满意.</param>
    /// <param name="noFeedback">Replied items without a returned form (未反馈 or still awaited).</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public SatisfactionCounts(int verySatisfied, int satisfied, int basicallySatisfied, int unsatisfied, int noFeedback)
    {
        VerySatisfied = Preconditions.CheckNonNegative(verySatisfied, "SatisfactionCounts.VerySatisfied (非常满意)");
        Satisfied = Preconditions.CheckNonNegative(satisfied, "SatisfactionCounts.Satisfied (满意)");
        BasicallySatisfied = Preconditions.CheckNonNegative(basicallySatisfied, "SatisfactionCounts.BasicallySatisfied (基本满意)");
        Unsatisfied = Preconditions.CheckNonNegative(unsatisfied, "SatisfactionCounts.Unsatisfied (不满意)");
        NoFeedback = Preconditions.CheckNonNegative(noFeedback, "SatisfactionCounts.NoFeedback (未反馈)");
    }

    /// <summary>No item: the identity of <see cref="Merge"/>.</summary>
    public static SatisfactionCounts Empty => default;

    /// <summary>Items whose final level is 非常满意 (only on four-level forms).</summary>
    public int VerySatisfied { get; }

    /// <summary>Items whose final level is 满意 (without 非常满意; see <see cref="SatisfiedOrBetter"/>).</summary>
    public int Satisfied { get; }

    /// <summary>Items whose final level is 基本满意.</summary>
    public int BasicallySatisfied { get; }

    /// <summary>Items whose final level is 不满意.</summary>
    public int Unsatisfied { get; }

    /// <summary>Replied items without a returned form.</summary>
    public int NoFeedback { get; }

    /// <summary>非常满意 + 满意: the numerator of 满意率.</summary>
    public int SatisfiedOrBetter => checked(VerySatisfied + Satisfied);

    /// <summary>Items with a returned form.</summary>
    public int Returned => checked(VerySatisfied + Satisfied + BasicallySatisfied + Unsatisfied);

    /// <summary>All replied items counted: <see cref="Returned"/> + <see cref="NoFeedback"/>.</summary>
    public int Replied => checked(Returned + NoFeedback);

    /// <summary>The count of one level.</summary>
    /// <param name="level">The level.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    public int this[SatisfactionLevel level] => level switch
    {
        SatisfactionLevel.VerySatisfied => VerySatisfied,
        SatisfactionLevel.Satisfied => Satisfied,
        SatisfactionLevel.BasicallySatisfied => BasicallySatisfied,
        SatisfactionLevel.Unsatisfied => Unsatisfied,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, $"SatisfactionLevel has no such value ({level})."),
    };

    /// <summary>The counts of one item's final satisfaction (empty when it was not replied).</summary>
    /// <param name="satisfaction">The item's final satisfaction.</param>
    /// <exception cref="ArgumentException"><paramref name="satisfaction"/> is the uninitialized default.</exception>
    public static SatisfactionCounts Of(ItemSatisfaction satisfaction) => satisfaction.Status switch
    {
        FeedbackStatus.NotReplied => Empty,
        FeedbackStatus.AwaitingForm or FeedbackStatus.FormNotReturned => new(0, 0, 0, 0, 1),
        FeedbackStatus.Returned => satisfaction.Level switch
        {
            SatisfactionLevel.VerySatisfied => new(1, 0, 0, 0, 0),
            SatisfactionLevel.Satisfied => new(0, 1, 0, 0, 0),
            SatisfactionLevel.BasicallySatisfied => new(0, 0, 1, 0, 0),
            _ => new(0, 0, 0, 1, 0),
        },
        _ => throw new ArgumentException("ItemSatisfaction is the uninitialized default.", nameof(satisfaction)),
    };

    /// <summary>The counts of a set of items' final satisfactions.</summary>
    /// <param name="satisfactions">The items' final satisfactions.</param>
    /// <exception cref="ArgumentNullException"><paramref name="satisfactions"/> is null.</exception>
    public static SatisfactionCounts Of(IEnumerable<ItemSatisfaction> satisfactions) =>
        Preconditions.CheckNotNull(satisfactions).Aggregate(Empty, (counts, s) => counts.Merge(Of(s)));

    /// <summary>The counts of two disjoint sets of items together.</summary>
    /// <param name="other">The other counts.</param>
    public SatisfactionCounts Merge(SatisfactionCounts other) => new(
        checked(VerySatisfied + other.VerySatisfied),
        checked(Satisfied + other.Satisfied),
        checked(BasicallySatisfied + other.BasicallySatisfied),
        checked(Unsatisfied + other.Unsatisfied),
        checked(NoFeedback + other.NoFeedback));

    /// <summary>See <see cref="Merge"/>.</summary>
    public static SatisfactionCounts operator +(SatisfactionCounts left, SatisfactionCounts right) => left.Merge(right);

    /// <summary>
    /// 满意率: (非常满意 + 满意) ÷ (items with a returned form, plus those without when the policy counts them).
    /// </summary>
    /// <param name="policy">The policy; <see cref="SatisfactionPolicy.Default"/> when null.</param>
    public Proportion SatisfiedRate(SatisfactionPolicy? policy = null) => new(SatisfiedOrBetter, Denominator(policy));

    /// <summary>满意和基本满意率: (非常满意 + 满意 + 基本满意) ÷ the denominator of <see cref="SatisfiedRate"/>.</summary>
    /// <param name="policy">The policy; <see cref="SatisfactionPolicy.Default"/> when null.</param>
    public Proportion SatisfiedOrBasicallyRate(SatisfactionPolicy? policy = null) =>
        new(checked(SatisfiedOrBetter + BasicallySatisfied), Denominator(policy));

    /// <summary>The figures as a report shows them under a policy (see <see cref="SatisfactionSummary"/>).</summary>
    /// <param name="policy">The policy; <see cref="SatisfactionPolicy.Default"/> when null.</param>
    public SatisfactionSummary Summarize(SatisfactionPolicy? policy = null) => new(this, policy ?? SatisfactionPolicy.Default);

    /// <summary>The counts as text, e.g. <c>满意 3, 基本满意 1, 不满意 0, 未反馈 2</c> (非常满意 shown when positive).</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{(VerySatisfied > 0 ? $"非常满意 {VerySatisfied}, " : string.Empty)}满意 {Satisfied}, 基本满意 {BasicallySatisfied}, 不满意 {Unsatisfied}, 未反馈 {NoFeedback}");

    private int Denominator(SatisfactionPolicy? policy) =>
        (policy ?? SatisfactionPolicy.Default).CountUnreturnedForms ? Replied : Returned;
}
