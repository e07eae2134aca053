using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using LianLuo.Domain.Internal;
using NodaTime.Text;

namespace LianLuo.Domain.Model;

/// <summary>The rules of the handling lifecycle that a step can break.</summary>
public enum LifecycleRule
{
    /// <summary>An event is dated before the event before it.</summary>
    EventsOutOfOrder = 1,

    /// <summary>An event other than 交办 comes before the first 交办.</summary>
    NotAssigned = 2,

    /// <summary>A 交办 comes while the item is assigned (reassignment needs an approved return).</summary>
    AlreadyAssigned = 3,

    /// <summary>A unit acts on an item it is not assigned to.</summary>
    UnitNotAssigned = 4,

    /// <summary>A unit signs for the same assignment twice.</summary>
    AlreadyReceived = 5,

    /// <summary>A return is requested after a reply.</summary>
    ReturnAfterReply = 6,

    /// <summary>A return is requested while another request is pending.</summary>
    ReturnAlreadyRequested = 7,

    /// <summary>A return decision without a pending request.</summary>
    NoReturnRequested = 8,

    /// <summary>A handling step while the item awaits reassignment after an approved return.</summary>
    AwaitingReassignment = 9,

    /// <summary>A co-handling opinion from a unit that is not a 会办 unit.</summary>
    NotCoHandlingUnit = 10,

    /// <summary>An extension after the round's reply.</summary>
    ExtensionAfterReply = 11,

    /// <summary>An extension to a date not after its own date.</summary>
    ExtensionNotAfterDate = 12,

    /// <summary>A reply from a unit that does not reply (a 会办 unit, or no unit named under 分办).</summary>
    ReplyFromNonReplyingUnit = 13,

    /// <summary>A second reply by the same unit in the same round.</summary>
    AlreadyReplied = 14,

    /// <summary>A feedback before the round's reply.</summary>
    FeedbackWithoutReply = 15,

    /// <summary>A second feedback in the same round.</summary>
    AlreadyFeedback = 16,

    /// <summary>Re-handling without an unsatisfied (不满意) feedback in the current round.</summary>
    RehandlingWithoutDissatisfaction = 17,

    /// <summary>A follow-up (回头看) without any reply that made a promise.</summary>
    FollowUpWithoutPromise = 18,

    /// <summary>办结 before the round's reply.</summary>
    CloseWithoutReply = 19,

    /// <summary>A handling step after 办结 (only 回头看, 沟通 and 督办 may follow), or a second 办结.</summary>
    AlreadyClosed = 20,

    /// <summary>A reply, extension or 办结 while a return request (退回申请) awaits its decision.</summary>
    ReturnPending = 21,
}

/// <summary>A broken lifecycle rule: which rule, at which event, and why. Immutable and thread-safe.</summary>
/// <param name="Rule">The rule broken.</param>
/// <param name="EventIndex">The zero-based index of the offending event in the history.</param>
/// <param name="Event">The offending event.</param>
/// <param name="Message">A message naming the event, its date and the rule.</param>
public sealed record LifecycleViolation(LifecycleRule Rule, int EventIndex, HandlingEvent Event, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => Message;
}

/// <summary>Thrown by <see cref="ItemLifecycle.Fold(Submission, IEnumerable{HandlingEvent})"/> when a history breaks a rule.</summary>
public sealed class LifecycleException : Exception
{
    /// <summary>Creates the exception for a violation.</summary>
    public LifecycleException(LifecycleViolation violation)
        : base(Preconditions.CheckNotNull(violation).Message) => Violation = violation;

    /// <summary>Creates the exception with a message.</summary>
    public LifecycleException(string message)
        : base(message) => Violation = null;

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public LifecycleException(string message, Exception innerException)
        : base(message, innerException) => Violation = null;

    /// <summary>Creates the exception with no message.</summary>
    public LifecycleException()
    {
    }

    /// <summary>The rule broken, or null when created from a message.</summary>
    public LifecycleViolation? Violation { get; }
}

/// <summary>
/// The handling lifecycle: a pure fold of an ordered history of events into an <see cref="ItemState"/>.
/// Each step either applies whole or is refused with the rule it breaks; nothing is half-applied.
/// Stateless and thread-safe.
/// </summary>
public static class ItemLifecycle
{
    /// <summary>The state of a submission before any event.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="submission"/> is null.</exception>
    public static ItemState Initial(Submission submission) => new(Preconditions.CheckNotNull(submission));

    /// <summary>Folds a history, or throws at the first step that breaks a rule.</summary>
    /// <exception cref="ArgumentNullException">An argument or an event is null.</exception>
    /// <exception cref="LifecycleException">A step breaks a rule.</exception>
    public static ItemState Fold(Submission submission, IEnumerable<HandlingEvent> history) =>
        TryFold(submission, history, out var state, out var violation) ? state : throw new LifecycleException(violation);

    /// <summary>Folds a history; on failure returns false with the first broken rule.</summary>
    /// <exception cref="ArgumentNullException">An argument or an event is null.</exception>
    public static bool TryFold(
        Submission submission,
        IEnumerable<HandlingEvent> history,
        [NotNullWhen(true)] out ItemState? state,
        [NotNullWhen(false)] out LifecycleViolation? violation)
    {
        Preconditions.CheckNotNull(history);
        var current = Initial(submission);
        var index = 0;
        foreach (var step in history)
        {
            if (!TryApply(current, step, index, out var next, out violation))
            {
                state = null;
                return false;
            }

            current = next;
            index++;
        }

        state = current;
        violation = null;
        return true;
    }

    /// <summary>Applies one event to a state; on failure returns false and leaves <paramref name="state"/> unchanged.</summary>
    /// <param name="state">The state before the event.</param>
    /// <param name="step">The event.</param>
    /// <param name="next">The state after the event.</param>
    /// <param name="violation">The rule broken.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool TryApply(ItemState state, HandlingEvent step, [NotNullWhen(true)] out ItemState? next, [NotNullWhen(false)] out LifecycleViolation? violation) =>
        TryApply(Preconditions.CheckNotNull(state), step, state.EventCount, out next, out violation);

    private static bool TryApply(ItemState state, HandlingEvent step, int index, [NotNullWhen(true)] out ItemState? next, [NotNullWhen(false)] out LifecycleViolation? violation)
    {
        ArgumentNullException.ThrowIfNull(step);
        var broken = Check(state, step);
        if (broken is { } rule)
        {
            next = null;
            violation = new LifecycleViolation(rule.Rule, index, step, Describe(state, step, index, rule));
            return false;
        }

        next = Transition(state, step) with { LastEventOn = step.Date, EventCount = state.EventCount + 1 };
        violation = null;
        return true;
    }

    private static string Describe(ItemState state, HandlingEvent step, int index, (LifecycleRule Rule, string Why) broken) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"Item {state.Submission.Id}: event #{index} {step.ChineseName} ({step.GetType().Name}) on {LocalDatePattern.Iso.Format(step.Date)} breaks rule {broken.Rule} ({DisplayNames.Chinese(broken.Rule)}): {broken.Why}");

    private static (LifecycleRule Rule, string Why)? Check(ItemState state, HandlingEvent step)
    {
        if (state.LastEventOn is { } last && step.Date < last)
        {
            return (LifecycleRule.EventsOutOfOrder, $"it is dated before the previous event ({LocalDatePattern.Iso.Format(last)}).");
        }

        if (state.Phase == HandlingPhase.NotAssigned && step is not Assigned)
        {
            return (LifecycleRule.NotAssigned, "the item has not been assigned (交办) yet.");
        }

        if (state.Phase == HandlingPhase.Closed)
        {
            return step is FollowedUp or Communicated or Supervised
                ? CheckAny(state, step)
                : (LifecycleRule.AlreadyClosed, $"the item was closed (办结) on {LocalDatePattern.Iso.Format(state.ClosedOn!.Value)}.");
        }

        if (state.Phase == HandlingPhase.ReturnRequested && step is Replied or Extended or Closed)
        {
            return (LifecycleRule.ReturnPending, "a return request (退回申请) is pending; it must be decided (同意/不同意退回) first.");
        }

        if (state.Phase == HandlingPhase.AwaitingReassignment && step is not (Assigned or Communicated or Supervised))
        {
            return (LifecycleRule.AwaitingReassignment, "the return was approved; the item must be reassigned (重新交办) first.");
        }

        return CheckAny(state, step);
    }

    private static (LifecycleRule Rule, string Why)? CheckAny(ItemState state, HandlingEvent step)
    {
        var round = state.CurrentRound;
        var assignment = state.Assignment;
        switch (step)
        {
            case Assigned when state.Phase is not (HandlingPhase.NotAssigned or HandlingPhase.AwaitingReassignment):
                return (LifecycleRule.AlreadyAssigned, "the item is already assigned; reassignment needs an approved return (同意退回).");
            case Received received:
                if (!IsAssigned(assignment, received.Unit))
                {
                    return NotAssignedUnit(received.Unit);
                }

                return state.ReceivedBy.Contains(received.Unit)
                    ? (LifecycleRule.AlreadyReceived, $"{received.Unit.Name} already signed (签收) for this assignment.")
                    : null;
            case ReturnRequested request:
                if (!IsAssigned(assignment, request.Unit))
                {
                    return NotAssignedUnit(request.Unit);
                }

                if (round is { Replies.IsEmpty: false } || state.Rounds.Count > 1)
                {
                    return (LifecycleRule.ReturnAfterReply, "a unit cannot return an item it has replied to.");
                }

                return state.Phase == HandlingPhase.ReturnRequested
                    ? (LifecycleRule.ReturnAlreadyRequested, "a return request is already pending.")
                    : null;
            case ReturnDecided when state.Phase != HandlingPhase.ReturnRequested:
                return (LifecycleRule.NoReturnRequested, "no return request (退回申请) is pending.");
            case CoHandlingOpinionSent opinion:
                return assignment!.Assignments.Any(a => a.Unit == opinion.Unit && a.Role == AssignmentRole.CoHandling)
                    ? null
                    : (LifecycleRule.NotCoHandlingUnit, $"{opinion.Unit.Name} is not a co-handling (会办) unit of the item.");
            case Communicated { Unit: { } unit } when !IsAssigned(assignment, unit):
                return NotAssignedUnit(unit);
            case Extended extension:
                if (round is { IsReplied: true })
                {
                    return (LifecycleRule.ExtensionAfterReply, "the round has already been replied to (答复).");
                }

                return extension.ExtendedTo <= extension.Date
                    ? (LifecycleRule.ExtensionNotAfterDate, $"the extension date {LocalDatePattern.Iso.Format(extension.ExtendedTo)} is not after the approval date.")
                    : null;
            case Replied reply:
                return CheckReply(assignment!, round!, reply);
            case FeedbackReceived when round is not { IsReplied: true }:
                return (LifecycleRule.FeedbackWithoutReply, "the round has no reply (答复) yet.");
            case FeedbackReceived when round!.Feedback is not null:
                return (LifecycleRule.AlreadyFeedback, "the round's satisfaction form (反馈) is already recorded.");
            case RehandlingStarted when round?.Satisfaction != SatisfactionLevel.Unsatisfied:
                return (LifecycleRule.RehandlingWithoutDissatisfaction, $"re-handling (重新办理) needs an unsatisfied (不满意) feedback in the current round, not {(round?.Satisfaction is { } s ? DisplayNames.Chinese(s) : "none")}.");
            case FollowedUp when !state.Promises.Any():
                return (LifecycleRule.FollowUpWithoutPromise, "no reply made a promise (planned completion date) to follow up.");
            case Closed when round is not { IsReplied: true }:
                return (LifecycleRule.CloseWithoutReply, "the item cannot be closed (办结) before its reply (答复).");
            default:
                return null;
        }
    }

    private static (LifecycleRule Rule, string Why)? CheckReply(Assigned assignment, HandlingRound round, Replied reply)
    {
        if (assignment.IsSeparateHandling)
        {
            if (reply.Unit is null || !IsAssigned(assignment, reply.Unit))
            {
                return (LifecycleRule.ReplyFromNonReplyingUnit, $"under separate handling (分办) a reply must name one of the assigned units, not {reply.Unit?.Name ?? "none"}.");
            }
        }
        else if (reply.Unit is not null && reply.Unit != assignment.LeadUnit)
        {
            return (LifecycleRule.ReplyFromNonReplyingUnit, $"only the lead unit (主办) {assignment.LeadUnit!.Name} replies, not {reply.Unit.Name}.");
        }

        var replier = reply.Unit ?? assignment.LeadUnit;
        return round.Replies.Any(r => (r.Unit ?? assignment.LeadUnit) == replier)
            ? (LifecycleRule.AlreadyReplied, $"{replier!.Name} already replied (答复) in round {round.Number}.")
            : null;
    }

    private static bool IsAssigned(Assigned? assignment, HandlingUnit unit) =>
        assignment is not null && assignment.Assignments.Any(a => a.Unit == unit);

    private static (LifecycleRule Rule, string Why) NotAssignedUnit(HandlingUnit unit) =>
        (LifecycleRule.UnitNotAssigned, $"{unit.Name} is not assigned to the item.");

    private static ItemState Transition(ItemState state, HandlingEvent step)
    {
        switch (step)
        {
            case Assigned assigned:
                return state with
                {
                    Phase = HandlingPhase.Handling,
                    Assignment = assigned,
                    FirstAssignedOn = state.FirstAssignedOn ?? assigned.Date,
                    AssignmentCount = state.AssignmentCount + 1,
                    IsComplex = assigned.IsComplex,
                    Extension = null,
                    Extensions = EquatableArray<Extended>.Empty,
                    ReceivedBy = EquatableArray<HandlingUnit>.Empty,
                    Receipts = EquatableArray<Received>.Empty,
                    CoHandlingOpinions = EquatableArray<CoHandlingOpinionSent>.Empty,
                    Rounds = ImmutableArray.Create(new HandlingRound(1, assigned.Date, EquatableArray<Replied>.Empty, null, null, null)),
                };
            case Received received:
                return state with { ReceivedBy = state.ReceivedBy.Add(received.Unit), Receipts = state.Receipts.Add(received) };
            case ReturnRequested request:
                return state with { Phase = HandlingPhase.ReturnRequested, ReturnRequests = state.ReturnRequests.Add(request) };
            case ReturnDecided decision:
                return state with { Phase = decision.Approved ? HandlingPhase.AwaitingReassignment : HandlingPhase.Handling };
            case CoHandlingOpinionSent opinion:
                return state with { CoHandlingOpinions = state.CoHandlingOpinions.Add(opinion) };
            case Communicated communication:
                return state with { Communications = state.Communications.Add(communication) };
            case Extended extension:
                return state with { Extension = extension, Extensions = state.Extensions.Add(extension) };
            case ComplexityDesignated designation:
                return state with { IsComplex = designation.IsComplex };
            case Supervised supervision:
                return state with { Supervisions = state.Supervisions.Add(supervision) };
            case FollowedUp followUp:
                return state with { FollowUps = state.FollowUps.Add(followUp) };
            case Closed closed:
                return state with { Phase = HandlingPhase.Closed, ClosedOn = closed.Date };
            case Replied reply:
                return ApplyReply(state, reply);
            case FeedbackReceived feedback:
                return ReplaceRound(state, state.CurrentRound! with { Feedback = feedback }) with { Phase = HandlingPhase.FeedbackReceived };
            case RehandlingStarted rehandling:
                return state with
                {
                    Phase = HandlingPhase.Handling,
                    Rounds = state.Rounds.Add(new HandlingRound(state.Rounds.Count + 1, rehandling.Date, EquatableArray<Replied>.Empty, null, null, null)),
                };
            default:
                throw new ArgumentException($"Unknown handling event type {step.GetType().Name}.", nameof(step));
        }
    }

    private static ItemState ApplyReply(ItemState state, Replied reply)
    {
        var round = state.CurrentRound!;
        var replies = round.Replies.Add(reply);
        var assignment = state.Assignment!;
        var complete = !assignment.IsSeparateHandling || replies.Count == assignment.Assignments.Count;
        var updated = round with
        {
            Replies = replies,
            RepliedOn = complete ? reply.Date : null,
            Category = complete ? reply.Category : null,
        };
        return ReplaceRound(state, updated) with { Phase = complete ? HandlingPhase.Replied : state.Phase };
    }

    private static ItemState ReplaceRound(ItemState state, HandlingRound round) =>
        state with { Rounds = state.Rounds.AsImmutableArray().SetItem(state.Rounds.Count - 1, round) };
}
