using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;
using NodaTime;

namespace LianLuo.Domain.Classification;

/// <summary>The state of a follow-up (回头看) obligation.</summary>
public enum FollowUpStatus
{
    /// <summary>待回头看: no follow-up has recorded the outcome of the promise yet.</summary>
    Open = 1,

    /// <summary>承诺已兑现: a follow-up found the promise kept.</summary>
    Kept = 2,

    /// <summary>承诺未兑现: a follow-up found the promise broken.</summary>
    Broken = 3,
}

/// <summary>
/// The obligation to follow up (回头看) a promise made in a planned reply (B): it stays open until a
/// <see cref="FollowedUp"/> records the promise kept or broken, and falls due once the planned completion date
/// has passed. Immutable and thread-safe, with value equality.
/// </summary>
/// <param name="ItemId">The item (编号).</param>
/// <param name="Round">The round of the reply.</param>
/// <param name="Reply">The reply that made the promise.</param>
/// <param name="ClosedBy">The follow-up that closed the obligation, or null while open.</param>
public sealed record FollowUpObligation(ItemId ItemId, int Round, Replied Reply, FollowedUp? ClosedBy)
{
    /// <summary>The reply that made the promise.</summary>
    public Replied Reply { get; } = Preconditions.CheckNotNull(Reply);

    /// <summary>The promised completion date, or null when the reply broke the rule and gave none.</summary>
    public LocalDate? PlannedCompletion => Reply.PlannedCompletion;

    /// <summary>Open, kept or broken.</summary>
    public FollowUpStatus Status => ClosedBy switch
    {
        null => FollowUpStatus.Open,
        { PromiseKept: true } => FollowUpStatus.Kept,
        _ => FollowUpStatus.Broken,
    };

    /// <summary>Whether no follow-up has closed the obligation.</summary>
    public bool IsOpen => ClosedBy is null;

    /// <summary>Whether the obligation is open and its planned completion date is before <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The as-of date.</param>
    public bool IsDue(LocalDate asOf) => IsOpen && PlannedCompletion is { } planned && planned < asOf;
}
