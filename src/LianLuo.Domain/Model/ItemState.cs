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
    /// <summary>
    /// The latest extension (延期) approved during this round, before its reply, or null: it replaces the round's deadline.
    /// Under 分办 an extension of the item goes to each unit's round still to reply.
    /// </summary>
    public Extended? Extension { get; init; }

    /// <summary>Whether the round's reply is complete.</summary>
    public bool IsReplied => RepliedOn is not null;

    /// <summary>The satisfaction returned for this round, or null (no form yet, or not returned).</summary>
    public SatisfactionLevel? Satisfaction => Feedback?.Level;
}

/// <summary>
/// The part of one unit under separate handling (分办): each 分办 unit answers for its own part, with its own replies,
/// results, feedback and re-handling rounds. Immutable and thread-safe, with value equality.
/// </summary>
/// <param name="Unit">The 分办 unit.</param>
/// <param name="Rounds">The unit's rounds: round 1 from 交办, then one per re-handling of its part.</param>
public sealed record HandlingPart(HandlingUnit Unit, EquatableArray<HandlingRound> Rounds)
{
    /// <summary>The unit's current round.</summary>
    public HandlingRound CurrentRound => Rounds[Rounds.Count - 1];

    /// <summary>The date of the unit's first reply, or null.</summary>
    public LocalDate? FirstRepliedOn => Rounds[0].RepliedOn;

    /// <summary>The category of the unit's latest reply that carries one, or null.</summary>
    public ResultCategory? LatestCategory => Rounds.Reverse().SelectMany(r => r.Replies.Reverse()).Select(r => r.Category).FirstOrDefault(c => c is not null);

    /// <summary>The unit's final satisfaction: that of its last round with a returned form, or null.</summary>
    public SatisfactionLevel? FinalSatisfaction => Rounds.Reverse().Select(r => r.Satisfaction).FirstOrDefault(s => s is not null);

    /// <summary>Whether the unit's part was re-handled.</summary>
    public bool IsRehandled => Rounds.Count > 1;
}

/// <summary>
/// The current state of an item, folded from its history by <see cref="Lifecycle.ItemLifecycle"/>.
/// Immutable and thread-safe, with value equality.
/// </summary>
/// <remarks>
/// The setters are internal so that <see cref="Lifecycle.ItemLifecycle"/> can apply a history's events in place to a state of its
/// own (one state per fold, not one copy per event); no state is changed once it has been handed out.
/// </remarks>
public sealed record ItemState
{
    internal ItemState(Submission submission) => Submission = submission;

    /// <summary>The submission.</summary>
    public Submission Submission { get; }

    /// <summary>The lifecycle phase.</summary>
    public HandlingPhase Phase { get; internal set; } = HandlingPhase.NotAssigned;

    /// <summary>The current assignment event (the latest 交办), or null before assignment.</summary>
    public Assigned? Assignment { get; internal set; }

    /// <summary>The date of the first 交办, or null.</summary>
    public LocalDate? FirstAssignedOn { get; internal set; }

    /// <summary>How many times the item was assigned (1 + reassignments after approved returns).</summary>
    public int AssignmentCount { get; internal set; }

    /// <summary>Whether the item is currently designated complex (情况复杂).</summary>
    public bool IsComplex { get; internal set; }

    /// <summary>The latest approved extension since the current assignment, or null.</summary>
    public Extended? Extension { get; internal set; }

    /// <summary>The units that signed for the current assignment.</summary>
    public EquatableArray<HandlingUnit> ReceivedBy { get; internal set; } = EquatableArray<HandlingUnit>.Empty;

    /// <summary>The 签收 events of the current assignment, with their dates (the deadlines counted from 签收 need them).</summary>
    public EquatableArray<Received> Receipts { get; internal set; } = EquatableArray<Received>.Empty;

    /// <summary>Every approved extension since the current assignment, in order (<see cref="Extension"/> is the latest).</summary>
    public EquatableArray<Extended> Extensions { get; internal set; } = EquatableArray<Extended>.Empty;

    /// <summary>Return requests, with their decisions, over the whole history.</summary>
    public EquatableArray<ReturnRequested> ReturnRequests { get; internal set; } = EquatableArray<ReturnRequested>.Empty;

    /// <summary>The return requests (退回申请) awaiting their decision, of any unit.</summary>
    public EquatableArray<ReturnRequested> PendingReturns { get; internal set; } = EquatableArray<ReturnRequested>.Empty;

    /// <summary>
    /// Return requests made after the unit's return window (退回期限) had ended, accepted because the policy allows late
    /// requests (<see cref="Deadlines.DeadlinePolicy.AllowLateReturnRequests"/>); reported, never silently taken as on time.
    /// </summary>
    public EquatableArray<ReturnRequested> LateReturnRequests { get; internal set; } = EquatableArray<ReturnRequested>.Empty;

    /// <summary>Co-handling (会办) units of the current assignment whose return was approved: they left the item.</summary>
    public EquatableArray<HandlingUnit> ReleasedUnits { get; internal set; } = EquatableArray<HandlingUnit>.Empty;

    /// <summary>
    /// Under separate handling (分办), one part per unit, in the order of the assignment; empty otherwise. The item-level
    /// <see cref="Rounds"/> then hold one round whose replies are the units' first replies and which is replied when every
    /// unit has replied (on the date of the last of them); its category is null, as the item's result is the lowest of its
    /// units' results by a classification scheme (see <c>Classification.StandingResults</c>).
    /// </summary>
    public EquatableArray<HandlingPart> Parts { get; internal set; } = EquatableArray<HandlingPart>.Empty;

    /// <summary>Whether the current assignment is separate handling (分办).</summary>
    public bool IsSeparateHandling => Assignment?.IsSeparateHandling == true;

    /// <summary>Co-handling opinions sent for the current assignment.</summary>
    public EquatableArray<CoHandlingOpinionSent> CoHandlingOpinions { get; internal set; } = EquatableArray<CoHandlingOpinionSent>.Empty;

    /// <summary>Every communication with the proposer.</summary>
    public EquatableArray<Communicated> Communications { get; internal set; } = EquatableArray<Communicated>.Empty;

    /// <summary>The rounds of handling; empty before assignment.</summary>
    public EquatableArray<HandlingRound> Rounds { get; internal set; } = EquatableArray<HandlingRound>.Empty;

    /// <summary>Follow-ups (回头看) of planned promises.</summary>
    public EquatableArray<FollowedUp> FollowUps { get; internal set; } = EquatableArray<FollowedUp>.Empty;

    /// <summary>Supervision by city leaders (督办).</summary>
    public EquatableArray<Supervised> Supervisions { get; internal set; } = EquatableArray<Supervised>.Empty;

    /// <summary>The date of 办结, or null.</summary>
    public LocalDate? ClosedOn { get; internal set; }

    /// <summary>The date of the latest event, or null for an empty history.</summary>
    public LocalDate? LastEventOn { get; internal set; }

    /// <summary>The number of events folded.</summary>
    public int EventCount { get; internal set; }

    /// <summary>The current round, or null before assignment.</summary>
    public HandlingRound? CurrentRound => Rounds.IsEmpty ? null : Rounds[Rounds.Count - 1];

    /// <summary>The date of the first complete reply (答复日期), or null.</summary>
    public LocalDate? FirstRepliedOn => Rounds.IsEmpty ? null : Rounds[0].RepliedOn;

    /// <summary>The category of the first reply (办理结果), or null (also under 分办: see <see cref="Parts"/>).</summary>
    public ResultCategory? FirstCategory => Rounds.IsEmpty ? null : Rounds[0].Category;

    /// <summary>
    /// The standing result: the category of the latest replied round that carries one (a re-handled reply without a
    /// category leaves the earlier result standing), or null (also under 分办: see <see cref="Parts"/>).
    /// </summary>
    public ResultCategory? LatestCategory
    {
        get
        {
            // A loop rather than LINQ: the report reads this once per item.
            for (var i = Rounds.Count - 1; i >= 0; i--)
            {
                var round = Rounds[i];
                if (round.IsReplied && round.Category is { } category)
                {
                    return category;
                }
            }

            return null;
        }
    }

    /// <summary>The number of replies over all rounds (of every part under 分办).</summary>
    public int ReplyCount => IsSeparateHandling ? Parts.Sum(p => p.Rounds.Sum(r => r.Replies.Count)) : Rounds.Sum(r => r.Replies.Count);

    /// <summary>
    /// The final satisfaction: that of the last round with a returned form (null when none came back). Under 分办, the
    /// lowest of the units' final satisfactions, once it is determined: when every unit's form is back, or any is 不满意.
    /// </summary>
    public SatisfactionLevel? FinalSatisfaction
    {
        get
        {
            if (IsSeparateHandling)
            {
                return LowestOfParts();
            }

            for (var i = Rounds.Count - 1; i >= 0; i--)
            {
                if (Rounds[i].Satisfaction is { } level)
                {
                    return level;
                }
            }

            return null;
        }
    }

    /// <summary>Whether the item was re-handled (has a round after the first; under 分办, any unit's part).</summary>
    public bool IsRehandled => IsSeparateHandling ? Parts.Any(p => p.IsRehandled) : Rounds.Count > 1;

    /// <summary>Whether the item is supervised by a leader.</summary>
    public bool IsSupervised => !Supervisions.IsEmpty;

    /// <summary>The replies that made a promise (a planned completion date) over all rounds (of every part under 分办).</summary>
    public IEnumerable<Replied> Promises => AllReplies.Where(r => r.PlannedCompletion is not null);

    /// <summary>Every reply over all rounds, in order (of every part under 分办, part by part).</summary>
    public IEnumerable<Replied> AllReplies => IsSeparateHandling ? Parts.SelectMany(p => p.Rounds).SelectMany(r => r.Replies) : Rounds.SelectMany(r => r.Replies);

    /// <summary>The part of a 分办 unit, or null when the unit has none.</summary>
    public HandlingPart? PartOf(HandlingUnit unit) => Parts.FirstOrDefault(p => p.Unit == unit);

    /// <summary>
    /// The item as one unit sees it: under 分办, the state of that unit's part as if it led the item alone (交办 to it as
    /// 主办 on the same date, its own rounds, receipts and communications, the item's extensions, complexity, key and
    /// supervision), so every rule that judges an item judges the part; for a 主办 item, the state itself.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    /// <exception cref="ArgumentException">Under 分办, the unit has no part.</exception>
    public ItemState ForUnit(HandlingUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (!IsSeparateHandling)
        {
            return this;
        }

        var part = PartOf(unit) ?? throw new ArgumentException($"Item {Submission.Id}: {unit.Name} has no part under separate handling (分办).", nameof(unit));
        var assigned = new Assigned(Assignment!.Date, [new Assignment(unit, AssignmentRole.Lead)], Assignment.IsComplex);
        var round = part.CurrentRound;
        var phase = Phase is HandlingPhase.Closed or HandlingPhase.ReturnRequested or HandlingPhase.AwaitingReassignment
            ? Phase
            : !round.IsReplied ? HandlingPhase.Handling : round.Feedback is null ? HandlingPhase.Replied : HandlingPhase.FeedbackReceived;
        return this with
        {
            Phase = phase,
            Assignment = assigned,
            Parts = EquatableArray<HandlingPart>.Empty,
            Rounds = part.Rounds,
            ReceivedBy = new EquatableArray<HandlingUnit>(ReceivedBy.Where(u => u == unit)),
            Receipts = new EquatableArray<Received>(Receipts.Where(r => r.Unit == unit)),
            Communications = new EquatableArray<Communicated>(Communications.Where(c => c.Unit is null || c.Unit == unit)),
            ReturnRequests = new EquatableArray<ReturnRequested>(ReturnRequests.Where(r => r.Unit == unit)),
            PendingReturns = new EquatableArray<ReturnRequested>(PendingReturns.Where(r => r.Unit == unit)),
            LateReturnRequests = new EquatableArray<ReturnRequested>(LateReturnRequests.Where(r => r.Unit == unit)),
        };
    }

    /// <summary>The replying units: the lead unit, or every 分办 unit; empty before assignment.</summary>
    public IEnumerable<HandlingUnit> ReplyingUnits => Assignment is null
        ? []
        : Assignment.Assignments.Where(a => a.Role != AssignmentRole.CoHandling).Select(a => a.Unit);

    private SatisfactionLevel? LowestOfParts()
    {
        SatisfactionLevel? lowest = null;
        var missing = false;
        foreach (var part in Parts)
        {
            if (part.FinalSatisfaction is not { } level)
            {
                missing = true;
                continue;
            }

            // The enum runs from 非常满意 (1) down to 不满意 (4): the lowest satisfaction has the highest value.
            lowest = lowest is { } l && l >= level ? l : level;
        }

        return lowest == SatisfactionLevel.Unsatisfied || !missing ? lowest : null;
    }

    /// <summary>Person-times of communication by mode.</summary>
    public long PersonTimes(CommunicationMode mode)
    {
        var sum = 0L;
        foreach (var communication in Communications)
        {
            if (communication.Mode == mode)
            {
                sum = checked(sum + communication.PersonTimes);
            }
        }

        return sum;
    }
}
