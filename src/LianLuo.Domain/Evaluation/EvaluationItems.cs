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
    /// <summary>The evaluation items of handled items as of a date.</summary>
    /// <param name="items">The items.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="engine">The deadline engine; <see cref="DeadlineEngine.Default"/> when null.</param>
    /// <param name="rules">The reply rules of the classification scheme; <see cref="ReplyRules.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or an item is null.</exception>
    public static IReadOnlyList<EvaluationItem> From(IEnumerable<HandledItem> items, LocalDate asOf, DeadlineEngine? engine = null, ReplyRules? rules = null)
    {
        Preconditions.CheckNotNull(items);
        engine ??= DeadlineEngine.Default;
        rules ??= ReplyRules.Default;
        var list = new List<EvaluationItem>();
        foreach (var item in items)
        {
            list.AddRange(FromState(Preconditions.CheckNotNull(item).State, asOf, engine, rules));
        }

        return list;
    }

    /// <summary>The evaluation items of one item's state as of a date: one per lead unit.</summary>
    /// <param name="state">The item's state.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="engine">The deadline engine.</param>
    /// <param name="rules">The reply rules of the classification scheme.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<EvaluationItem> FromState(ItemState state, LocalDate asOf, DeadlineEngine engine, ReplyRules rules)
    {
        Preconditions.CheckNotNull(state);
        Preconditions.CheckNotNull(engine);
        Preconditions.CheckNotNull(rules);
        if (state.Assignment is null)
        {
            return [];
        }

        var status = engine.Status(state, asOf);
        var facts = ItemFacts.From(state, engine, asOf);
        var followUpDue = new FollowUpDueItemClass(rules).Contains(state, asOf);
        var nonStandard = !rules.Check(state).IsValid;
        var firstReply = state.FirstRepliedOn;
        var communicatedBefore = state.Communications.Any(c =>
            c.Stage != CommunicationStage.AfterHandling && (firstReply is null || c.Date <= firstReply));
        int? daysBefore = status.Verdict is { } verdict ? NodaTime.Period.DaysBetween(verdict.RepliedOn, verdict.Deadline) : null;
        var assignedOn = state.Assignment.Date;
        return
        [
            .. facts.LeadUnits.Select(unit => new EvaluationItem(facts, unit)
            {
                IsSeriouslyOverdue = status.Status == DeadlineStatus.SeriouslyOverdue,
                DaysBeforeDeadline = daysBefore,
                DaysToReceive = state.Receipts.FirstOrDefault(r => r.Unit == unit) is { } receipt ? NodaTime.Period.DaysBetween(assignedOn, receipt.Date) : null,
                CommunicatedBeforeReply = communicatedBefore,
                IsFollowUpDue = followUpDue,
                IsNonStandardReply = nonStandard,
            }),
        ];
    }
}
