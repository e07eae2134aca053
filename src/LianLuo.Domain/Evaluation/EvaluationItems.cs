using LianLuo.Domain.Aggregation;
using LianLuo.Domain.Classification;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;
using NodaTime;

namespace LianLuo.Domain.Evaluation;

/// <summary>
/// Builds the <see cref="EvaluationItem"/>s of handled items as of a date, deciding every fact through the library's
/// rules and nothing else: the item's facts (timeliness and re-handling on the <see cref="DeadlineEngine"/>, standing
/// result, final satisfaction, contacts) from <see cref="ItemFacts.From(ItemState, DeadlineEngine, LocalDate)"/>, 严重超期
/// and the days before the deadline from <see cref="DeadlineEngine.Status(ItemState, LocalDate)"/>, 回头看
/// due from <see cref="FollowUpDueItemClass"/>, 答复不规范 from <see cref="ReplyRules.Check(ItemState)"/>. An item
/// gives one evaluation item per lead unit (one under 主办, one per unit under 分办); an item never assigned gives
/// none. Stateless and thread-safe.
/// </summary>
public static class EvaluationItems
{
    /// <summary>The evaluation items of handled items as of a date (from data that may record only some optional facts).</summary>
    /// <param name="items">The items.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="engine">The deadline engine; <see cref="DeadlineEngine.Default"/> when null.</param>
    /// <param name="rules">The reply rules of the classification scheme; <see cref="ReplyRules.Default"/> when null.</param>
    /// <param name="recorded">The optional facts the data records (a ledger's optional columns); indicators needing others are not applicable.</param>
    /// <param name="verdicts">Reply verdicts recorded when the replies were given; none when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or an item is null.</exception>
    public static IReadOnlyList<EvaluationItem> From(IEnumerable<HandledItem> items, LocalDate asOf, DeadlineEngine? engine = null, ReplyRules? rules = null, RecordedFacts recorded = RecordedFacts.All, RecordedVerdicts? verdicts = null)
    {
        Preconditions.CheckNotNull(items);
        engine ??= DeadlineEngine.Default;
        rules ??= ReplyRules.Default;
        var list = new List<EvaluationItem>();
        foreach (var item in items)
        {
            list.AddRange(FromState(Preconditions.CheckNotNull(item).State, asOf, engine, rules, recorded, verdicts));
        }

        return list;
    }

    /// <summary>The evaluation items of one item's state as of a date: one per lead unit.</summary>
    /// <param name="state">The item's state.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="engine">The deadline engine.</param>
    /// <param name="rules">The reply rules of the classification scheme.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<EvaluationItem> FromState(ItemState state, LocalDate asOf, DeadlineEngine engine, ReplyRules rules) =>
        FromState(state, asOf, engine, rules, RecordedFacts.All, null);

    /// <summary>
    /// The evaluation items of one item's state as of a date: one per lead unit. Under 分办 each unit is judged on its own
    /// part, as if it led the item alone (<see cref="ItemState.ForUnit"/>): its own reply, result, timeliness, feedback and
    /// re-handling, so what another unit did, or the order of their replies, never changes its facts.
    /// </summary>
    /// <param name="state">The item's state.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="engine">The deadline engine.</param>
    /// <param name="rules">The reply rules of the classification scheme.</param>
    /// <param name="recorded">The optional facts the data records.</param>
    /// <param name="verdicts">Reply verdicts recorded when the replies were given; none when null.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="verdicts"/> is null.</exception>
    public static IReadOnlyList<EvaluationItem> FromState(ItemState state, LocalDate asOf, DeadlineEngine engine, ReplyRules rules, RecordedFacts recorded, RecordedVerdicts? verdicts)
    {
        Preconditions.CheckNotNull(state);
        Preconditions.CheckNotNull(engine);
        Preconditions.CheckNotNull(rules);
        if (state.Assignment is null)
        {
            return [];
        }

        return [.. state.ReplyingUnits.Select(unit => ForUnit(state.ForUnit(unit), unit, asOf, engine, rules, recorded, verdicts?.Find(state.Submission.Id, state.IsSeparateHandling ? unit : null)))];
    }

    private static EvaluationItem ForUnit(ItemState view, HandlingUnit unit, LocalDate asOf, DeadlineEngine engine, ReplyRules rules, RecordedFacts recorded, ReplyVerdict? verdict)
    {
        var recordedVerdict = verdict is null ? null : verdict with { Unit = null };
        var status = engine.Status(view, asOf, recordedVerdict);
        // The engine is asked once: the facts take the timeliness of the status just computed (the same judgement
        // ItemFacts.From would make again); a view still under 分办 combines its parts there.
        var facts = view.IsSeparateHandling
            ? ItemFacts.From(view, engine, asOf, rules.Scheme, recordedVerdict is null ? null : new RecordedVerdicts([recordedVerdict]))
            : ItemFacts.From(view, status.ReportStatus, ItemFacts.RehandlingStatus(view, engine, asOf), rules.Scheme);
        var followUpDue = new FollowUpDueItemClass(rules).Contains(view, asOf);
        var nonStandard = !rules.Check(view).IsValid;
        var firstReply = view.FirstRepliedOn;
        var communicatedBefore = view.Communications.Any(c =>
            c.Stage != CommunicationStage.AfterHandling && (firstReply is null || c.Date <= firstReply));
        int? daysBefore = status.Verdict is { } v ? NodaTime.Period.DaysBetween(v.RepliedOn, v.Deadline) : null;
        var assignedOn = view.Assignment!.Date;
        return new EvaluationItem(facts, unit)
        {
            IsSeriouslyOverdue = status.Status == DeadlineStatus.SeriouslyOverdue,
            DaysBeforeDeadline = daysBefore,
            DaysToReceive = view.Receipts.FirstOrDefault(r => r.Unit == unit) is { } receipt ? NodaTime.Period.DaysBetween(assignedOn, receipt.Date) : null,
            ReceivedOnTime = engine.ReceivedOnTime(view, unit) == true,
            HasLateReturnRequest = view.LateReturnRequests.Any(r => r.Unit == unit),
            CommunicatedBeforeReply = communicatedBefore,
            IsFollowUpDue = followUpDue,
            IsNonStandardReply = nonStandard,
            Recorded = recorded,
        };
    }
}
