using NodaTime;

namespace LianLuo.Domain.Model;

/// <summary>
/// One round of handling: the first handling (round 1) or a re-handling (round 2 and later).
/// Immutable and thread-safe, with value equality.
/// </summary>
/// <param name="Number">1 for the first handling, 2 and more for re-handling.</param>
/// <param name="StartedOn">The date the round started (交办 or 重新办理).</param>
/// <param name="Replies">The replies of the round (one per replying unit).</param>
/// <param name="RepliedOn">The date the round's reply was complete (the lead's reply, or the last 分办 reply), or null.</param>
/// <param name="Category">The round's result category, or null before the reply.</param>
/// <param name="Feedback">The round's feedback event, or null.</param>
public sealed record HandlingRound(
    int Number,
    LocalDate StartedOn,
    EquatableArray<Replied> Replies,
    LocalDate? RepliedOn,
    ResultCategory? Category,
    FeedbackReceived? Feedback)
{
    /// <summary>Whether the round's reply is complete.</summary>
    public bool IsReplied => RepliedOn is not null;

    /// <summary>The satisfaction returned for this round, or null (no form yet, or not returned).</summary>
    public SatisfactionLevel? Satisfaction => Feedback?.Level;
}

/// <summary>
/// The current state of an item, folded from its history by <see cref="ItemLifecycle"/>.
/// Immutable and thread-safe, with value equality.
/// </summary>
public sealed record ItemState
{
    internal ItemState(Submission submission) => Submission = submission;

    /// <summary>The submission.</summary>
    public Submission Submission { get; }

    /// <summary>The lifecycle phase.</summary>
    public HandlingPhase Phase { get; internal init; } = HandlingPhase.NotAssigned;

    /// <summary>The current assignment event (the latest 交办), or null before assignment.</summary>
    public Assigned? Assignment { get; internal init; }

    /// <summary>The date of the first 交办, or null.</summary>
    public LocalDate? FirstAssignedOn { get; internal init; }

    /// <summary>How many times the item was assigned (1 + reassignments after approved returns).</summary>
    public int AssignmentCount { get; internal init; }

    /// <summary>Whether the item is currently designated complex (情况复杂).</summary>
    public bool IsComplex { get; internal init; }

    /// <summary>The latest approved extension since the current assignment, or null.</summary>
    public Extended? Extension { get; internal init; }

    /// <summary>The units that signed for the current assignment.</summary>
    public EquatableArray<HandlingUnit> ReceivedBy { get; internal init; } = EquatableArray<HandlingUnit>.Empty;

    /// <summary>The 签收 events of the current assignment, with their dates (the deadlines counted from 签收 need them).</summary>
    public EquatableArray<Received> Receipts { get; internal init; } = EquatableArray<Received>.Empty;

    /// <summary>Every approved extension since the current assignment, in order (<see cref="Extension"/> is the latest).</summary>
    public EquatableArray<Extended> Extensions { get; internal init; } = EquatableArray<Extended>.Empty;

    /// <summary>Return requests, with their decisions, over the whole history.</summary>
    public EquatableArray<ReturnRequested> ReturnRequests { get; internal init; } = EquatableArray<ReturnRequested>.Empty;

    /// <summary>Co-handling opinions sent for the current assignment.</summary>
    public EquatableArray<CoHandlingOpinionSent> CoHandlingOpinions { get; internal init; } = EquatableArray<CoHandlingOpinionSent>.Empty;

    /// <summary>Every communication with the proposer.</summary>
    public EquatableArray<Communicated> Communications { get; internal init; } = EquatableArray<Communicated>.Empty;

    /// <summary>The rounds of handling; empty before assignment.</summary>
    public EquatableArray<HandlingRound> Rounds { get; internal init; } = EquatableArray<HandlingRound>.Empty;

    /// <summary>Follow-ups (回头看) of planned promises.</summary>
    public EquatableArray<FollowedUp> FollowUps { get; internal init; } = EquatableArray<FollowedUp>.Empty;

    /// <summary>Supervision by city leaders (督办).</summary>
    public EquatableArray<Supervised> Supervisions { get; internal init; } = EquatableArray<Supervised>.Empty;

    /// <summary>The date of 办结, or null.</summary>
    public LocalDate? ClosedOn { get; internal init; }

    /// <summary>The date of the latest event, or null for an empty history.</summary>
    public LocalDate? LastEventOn { get; internal init; }

    /// <summary>The number of events folded.</summary>
    public int EventCount { get; internal init; }

    /// <summary>The current round, or null before assignment.</summary>
    public HandlingRound? CurrentRound => Rounds.IsEmpty ? null : Rounds[Rounds.Count - 1];

    /// <summary>The date of the first complete reply (答复日期), or null.</summary>
    public LocalDate? FirstRepliedOn => Rounds.IsEmpty ? null : Rounds[0].RepliedOn;

    /// <summary>The category of the first reply (办理结果), or null.</summary>
    public ResultCategory? FirstCategory => Rounds.IsEmpty ? null : Rounds[0].Category;

    /// <summary>The category of the latest complete reply, or null.</summary>
    public ResultCategory? LatestCategory => Rounds.Reverse().FirstOrDefault(r => r.IsReplied)?.Category;

    /// <summary>The number of replies over all rounds.</summary>
    public int ReplyCount => Rounds.Sum(r => r.Replies.Count);

    /// <summary>The final satisfaction: that of the last round with a returned form (null when none came back).</summary>
    public SatisfactionLevel? FinalSatisfaction => Rounds.Reverse().Select(r => r.Satisfaction).FirstOrDefault(s => s is not null);

    /// <summary>Whether the item was re-handled (has a round after the first).</summary>
    public bool IsRehandled => Rounds.Count > 1;

    /// <summary>Whether the item is supervised by a leader.</summary>
    public bool IsSupervised => !Supervisions.IsEmpty;

    /// <summary>The replies that made a promise (a planned completion date) over all rounds.</summary>
    public IEnumerable<Replied> Promises => Rounds.SelectMany(r => r.Replies).Where(r => r.PlannedCompletion is not null);

    /// <summary>Person-times of communication by mode.</summary>
    public int PersonTimes(CommunicationMode mode) => Communications.Where(c => c.Mode == mode).Sum(c => c.PersonTimes);
}
