using System.Globalization;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Domain.Classification;

/// <summary>The rules attached to result categories that a reply can break.</summary>
public enum ClassificationRule
{
    /// <summary>The reply's category is not in the scheme.</summary>
    UnknownCategory = 1,

    /// <summary>A reply in a category that requires a reason (C, D) gives none.</summary>
    ReasonMissing = 2,

    /// <summary>A reply in a planned category (B) gives no planned completion date.</summary>
    PlannedCompletionMissing = 3,

    /// <summary>A reply in a planned category gives a planned completion date that is not after the reply.</summary>
    PlannedCompletionNotAfterReply = 4,
}

/// <summary>A reply that breaks a category rule. Immutable and thread-safe, with value equality.</summary>
/// <param name="Rule">The rule broken.</param>
/// <param name="ItemId">The item (编号).</param>
/// <param name="Round">The round of the reply (1 for the first handling, 2 and more for re-handling).</param>
/// <param name="Reply">The offending reply.</param>
/// <param name="Message">A message naming the item, the reply, its category and the rule.</param>
public sealed record ClassificationViolation(ClassificationRule Rule, ItemId ItemId, int Round, Replied Reply, string Message) : IProblem
{
    /// <summary><c>classification.</c> and the rule, e.g. <c>classification.ReasonMissing</c>.</summary>
    string IProblem.Code => "classification." + Rule.ToString();

    /// <summary>The item and the round, e.g. <c>2025-001, round 2</c>.</summary>
    string IProblem.Location => string.Create(CultureInfo.InvariantCulture, $"{ItemId}, round {Round}");

    /// <summary>The reply's category code, or null when the reply has none.</summary>
    string? IProblem.Value => Reply.Category?.ToString();

    /// <inheritdoc/>
    public override string ToString() => Message;
}

/// <summary>The outcome of checking every reply of one item. Immutable and thread-safe, with value equality.</summary>
/// <param name="ItemId">The item (编号).</param>
/// <param name="Violations">Every violation, in reply order; empty when the item keeps every rule.</param>
public sealed record ClassificationCheck(ItemId ItemId, EquatableArray<ClassificationViolation> Violations)
{
    /// <summary>Whether every reply keeps every rule.</summary>
    public bool IsValid => Violations.IsEmpty;
}

/// <summary>
/// Thrown by <see cref="ReplyRules.EnsureValid(ItemState)"/> when replies break category rules; <see cref="Failures"/> holds the
/// same data as <see cref="ReplyRules.Check(ItemState)"/>. Its members do not change after construction.
/// </summary>
public sealed class ClassificationException : Exception
{
    /// <summary>Creates the exception for the failed checks (each with at least one violation).</summary>
    /// <param name="failures">The failed checks.</param>
    public ClassificationException(IEnumerable<ClassificationCheck> failures)
        : this(new EquatableArray<ClassificationCheck>(Preconditions.CheckNotNull(failures)))
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ClassificationException(string message)
        : base(message) => Failures = EquatableArray<ClassificationCheck>.Empty;

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The inner exception.</param>
    public ClassificationException(string message, Exception innerException)
        : base(message, innerException) => Failures = EquatableArray<ClassificationCheck>.Empty;

    /// <summary>Creates the exception with no message.</summary>
    public ClassificationException() => Failures = EquatableArray<ClassificationCheck>.Empty;

    private ClassificationException(EquatableArray<ClassificationCheck> failures)
        : base(Describe(failures)) => Failures = failures;

    /// <summary>The failed checks, one per item.</summary>
    public EquatableArray<ClassificationCheck> Failures { get; }

    private static string Describe(EquatableArray<ClassificationCheck> failures)
    {
        var violations = failures.SelectMany(f => f.Violations).ToList();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{violations.Count} reply rule violation(s) in {failures.Count} item(s): {string.Join(" ", violations.Select(v => v.Message))}");
    }
}

/// <summary>
/// The rules a scheme attaches to its categories, checked on every reply of an item (all rounds, every replying
/// unit): a category that requires a reason needs <see cref="Replied.Reason"/>; a planned category needs a
/// <see cref="Replied.PlannedCompletion"/> after the reply and opens a follow-up (回头看) obligation; a category
/// the scheme does not know is itself a violation. Immutable and thread-safe.
/// </summary>
public sealed class ReplyRules
{
    /// <summary>Creates the rules of a scheme.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is null.</exception>
    public ReplyRules(ClassificationScheme scheme) => Scheme = Preconditions.CheckNotNull(scheme);

    /// <summary>The rules of <see cref="ClassificationScheme.Default"/>.</summary>
    public static ReplyRules Default { get; } = new(ClassificationScheme.Default);

    /// <summary>The scheme.</summary>
    public ClassificationScheme Scheme { get; }

    /// <summary>Checks every reply of an item and returns every violation.</summary>
    /// <param name="state">The item's state.</param>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public ClassificationCheck Check(ItemState state)
    {
        Preconditions.CheckNotNull(state);
        var violations = new List<ClassificationViolation>();
        var rounds = state.IsSeparateHandling ? state.Parts.SelectMany(p => p.Rounds) : state.Rounds;
        foreach (var round in rounds)
        {
            // A reply without a category (a 议案, or a re-handled reply that leaves the earlier result standing) has no category rule to break.
            foreach (var reply in round.Replies.Where(r => r.Category is not null))
            {
                violations.AddRange(Check(state.Submission.Id, round.Number, reply));
            }
        }

        return new ClassificationCheck(state.Submission.Id, new EquatableArray<ClassificationViolation>(violations));
    }

    /// <summary>
    /// Whether a reply of the item breaks a category rule: <c>!Check(state).IsValid</c>, decided without building the
    /// violations and their messages (the assessment asks it of every item).
    /// </summary>
    internal bool HasNonStandardReply(ItemState state)
    {
        if (state.IsSeparateHandling)
        {
            foreach (var part in state.Parts)
            {
                if (AnyBreaks(part.Rounds))
                {
                    return true;
                }
            }

            return false;
        }

        return AnyBreaks(state.Rounds);
    }

    private bool AnyBreaks(EquatableArray<HandlingRound> rounds)
    {
        foreach (var round in rounds)
        {
            foreach (var reply in round.Replies)
            {
                if (reply.Category is { } code && Breaks(code, reply))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a reply with a category breaks a rule of <see cref="Check(ItemId, int, Replied)"/>.</summary>
    private bool Breaks(ResultCategory code, Replied reply) =>
        !Scheme.TryGet(code, out var category)
        || (category.RequiresReason && reply.Reason is null)
        || (category.CountsAsPlanned && (reply.PlannedCompletion is not { } planned || planned <= reply.Date));

    /// <summary>Checks every item; one result per item, in order.</summary>
    /// <param name="states">The items' states.</param>
    /// <exception cref="ArgumentNullException"><paramref name="states"/> or an element is null.</exception>
    public IReadOnlyList<ClassificationCheck> Check(IEnumerable<ItemState> states) =>
        [.. Preconditions.CheckNotNull(states).Select(Check)];

    /// <summary>Checks an item and throws when a reply breaks a rule.</summary>
    /// <param name="state">The item's state.</param>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ClassificationException">A reply breaks a rule; the exception lists every violation.</exception>
    public void EnsureValid(ItemState state) => EnsureValid([state]);

    /// <summary>Checks items and throws when any reply of any of them breaks a rule.</summary>
    /// <param name="states">The items' states.</param>
    /// <exception cref="ArgumentNullException"><paramref name="states"/> or an element is null.</exception>
    /// <exception cref="ClassificationException">A reply breaks a rule; the exception lists every violation of every item.</exception>
    public void EnsureValid(IEnumerable<ItemState> states)
    {
        var failures = Check(states).Where(c => !c.IsValid).ToList();
        if (failures.Count > 0)
        {
            throw new ClassificationException(failures);
        }
    }

    /// <summary>
    /// The follow-up (回头看) obligations of an item: one for each reply in a planned category among the item's
    /// standing replies — those of its latest round with a reply, since re-handling supersedes earlier answers.
    /// Follow-ups close obligations in date order: each <see cref="FollowedUp"/> closes the earliest open obligation
    /// whose reply is not after it, and records the promise kept or broken. Extra follow-ups close nothing.
    /// </summary>
    /// <param name="state">The item's state.</param>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public IReadOnlyList<FollowUpObligation> FollowUpObligations(ItemState state)
    {
        Preconditions.CheckNotNull(state);
        if (state.IsSeparateHandling)
        {
            // Under 分办 each unit's standing replies make their own promises; follow-ups close them in date order.
            return ObligationsOf(state, [.. state.Parts.Select(p => p.Rounds.Reverse().FirstOrDefault(r => !r.Replies.IsEmpty)).OfType<HandlingRound>()]);
        }

        var standing = state.Rounds.Reverse().FirstOrDefault(r => !r.Replies.IsEmpty);
        return standing is null ? [] : ObligationsOf(state, [standing]);
    }

    /// <summary>
    /// Whether a promised follow-up (回头看) is due as of a date: an open obligation (<see cref="FollowUpObligations"/>) whose
    /// planned completion is before it, as <see cref="FollowUpDueItemClass"/> decides, without its explanation. Outside 分办
    /// the obligations are built only when a planned reply of the standing round promises a date before the as-of date (and
    /// not at all when no follow-up was recorded), since a due obligation needs one: the report and the assessment ask this
    /// of every item.
    /// </summary>
    internal bool IsFollowUpDue(ItemState state, LocalDate asOf)
    {
        if (!state.IsSeparateHandling)
        {
            if (!HasPassedPromise(state, asOf))
            {
                return false;
            }

            if (state.FollowUps.IsEmpty)
            {
                return true;
            }
        }

        foreach (var obligation in FollowUpObligations(state))
        {
            if (obligation.IsDue(asOf))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the standing round (the last with replies) has a planned reply promising completion before the as-of date.</summary>
    private bool HasPassedPromise(ItemState state, LocalDate asOf)
    {
        var rounds = state.Rounds;
        for (var i = rounds.Count - 1; i >= 0; i--)
        {
            if (rounds[i].Replies.IsEmpty)
            {
                continue;
            }

            foreach (var reply in rounds[i].Replies)
            {
                if (reply.Category is { } c && Scheme.IsPlanned(c) && reply.PlannedCompletion is { } planned && planned < asOf)
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    private List<FollowUpObligation> ObligationsOf(ItemState state, List<HandlingRound> standingRounds)
    {
        var promises = standingRounds.SelectMany(r => r.Replies.Where(reply => reply.Category is { } c && Scheme.IsPlanned(c)).Select(reply => (Round: r.Number, Reply: reply)))
            .OrderBy(p => p.Reply.Date)
            .ToList();
        var closedBy = new FollowedUp?[promises.Count];
        foreach (var followUp in state.FollowUps)
        {
            var index = Enumerable.Range(0, promises.Count).FirstOrDefault(i => closedBy[i] is null && promises[i].Reply.Date <= followUp.Date, -1);
            if (index >= 0)
            {
                closedBy[index] = followUp;
            }
        }

        return [.. promises.Select((p, i) => new FollowUpObligation(state.Submission.Id, p.Round, p.Reply, closedBy[i]))];
    }

    private IEnumerable<ClassificationViolation> Check(ItemId id, int round, Replied reply)
    {
        if (!Scheme.TryGet(reply.Category!.Value, out var category))
        {
            yield return Violation(
                ClassificationRule.UnknownCategory,
                $"its result category (办理结果) {reply.Category} is not in the scheme {Scheme.Name}, which has {string.Join("、", Scheme.Codes)}.");
            yield break;
        }

        if (category.RequiresReason && reply.Reason is null)
        {
            yield return Violation(
                ClassificationRule.ReasonMissing,
                $"a {category} reply must give its reason (说明理由).");
        }

        if (category.CountsAsPlanned)
        {
            if (reply.PlannedCompletion is not { } planned)
            {
                yield return Violation(
                    ClassificationRule.PlannedCompletionMissing,
                    $"a {category} reply must give its planned completion date (计划完成时间).");
            }
            else if (planned <= reply.Date)
            {
                yield return Violation(
                    ClassificationRule.PlannedCompletionNotAfterReply,
                    $"its planned completion date (计划完成时间) {Iso(planned)} must be after the reply.");
            }
        }

        ClassificationViolation Violation(ClassificationRule rule, string why) => new(
            rule,
            id,
            round,
            reply,
            $"Item {id}: reply (答复) of round {round.ToString(CultureInfo.InvariantCulture)} by {reply.Unit?.Name ?? "the lead unit"} on {Iso(reply.Date)} breaks rule {rule} ({ClassificationNames.Chinese(rule)}): {why}");
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
