using LianLuo.Domain.Aggregation;
using LianLuo.Domain.Classification;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Satisfaction;
using LianLuo.Domain.Timeliness;
using NodaTime;

namespace LianLuo.Domain.Evaluation;

/// <summary>
/// Builds the <see cref="EvaluationItem"/>s of handled items as of a date, deciding every fact through the library's
/// rules and nothing else: the item's facts (timeliness and re-handling on the <see cref="DeadlineEngine"/>, standing
/// result, final satisfaction, contacts) from <see cref="ItemFacts.From(ItemState, DeadlineEngine, LocalDate)"/>, 严重逾期
/// and the days before the deadline from <see cref="TimelinessJudge.Status(DeadlineEngine, ItemState, LocalDate)"/>, 回头看
/// due from <see cref="FollowUpDueItemClass"/>, 答复不规范 from <see cref="ReplyRules.Check(ItemState)"/>. An item
/// gives one evaluation item per lead unit (one under 主办, one per unit under 分办); an item never assigned gives
/// none. Stateless and thread-safe.
/// </summary>
internal static class EvaluationItems
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

    /// <summary>
    /// What the one-pass assessment reads of an item, one <see cref="AssessedItem"/> per lead unit (none before assignment),
    /// added to <paramref name="into"/>: for an item not under 分办 straight from its state, without building its
    /// <see cref="ItemFacts"/>; under 分办 from its evaluation items. The same values as <see cref="FromState(ItemState, LocalDate, DeadlineEngine, ReplyRules, RecordedFacts, RecordedVerdicts?)"/> gives.
    /// </summary>
    internal static void Assess(ItemState state, LocalDate asOf, DeadlineEngine engine, ReplyRules rules, RecordedFacts recorded, RecordedVerdicts? verdicts, List<AssessedItem> into)
    {
        if (state.Assignment is not { } assignment)
        {
            return;
        }

        if (state.IsSeparateHandling)
        {
            foreach (var item in FromState(state, asOf, engine, rules, recorded, verdicts))
            {
                into.Add(AssessedItem.Of(item));
            }

            return;
        }

        // As FromState and ForUnit do: the item's verdict (not a unit's), applied without its unit.
        var verdict = verdicts?.Find(state.Submission.Id, null) is { } found ? found with { Unit = null } : null;
        foreach (var a in assignment.Assignments)
        {
            if (a.Role != AssignmentRole.CoHandling)
            {
                into.Add(Judge(state, a.Unit, asOf, engine, rules, recorded, verdict).Item);
            }
        }
    }

    private static EvaluationItem ForUnit(ItemState view, HandlingUnit unit, LocalDate asOf, DeadlineEngine engine, ReplyRules rules, RecordedFacts recorded, ReplyVerdict? verdict)
    {
        var recordedVerdict = verdict is null ? null : verdict with { Unit = null };
        if (view.IsSeparateHandling)
        {
            // A view still under 分办 combines its parts: the full status and facts.
            var status = engine.Status(view, asOf, recordedVerdict);
            var separateFacts = ItemFacts.From(view, engine, asOf, rules.Scheme, recordedVerdict is null ? null : new RecordedVerdicts([recordedVerdict]));
            var judged = Judge(view, unit, asOf, engine, rules, recorded, recordedVerdict).Item;
            return ToEvaluationItem(separateFacts, unit, judged with
            {
                IsSeriouslyOverdue = status.Status == DeadlineStatus.SeriouslyOverdue,
                DaysBeforeDeadline = status.Verdict is { } v ? NodaTime.Period.DaysBetween(v.RepliedOn, v.Deadline) : null,
            });
        }

        var (item, rehandling) = Judge(view, unit, asOf, engine, rules, recorded, recordedVerdict);
        return ToEvaluationItem(ItemFacts.From(view, item.Timeliness, rehandling, rules.Scheme), unit, item);
    }

    private static EvaluationItem ToEvaluationItem(ItemFacts facts, HandlingUnit unit, in AssessedItem item) => new(facts, unit)
    {
        IsSeriouslyOverdue = item.IsSeriouslyOverdue,
        DaysBeforeDeadline = item.DaysBeforeDeadline,
        DaysToReceive = item.DaysToReceive,
        ReceivedOnTime = item.ReceivedOnTime,
        HasLateReturnRequest = item.HasLateReturnRequest,
        CommunicatedBeforeReply = item.CommunicatedBeforeReply,
        IsFollowUpDue = item.IsFollowUpDue,
        IsNonStandardReply = item.IsNonStandardReply,
        Recorded = item.Recorded,
    };

    /// <summary>
    /// Judges an item (a view not under 分办) for its lead unit on the allocation-free path (the report's): the same
    /// judgement as <see cref="TimelinessJudge.Status(DeadlineEngine, ItemState, LocalDate, ReplyVerdict?)"/> and <see cref="ItemFacts.From(ItemState, DeadlineEngine, LocalDate, ClassificationScheme?, RecordedVerdicts?)"/>,
    /// from deadline dates alone, each asked of the engine once; no explained deadline and no explanation of a class is built.
    /// </summary>
    private static (AssessedItem Item, ReportStatus? Rehandling) Judge(ItemState view, HandlingUnit unit, LocalDate asOf, DeadlineEngine engine, ReplyRules rules, RecordedFacts recorded, ReplyVerdict? recordedVerdict)
    {
        var deadline = engine.ReplyDeadlineDate(view);
        var timeliness = engine.ReplyStatus(view, asOf, recordedVerdict);
        var rehandling = engine.RehandlingStatus(view, asOf);
        var firstReply = view.FirstRepliedOn;
        // 严重逾期: not replied, past the reply deadline and past the extension limit.
        var seriouslyOverdue = timeliness == ReportStatus.Overdue && OnTimeRule.IsSeriouslyOverdue(timeliness, engine.ExtensionLimitDate(view), asOf);
        int? daysBefore = firstReply is not { } replied ? null
            : recordedVerdict is not null && recordedVerdict.RepliedOn == replied ? NodaTime.Period.DaysBetween(recordedVerdict.RepliedOn, recordedVerdict.Deadline)
            : deadline is { } due ? NodaTime.Period.DaysBetween(replied, due)
            : null;
        var receipt = FirstReceipt(view, unit);
        var item = new AssessedItem(
            view.Submission.Id,
            unit.Name,
            view.Submission.Kind,
            timeliness,
            firstReply is null ? null : rules.Scheme.StandingResult(view),
            ItemSatisfaction.Of(view),
            view.PersonTimes(CommunicationMode.FaceToFace),
            checked(view.PersonTimes(CommunicationMode.Phone) + view.PersonTimes(CommunicationMode.Email)),
            view.PersonTimes(CommunicationMode.Visit),
            view.Submission.IsKey,
            view.IsSupervised,
            rehandling is not null,
            seriouslyOverdue,
            daysBefore,
            receipt is { } r ? NodaTime.Period.DaysBetween(view.Assignment!.Date, r.Date) : null,
            CommunicatedBefore(view, firstReply),
            rules.IsFollowUpDue(view, asOf),
            rules.HasNonStandardReply(view),
            engine.ReceivedOnTime(view, unit) == true,
            HasLateReturnRequest(view, unit),
            recorded);
        return (item, rehandling);
    }

    private static Received? FirstReceipt(ItemState view, HandlingUnit unit)
    {
        foreach (var receipt in view.Receipts)
        {
            if (receipt.Unit == unit)
            {
                return receipt;
            }
        }

        return null;
    }

    private static bool HasLateReturnRequest(ItemState view, HandlingUnit unit)
    {
        foreach (var request in view.LateReturnRequests)
        {
            if (request.Unit == unit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A 办前沟通 or 办中协商 dated no later than the first reply (any, before a reply).</summary>
    private static bool CommunicatedBefore(ItemState view, LocalDate? firstReply)
    {
        foreach (var c in view.Communications)
        {
            if (c.Stage != CommunicationStage.AfterHandling && (firstReply is null || c.Date <= firstReply))
            {
                return true;
            }
        }

        return false;
    }
}
