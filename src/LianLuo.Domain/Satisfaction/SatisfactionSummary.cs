using LianLuo.Domain.Internal;
using LianLuo.Domain.Numbers;

namespace LianLuo.Domain.Satisfaction;

/// <summary>
/// The satisfaction figures of a report under a policy, named as in ledger spec §3 (satisfaction.satisfied, …).
/// On the three-level scale 非常满意 is folded into <see cref="Satisfied"/> and <see cref="VerySatisfied"/> is null;
/// on the four-level scale it is shown on its own. Both rates count 非常满意 as satisfied. Immutable and thread-safe.
/// </summary>
public sealed record SatisfactionSummary
{
    /// <summary>Summarizes counts under a policy.</summary>
    /// <param name="counts">The counts.</param>
    /// <param name="policy">The policy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public SatisfactionSummary(SatisfactionCounts counts, SatisfactionPolicy policy)
    {
        Policy = Preconditions.CheckNotNull(policy);
        Counts = counts;
        var fourLevel = policy.Scale == SatisfactionScale.FourLevel;
        VerySatisfied = fourLevel ? counts.VerySatisfied : null;
        Satisfied = fourLevel ? counts.Satisfied : counts.SatisfiedOrBetter;
        SatisfiedRate = counts.SatisfiedRate(policy);
        SatisfiedOrBasicallyRate = counts.SatisfiedOrBasicallyRate(policy);
    }

    /// <summary>The policy applied.</summary>
    public SatisfactionPolicy Policy { get; }

    /// <summary>The underlying counts.</summary>
    public SatisfactionCounts Counts { get; }

    /// <summary>非常满意 on the four-level scale; null on the three-level scale.</summary>
    public int? VerySatisfied { get; }

    /// <summary>满意 (including 非常满意 on the three-level scale).</summary>
    public int Satisfied { get; }

    /// <summary>基本满意.</summary>
    public int BasicallySatisfied => Counts.BasicallySatisfied;

    /// <summary>不满意.</summary>
    public int Unsatisfied => Counts.Unsatisfied;

    /// <summary>Replied items with no returned form (未反馈).</summary>
    public int NoFeedback => Counts.NoFeedback;

    /// <summary>满意率.</summary>
    public Proportion SatisfiedRate { get; }

    /// <summary>满意和基本满意率.</summary>
    public Proportion SatisfiedOrBasicallyRate { get; }
}
