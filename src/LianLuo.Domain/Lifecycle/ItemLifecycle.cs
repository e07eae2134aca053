using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.InteropServices;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Domain.Lifecycle;

/// <summary>A broken lifecycle rule: which rule, at which event, and why. Immutable and thread-safe.</summary>
/// <param name="Rule">The rule broken.</param>
/// <param name="EventIndex">The zero-based index of the offending event in the history.</param>
/// <param name="Event">The offending event.</param>
/// <param name="Message">A message naming the event, its date and the rule.</param>
public sealed record LifecycleViolation(LifecycleRule Rule, int EventIndex, HandlingEvent Event, string Message) : IProblem
{
    /// <summary><c>lifecycle.</c> and the rule, e.g. <c>lifecycle.EventsOutOfOrder</c>.</summary>
    string IProblem.Code => "lifecycle." + Rule.ToString();

    /// <summary>The event's place in the history, <c>events[N]</c> (zero-based, as in the item-history document).</summary>
    string IProblem.Location => string.Create(CultureInfo.InvariantCulture, $"events[{EventIndex}]");

    /// <summary>The event's Chinese name and date, e.g. <c>答复 2025-03-01</c>.</summary>
    string? IProblem.Value => Event is null ? null : $"{Event.ChineseName} {LocalDatePattern.Iso.Format(Event.Date)}";

    /// <summary>Why the event breaks the rule, as a clause without the item and the event (the end of <see cref="Message"/>).</summary>
    public string Reason { get; init; } = Message;

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
/// <example>
/// <code>
/// var proposal = new Submission(new ItemId("T2025-001"), SubmissionKind.Proposal, "关于完善社区养老服务的提案", 2025, new Member("李四", "民盟"));
/// HandlingEvent[] history =
/// [
///     new Replied(new LocalDate(2025, 3, 10), ResultCategory.A),
///     new Assigned(new LocalDate(2025, 3, 20), [new Assignment(new HandlingUnit("市民政局"), AssignmentRole.Lead)]),
/// ];
/// // A reply before the item was assigned (交办) is refused, naming the rule; nothing is folded.
/// if (!ItemLifecycle.TryFold(proposal, history, out ItemState? state, out LifecycleViolation? violation))
/// {
///     Console.WriteLine(violation.Rule); // NotAssigned
/// }
/// </code>
/// </example>
public static class ItemLifecycle
{
    /// <summary>The state of a submission before any event.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="submission"/> is null.</exception>
    public static ItemState Initial(Submission submission) => new(Preconditions.CheckNotNull(submission));

    /// <summary>Folds a history on <see cref="DeadlineEngine.Default"/>, or throws at the first step that breaks a rule.</summary>
    /// <exception cref="ArgumentNullException">An argument or an event is null.</exception>
    /// <exception cref="LifecycleException">A step breaks a rule.</exception>
    public static ItemState Fold(Submission submission, IEnumerable<HandlingEvent> history) => Fold(submission, history, DeadlineEngine.Default);

    /// <summary>
    /// Folds a history, or throws at the first step that breaks a rule. The rules that decide timeliness (extensions,
    /// 情况复杂, return windows) are judged on <paramref name="engine"/>'s calendar and policy.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument or an event is null.</exception>
    /// <exception cref="LifecycleException">A step breaks a rule.</exception>
    public static ItemState Fold(Submission submission, IEnumerable<HandlingEvent> history, DeadlineEngine engine) =>
        TryFold(submission, history, engine, out var state, out var violation) ? state : throw new LifecycleException(violation);

    /// <summary>Folds a history on <see cref="DeadlineEngine.Default"/>; on failure returns false with the first broken rule.</summary>
    /// <exception cref="ArgumentNullException">An argument or an event is null.</exception>
    public static bool TryFold(
        Submission submission,
        IEnumerable<HandlingEvent> history,
        [NotNullWhen(true)] out ItemState? state,
        [NotNullWhen(false)] out LifecycleViolation? violation) =>
        TryFold(submission, history, DeadlineEngine.Default, out state, out violation);

    /// <summary>
    /// Folds a history, judging the timeliness rules on <paramref name="engine"/>; on failure returns false with the first
    /// broken rule and no state (a refused history never leaves a partial state).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument or an event is null.</exception>
    public static bool TryFold(
        Submission submission,
        IEnumerable<HandlingEvent> history,
        DeadlineEngine engine,
        [NotNullWhen(true)] out ItemState? state,
        [NotNullWhen(false)] out LifecycleViolation? violation)
    {
        Preconditions.CheckNotNull(history);
        Preconditions.CheckNotNull(engine);
        if (history is EquatableArray<HandlingEvent> events)
        {
            return TryFoldEvents(submission, events, engine, out state, out violation);
        }

        // One state, private to this fold until it is returned, takes every event in place: the rules judge it exactly as
        // they judge the state a step-by-step TryApply would hold, without a copy of the whole record at every event.
        var current = Initial(submission);
        var index = 0;
        foreach (var step in history)
        {
            if (!TryStep(current, step, index++, engine, out violation))
            {
                state = null;
                return false;
            }
        }

        state = current;
        violation = null;
        return true;
    }

    /// <summary><see cref="TryFold(Submission, IEnumerable{HandlingEvent}, DeadlineEngine, out ItemState?, out LifecycleViolation?)"/> of an array, taken without boxing it.</summary>
    internal static bool TryFoldEvents(
        Submission submission,
        EquatableArray<HandlingEvent> events,
        DeadlineEngine engine,
        [NotNullWhen(true)] out ItemState? state,
        [NotNullWhen(false)] out LifecycleViolation? violation)
    {
        // As above: one state private to the fold, each event applied in place.
        var current = Initial(submission);
        var index = 0;
        foreach (var step in events)
        {
            if (!TryStep(current, step, index++, engine, out violation))
            {
                state = null;
                return false;
            }
        }

        state = current;
        violation = null;
        return true;
    }

    /// <summary>Applies one event to a state on <see cref="DeadlineEngine.Default"/>; on failure returns false and leaves <paramref name="state"/> unchanged.</summary>
    /// <param name="state">The state before the event.</param>
    /// <param name="step">The event.</param>
    /// <param name="next">The state after the event.</param>
    /// <param name="violation">The rule broken.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool TryApply(ItemState state, HandlingEvent step, [NotNullWhen(true)] out ItemState? next, [NotNullWhen(false)] out LifecycleViolation? violation) =>
        TryApply(Preconditions.CheckNotNull(state), step, state.EventCount, DeadlineEngine.Default, out next, out violation);

    /// <summary>Applies one event to a state, judging the timeliness rules on <paramref name="engine"/>; on failure returns false and leaves <paramref name="state"/> unchanged.</summary>
    /// <param name="state">The state before the event.</param>
    /// <param name="step">The event.</param>
    /// <param name="engine">The deadline engine whose calendar and policy judge extensions, 情况复杂 and return windows.</param>
    /// <param name="next">The state after the event.</param>
    /// <param name="violation">The rule broken.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool TryApply(ItemState state, HandlingEvent step, DeadlineEngine engine, [NotNullWhen(true)] out ItemState? next, [NotNullWhen(false)] out LifecycleViolation? violation) =>
        TryApply(Preconditions.CheckNotNull(state), step, state.EventCount, Preconditions.CheckNotNull(engine), out next, out violation);

    private static bool TryApply(ItemState state, HandlingEvent step, int index, DeadlineEngine engine, [NotNullWhen(true)] out ItemState? next, [NotNullWhen(false)] out LifecycleViolation? violation)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (Refusal(state, step, index, engine) is { } refused)
        {
            next = null;
            violation = refused;
            return false;
        }

        // The caller's state is never changed: the step goes to a copy.
        next = state with { };
        Apply(next, step, engine, ownsRounds: false);
        violation = null;
        return true;
    }

    /// <summary>Judges a step against a state private to a fold and, when no rule refuses it, applies it to that state in place.</summary>
    private static bool TryStep(ItemState state, HandlingEvent step, int index, DeadlineEngine engine, [NotNullWhen(false)] out LifecycleViolation? violation)
    {
        ArgumentNullException.ThrowIfNull(step);
        violation = Refusal(state, step, index, engine);
        if (violation is not null)
        {
            return false;
        }

        Apply(state, step, engine, ownsRounds: true);
        return true;
    }

    /// <summary>The violation of the first rule a step breaks, or null when every rule lets it through.</summary>
    private static LifecycleViolation? Refusal(ItemState state, HandlingEvent step, int index, DeadlineEngine engine) =>
        Check(state, step, engine) is { } rule
            ? new LifecycleViolation(rule.Rule, index, step, Describe(state, step, index, rule)) { Reason = rule.Why }
            : null;

    private static string Describe(ItemState state, HandlingEvent step, int index, (LifecycleRule Rule, string Why) broken) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"Item {state.Submission.Id}: event #{index} {step.ChineseName} ({step.GetType().Name}) on {LocalDatePattern.Iso.Format(step.Date)} breaks rule {broken.Rule} ({DisplayNames.Chinese(broken.Rule)}): {broken.Why}");

    private static (LifecycleRule Rule, string Why)? Check(ItemState state, HandlingEvent step, DeadlineEngine engine)
    {
        if (state.LastEventOn is { } last && step.Date < last)
        {
            return (LifecycleRule.EventsOutOfOrder, $"it is dated before the previous event ({Iso(last)}).");
        }

        if (state.Phase == HandlingPhase.NotAssigned && step is not Assigned)
        {
            return (LifecycleRule.NotAssigned, "the item has not been assigned (交办) yet.");
        }

        if (state.Phase == HandlingPhase.Closed)
        {
            return step is FollowedUp or Communicated or Supervised
                ? CheckAny(state, step, engine)
                : (LifecycleRule.AlreadyClosed, $"the item was closed (办结) on {Iso(state.ClosedOn!.Value)}.");
        }

        if (state.Phase == HandlingPhase.ReturnRequested && step is Replied or Extended or Closed)
        {
            return (LifecycleRule.ReturnPending, "a return request (退回申请) is pending; it must be decided (同意/不同意退回) first.");
        }

        if (state.Phase == HandlingPhase.AwaitingReassignment && step is not (Assigned or Communicated or Supervised))
        {
            return (LifecycleRule.AwaitingReassignment, "the return was approved; the item must be reassigned (重新交办) first.");
        }

        try
        {
            return CheckAny(state, step, engine);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            // A deadline beyond the range of dates: the step cannot be judged, so it is refused rather than taken unchecked.
            return (step is ComplexityDesignated ? LifecycleRule.ComplexityTooLate : step is ReturnRequested ? LifecycleRule.ReturnWindowPassed : LifecycleRule.ExtensionBeyondLimit,
                $"a deadline it depends on is out of the range of dates ({Internal.Preconditions.WordsOf(ex).TrimEnd('.')}).");
        }
    }

    private static (LifecycleRule Rule, string Why)? CheckAny(ItemState state, HandlingEvent step, DeadlineEngine engine)
    {
        var round = state.CurrentRound;
        var assignment = state.Assignment;
        switch (step)
        {
            case Assigned when state.Phase is not (HandlingPhase.NotAssigned or HandlingPhase.AwaitingReassignment):
                return (LifecycleRule.AlreadyAssigned, "the item is already assigned; reassignment needs an approved return (同意退回).");
            case Received received:
                if (!IsAssigned(state, received.Unit))
                {
                    return NotAssignedUnit(received.Unit);
                }

                return Holds(state.ReceivedBy, received.Unit)
                    ? (LifecycleRule.AlreadyReceived, $"{received.Unit.Name} already signed (签收) for this assignment.")
                    : null;
            case ReturnRequested request:
                return CheckReturnRequest(state, request, engine);
            case ReturnDecided decision:
                return PendingRequestFor(state, decision) is null
                    ? (LifecycleRule.NoReturnRequested, decision.Unit is { } u ? $"no return request (退回申请) of {u.Name} is pending." : "no return request (退回申请) is pending.")
                    : null;
            case CoHandlingOpinionSent opinion:
                return CheckOpinion(state, assignment, opinion);
            case Communicated { Unit: { } unit } when !IsAssigned(state, unit):
                return NotAssignedUnit(unit);
            case Extended extension:
                return CheckExtension(state, extension, engine);
            case ComplexityDesignated designation:
                return CheckComplexity(state, designation, engine);
            case Replied reply:
                return CheckReply(state, reply);
            case FeedbackReceived feedback:
                return CheckFeedback(state, feedback);
            case RehandlingStarted rehandling:
                return CheckRehandling(state, rehandling);
            case FollowedUp when !state.Promises.Any():
                return (LifecycleRule.FollowUpWithoutPromise, "no reply made a promise (planned completion date) to follow up.");
            case Closed when state.IsSeparateHandling && state.Parts.FirstOrDefault(p => !p.CurrentRound.IsReplied) is { } open:
                return (LifecycleRule.CloseWithoutReply, $"the item cannot be closed (办结) before every separate unit's reply (答复); {open.Unit.Name} has not replied.");
            case Closed when round is not { IsReplied: true }:
                return (LifecycleRule.CloseWithoutReply, "the item cannot be closed (办结) before its reply (答复).");
            default:
                return null;
        }
    }

    /// <summary>A co-handling opinion comes from a co-handling (会办) unit (apart from the switch above: its lambda would make a closure for every step).</summary>
    private static (LifecycleRule Rule, string Why)? CheckOpinion(ItemState state, Assigned? assignment, CoHandlingOpinionSent opinion) =>
        IsAssigned(state, opinion.Unit) && assignment!.Assignments.Any(a => a.Unit == opinion.Unit && a.Role == AssignmentRole.CoHandling)
            ? null
            : (LifecycleRule.NotCoHandlingUnit, $"{opinion.Unit.Name} is not a co-handling (会办) unit of the item.");

    private static (LifecycleRule Rule, string Why)? CheckReturnRequest(ItemState state, ReturnRequested request, DeadlineEngine engine)
    {
        if (!IsAssigned(state, request.Unit))
        {
            return NotAssignedUnit(request.Unit);
        }

        if (state.AllReplies.Any() || state.Rounds.Count > 1)
        {
            return (LifecycleRule.ReturnAfterReply, "a unit cannot return an item that has been replied to.");
        }

        if (state.PendingReturns.Any(r => r.Unit == request.Unit))
        {
            return (LifecycleRule.ReturnAlreadyRequested, $"a return request of {request.Unit.Name} is already pending.");
        }

        if (!engine.Policy.AllowLateReturnRequests && IsLateReturn(state, request, engine) is { } window)
        {
            return (LifecycleRule.ReturnWindowPassed, $"the return window (退回期限) of {request.Unit.Name} ended on {Iso(window)}; the policy accepts no later request.");
        }

        return null;
    }

    /// <summary>The end of the unit's return window when the request comes after it, otherwise null.</summary>
    private static LocalDate? IsLateReturn(ItemState state, ReturnRequested request, DeadlineEngine engine) =>
        engine.ReturnDeadline(state, request.Unit) is { } window && request.Date > window.Date ? window.Date : null;

    private static (LifecycleRule Rule, string Why)? CheckExtension(ItemState state, Extended extension, DeadlineEngine engine)
    {
        var round = state.CurrentRound!;
        if (round.IsReplied)
        {
            return (LifecycleRule.ExtensionAfterReply, "the round has already been replied to (答复).");
        }

        if (extension.ExtendedTo <= extension.Date)
        {
            return (LifecycleRule.ExtensionNotAfterDate, $"the extension date {Iso(extension.ExtendedTo)} is not after the approval date.");
        }

        var rehandling = state.Rounds.Count > 1;
        // The dates of the engine's deadlines, without their explanations (the rules need no more).
        var current = rehandling ? engine.RehandlingDeadlineDate(state) : engine.ReplyDeadlineDate(state);
        var what = rehandling ? "re-handling deadline (重新办理期限)" : "reply deadline (答复期限)";
        if (current is { } deadline)
        {
            if (extension.Date > deadline)
            {
                return (LifecycleRule.ExtensionAfterDeadline, $"it is approved after the {what} {Iso(deadline)} it would extend had passed.");
            }

            if (extension.ExtendedTo <= deadline)
            {
                return (LifecycleRule.ExtensionNotAfterDeadline, $"the new date {Iso(extension.ExtendedTo)} is not after the {what} {Iso(deadline)}; an extension never shortens a deadline.");
            }
        }

        if (!rehandling && !engine.Policy.AllowExtensionBeyondLimit && engine.ExtensionLimitDate(state) is { } limit
            && engine.Calendar.NextWorkingDayOnOrAfter(extension.ExtendedTo) > limit)
        {
            return (LifecycleRule.ExtensionBeyondLimit, $"the new date {Iso(extension.ExtendedTo)} is beyond the extension limit (最长办理期限) {Iso(limit)}.");
        }

        return null;
    }

    private static (LifecycleRule Rule, string Why)? CheckComplexity(ItemState state, ComplexityDesignated designation, DeadlineEngine engine)
    {
        if (state.AllReplies.Any() || state.Rounds.Count > 1)
        {
            return (LifecycleRule.ComplexityTooLate, "情况复杂 must be decided before any reply (答复).");
        }

        return engine.RegularReplyDeadline(state) is { } regular && designation.Date > regular.Date
            ? (LifecycleRule.ComplexityTooLate, $"情况复杂 must be decided no later than the regular reply deadline {Iso(regular.Date)}.")
            : null;
    }

    private static (LifecycleRule Rule, string Why)? CheckReply(ItemState state, Replied reply)
    {
        var assignment = state.Assignment!;
        if (assignment.IsSeparateHandling)
        {
            if (reply.Unit is null || !IsAssigned(state, reply.Unit))
            {
                return (LifecycleRule.ReplyFromNonReplyingUnit, $"under separate handling (分办) a reply must name one of the assigned units, not {reply.Unit?.Name ?? "none"}.");
            }

            var part = state.PartOf(reply.Unit)!;
            return part.CurrentRound.IsReplied
                ? (LifecycleRule.AlreadyReplied, $"{reply.Unit.Name} already replied (答复) in round {part.CurrentRound.Number} of its part.")
                : null;
        }

        if (reply.Unit is not null && reply.Unit != assignment.LeadUnit)
        {
            return (LifecycleRule.ReplyFromNonReplyingUnit, $"only the lead unit (主办) {assignment.LeadUnit!.Name} replies, not {reply.Unit.Name}.");
        }

        var round = state.CurrentRound!;
        return round.IsReplied
            ? (LifecycleRule.AlreadyReplied, $"{assignment.LeadUnit!.Name} already replied (答复) in round {round.Number}.")
            : null;
    }

    private static (LifecycleRule Rule, string Why)? CheckFeedback(ItemState state, FeedbackReceived feedback)
    {
        if (!TryRoundFor(state, feedback.Unit, "a feedback (反馈)", out var round, out var problem))
        {
            return problem;
        }

        if (!round.IsReplied)
        {
            return (LifecycleRule.FeedbackWithoutReply, feedback.Unit is { } u && state.IsSeparateHandling ? $"{u.Name} has not replied (答复) in its current round." : "the round has no reply (答复) yet.");
        }

        return round.Feedback is not null
            ? (LifecycleRule.AlreadyFeedback, "the round's satisfaction form (反馈) is already recorded.")
            : null;
    }

    private static (LifecycleRule Rule, string Why)? CheckRehandling(ItemState state, RehandlingStarted rehandling)
    {
        if (!TryRoundFor(state, rehandling.Unit, "a re-handling (重新办理)", out var round, out var problem))
        {
            return problem;
        }

        return round.Satisfaction != SatisfactionLevel.Unsatisfied
            ? (LifecycleRule.RehandlingWithoutDissatisfaction, $"re-handling (重新办理) needs an unsatisfied (不满意) feedback in the current round, not {(round.Satisfaction is { } s ? DisplayNames.Chinese(s) : "none")}.")
            : null;
    }

    /// <summary>The round a feedback or re-handling concerns: the item's current round, or under 分办 the named unit's.</summary>
    private static bool TryRoundFor(ItemState state, HandlingUnit? unit, string what, [NotNullWhen(true)] out HandlingRound? round, out (LifecycleRule Rule, string Why)? problem)
    {
        problem = null;
        if (!state.IsSeparateHandling)
        {
            if (unit is not null && unit != state.Assignment!.LeadUnit)
            {
                round = null;
                problem = (LifecycleRule.ReplyFromNonReplyingUnit, $"{what} rates the lead unit's (主办) reply; {unit.Name} is not the lead unit {state.Assignment!.LeadUnit!.Name}.");
                return false;
            }

            round = state.CurrentRound!;
            return true;
        }

        if (unit is null || state.PartOf(unit) is not { } part)
        {
            round = null;
            problem = (LifecycleRule.SeparateUnitNotNamed, $"under separate handling (分办) {what} must name one of the separate units ({string.Join("、", state.Parts.Select(p => p.Unit.Name))}), not {unit?.Name ?? "none"}.");
            return false;
        }

        round = part.CurrentRound;
        return true;
    }

    private static ReturnRequested? PendingRequestFor(ItemState state, ReturnDecided decision)
    {
        if (decision.Unit is { } unit)
        {
            return state.PendingReturns.FirstOrDefault(r => r.Unit == unit);
        }

        if (state.PendingReturns.Count == 1)
        {
            return state.PendingReturns[0];
        }

        var replying = state.ReplyingUnits.ToHashSet();
        return state.PendingReturns.FirstOrDefault(r => replying.Contains(r.Unit));
    }

    // Loops rather than LINQ: these run for every 签收 and 沟通 of every ledger row.
    private static bool IsAssigned(ItemState state, HandlingUnit unit)
    {
        if (state.Assignment is not { } assignment)
        {
            return false;
        }

        foreach (var a in assignment.Assignments)
        {
            if (a.Unit == unit)
            {
                return !Holds(state.ReleasedUnits, unit);
            }
        }

        return false;
    }

    private static bool Holds(EquatableArray<HandlingUnit> units, HandlingUnit unit)
    {
        foreach (var u in units)
        {
            if (u == unit)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsReplyingUnit(ItemState state, HandlingUnit unit) =>
        state.Assignment!.Assignments.Any(a => a.Unit == unit && a.Role != AssignmentRole.CoHandling);

    private static (LifecycleRule Rule, string Why) NotAssignedUnit(HandlingUnit unit) =>
        (LifecycleRule.UnitNotAssigned, $"{unit.Name} is not assigned to the item.");

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static HandlingRound NewRound(int number, LocalDate startedOn) => new(number, startedOn, EquatableArray<Replied>.Empty, null, null, null);

    /// <summary>
    /// Applies a step that no rule refuses to <paramref name="state"/> in place. Only ever called on a state that no one else
    /// holds (the fold's own, or TryApply's copy), so every <see cref="ItemState"/> handed out stays immutable. Anything that
    /// can throw (the late-return window) is computed before the first change. <paramref name="ownsRounds"/>: whether the
    /// state's array of rounds is its own (a fold's state, whose arrays it made itself), so that the current round may be
    /// replaced in place; TryApply's copy shares the caller's arrays, so a new array is made.
    /// </summary>
    private static void Apply(ItemState state, HandlingEvent step, DeadlineEngine engine, bool ownsRounds)
    {
        switch (step)
        {
            case Assigned assigned:
                state.Phase = HandlingPhase.Handling;
                state.Assignment = assigned;
                state.FirstAssignedOn ??= assigned.Date;
                state.AssignmentCount++;
                state.IsComplex = assigned.IsComplex;
                state.Extension = null;
                state.Extensions = EquatableArray<Extended>.Empty;
                state.ReceivedBy = EquatableArray<HandlingUnit>.Empty;
                state.Receipts = EquatableArray<Received>.Empty;
                state.CoHandlingOpinions = EquatableArray<CoHandlingOpinionSent>.Empty;
                state.PendingReturns = EquatableArray<ReturnRequested>.Empty;
                state.ReleasedUnits = EquatableArray<HandlingUnit>.Empty;
                state.Rounds = ImmutableArray.Create(NewRound(1, assigned.Date));
                state.Parts = assigned.IsSeparateHandling ? SeparateParts(assigned) : EquatableArray<HandlingPart>.Empty;
                break;
            case Received received:
                state.ReceivedBy = state.ReceivedBy.Add(received.Unit);
                state.Receipts = state.Receipts.Add(received);
                break;
            case ReturnRequested request:
                var late = IsLateReturn(state, request, engine) is not null;
                if (IsReplyingUnit(state, request.Unit))
                {
                    state.Phase = HandlingPhase.ReturnRequested;
                }

                state.ReturnRequests = state.ReturnRequests.Add(request);
                state.PendingReturns = state.PendingReturns.Add(request);
                if (late)
                {
                    state.LateReturnRequests = state.LateReturnRequests.Add(request);
                }

                break;
            case ReturnDecided decision:
                Decide(state, decision);
                break;
            case CoHandlingOpinionSent opinion:
                state.CoHandlingOpinions = state.CoHandlingOpinions.Add(opinion);
                break;
            case Communicated communication:
                state.Communications = state.Communications.Add(communication);
                break;
            case Extended extension:
                ApplyExtension(state, extension, ownsRounds);
                break;
            case ComplexityDesignated designation:
                state.IsComplex = designation.IsComplex;
                break;
            case Supervised supervision:
                state.Supervisions = state.Supervisions.Add(supervision);
                break;
            case FollowedUp followUp:
                state.FollowUps = state.FollowUps.Add(followUp);
                break;
            case Closed closed:
                state.Phase = HandlingPhase.Closed;
                state.ClosedOn = closed.Date;
                break;
            case Replied reply:
                if (state.IsSeparateHandling)
                {
                    ApplySeparateReply(state, reply);
                }
                else
                {
                    ApplyReply(state, reply, ownsRounds);
                }

                break;
            case FeedbackReceived feedback:
                ApplyFeedback(state, feedback, ownsRounds);
                break;
            case RehandlingStarted rehandling:
                if (state.IsSeparateHandling)
                {
                    var part = state.PartOf(rehandling.Unit!)!;
                    var reopened = part with { Rounds = part.Rounds.Add(NewRound(part.Rounds.Count + 1, rehandling.Date)) };
                    state.Parts = ReplacePart(state, reopened);
                    SeparatePhase(state);
                }
                else
                {
                    state.Phase = HandlingPhase.Handling;
                    state.Rounds = state.Rounds.Add(NewRound(state.Rounds.Count + 1, rehandling.Date));
                }

                break;
            default:
                throw new ArgumentException($"Unknown handling event type {step.GetType().Name}.", nameof(step));
        }

        state.LastEventOn = step.Date;
        state.EventCount++;
    }

    // The steps whose changes take a lambda are applied apart: a lambda capturing a variable of the switch above would have
    // its closure made for every step that enters the switch, whatever its type (some 60 bytes per event of every fold).

    /// <summary>The parts of a separate-handling (分办) assignment: one per unit, each with its first round.</summary>
    private static EquatableArray<HandlingPart> SeparateParts(Assigned assigned) =>
        new(assigned.Assignments.Select(a => new HandlingPart(a.Unit, ImmutableArray.Create(NewRound(1, assigned.Date)))));

    private static void ApplyExtension(ItemState state, Extended extension, bool ownsRounds)
    {
        // The extension belongs to the round it was approved in (never placed by date, which same-day events make ambiguous).
        SetCurrentRound(state, state.CurrentRound! with { Extension = extension }, ownsRounds);
        state.Extension = extension;
        state.Extensions = state.Extensions.Add(extension);
        if (state.IsSeparateHandling)
        {
            state.Parts = ExtendedParts(state, extension);
        }
    }

    private static EquatableArray<HandlingPart> ExtendedParts(ItemState state, Extended extension) =>
        new(state.Parts.Select(p => p.CurrentRound.IsReplied
            ? p
            : p with { Rounds = p.Rounds.AsImmutableArray().SetItem(p.Rounds.Count - 1, p.CurrentRound with { Extension = extension }) }));

    private static void ApplyFeedback(ItemState state, FeedbackReceived feedback, bool ownsRounds)
    {
        if (state.IsSeparateHandling)
        {
            ApplySeparateFeedback(state, feedback);
        }
        else
        {
            SetCurrentRound(state, state.CurrentRound! with { Feedback = feedback }, ownsRounds);
            state.Phase = HandlingPhase.FeedbackReceived;
        }
    }

    private static void ApplySeparateFeedback(ItemState state, FeedbackReceived feedback) =>
        WithPart(state, feedback.Unit!, r => r with { Feedback = feedback });

    private static void Decide(ItemState state, ReturnDecided decision)
    {
        var request = PendingRequestFor(state, decision)!;
        var pending = new EquatableArray<ReturnRequested>(state.PendingReturns.Where(r => !ReferenceEquals(r, request)));
        state.PendingReturns = pending;
        if (!IsReplyingUnit(state, request.Unit))
        {
            // A co-handling (会办) unit's return concerns that unit alone.
            if (decision.Approved)
            {
                state.ReleasedUnits = state.ReleasedUnits.Add(request.Unit);
            }

            return;
        }

        var stillPending = pending.Any(r => IsReplyingUnit(state, r.Unit));
        state.Phase = decision.Approved ? HandlingPhase.AwaitingReassignment : stillPending ? HandlingPhase.ReturnRequested : HandlingPhase.Handling;
    }

    private static void ApplyReply(ItemState state, Replied reply, bool ownsRounds)
    {
        var round = state.CurrentRound!;
        SetCurrentRound(state, round with { Replies = round.Replies.Add(reply), RepliedOn = reply.Date, Category = reply.Category }, ownsRounds);
        state.Phase = HandlingPhase.Replied;
    }

    private static void ApplySeparateReply(ItemState state, Replied reply)
    {
        var firstOfPart = state.PartOf(reply.Unit!)!.Rounds.Count == 1;
        WithPart(state, reply.Unit!, r => r with { Replies = r.Replies.Add(reply), RepliedOn = reply.Date, Category = reply.Category });
        var combined = state.Rounds[0];
        if (firstOfPart)
        {
            // The item-level round: the units' first replies; replied when every unit has replied.
            var replies = combined.Replies.Add(reply);
            var complete = state.Parts.All(p => p.Rounds[0].IsReplied);
            combined = combined with { Replies = replies, RepliedOn = complete ? reply.Date : null };
        }

        state.Rounds = ImmutableArray.Create(combined);
        SeparatePhase(state);
    }

    private static void WithPart(ItemState state, HandlingUnit unit, Func<HandlingRound, HandlingRound> change)
    {
        var part = state.PartOf(unit)!;
        var rounds = part.Rounds.AsImmutableArray();
        var updated = part with { Rounds = rounds.SetItem(rounds.Length - 1, change(rounds[^1])) };
        state.Parts = ReplacePart(state, updated);
        SeparatePhase(state);
    }

    private static EquatableArray<HandlingPart> ReplacePart(ItemState state, HandlingPart part) =>
        new(state.Parts.Select(p => p.Unit == part.Unit ? part : p));

    /// <summary>Under 分办 the item is replied when every unit's current round is, and has its feedback when every unit's has.</summary>
    private static void SeparatePhase(ItemState state) =>
        state.Phase = state.Parts.Any(p => !p.CurrentRound.IsReplied) ? HandlingPhase.Handling
            : state.Parts.All(p => p.CurrentRound.Feedback is not null) ? HandlingPhase.FeedbackReceived
            : HandlingPhase.Replied;

    /// <summary>Replaces the current (last) round: in place when the state owns its array of rounds, else in a new array.</summary>
    private static void SetCurrentRound(ItemState state, HandlingRound round, bool ownsRounds)
    {
        var rounds = state.Rounds.AsImmutableArray();
        if (ownsRounds)
        {
            ImmutableCollectionsMarshal.AsArray(rounds)![^1] = round;
        }
        else
        {
            state.Rounds = rounds.SetItem(rounds.Length - 1, round);
        }
    }
}
