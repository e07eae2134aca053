using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;
using NodaTime;

namespace LianLuo.Domain.Timeliness;

/// <summary>
/// Judges an item's timeliness on a <see cref="DeadlineEngine"/>: the engine computes the deadlines, the judge compares the
/// replies with them by <see cref="OnTimeRule"/> — the reply's verdict (<see cref="Verdict"/>), its status on a date
/// (<see cref="Status(DeadlineEngine, ItemState, LocalDate, ReplyVerdict?)"/>) and the re-handling reply's
/// (<see cref="RehandlingStatus"/>). Extension methods, so that <c>engine.Status(state, asOf)</c> reads as before.
/// </summary>
/// <remarks>
/// Closed items: once an item is replied, take its <see cref="Verdict"/> and store it with the item (it is a small record holding
/// the reply date, the deadline, the verdict and <see cref="Calendars.WorkingCalendar.Version"/>). Pass it back to
/// <see cref="Status(DeadlineEngine, ItemState, LocalDate, ReplyVerdict?)"/> so that a later calendar (a newly published year,
/// a corrected holiday) never rewrites a closed item's history, while open items are recomputed with the current calendar.
/// Stateless and thread-safe.
/// </remarks>
public static class TimelinessJudge
{
    /// <summary>
    /// The on-time verdict of an item's first reply (答复), recorded with the calendar version used; null when not replied or
    /// when it has no reply deadline. Store it with the item (see the remarks of <see cref="TimelinessJudge"/>). Under 分办 the
    /// item's verdict combines its units': replied on the date of the last unit's reply, judged against the latest of their
    /// deadlines, and on time only when every unit replied on time (<see cref="UnitVerdict"/> gives each unit's).
    /// </summary>
    /// <param name="engine">The deadline engine.</param>
    /// <param name="state">The item's state.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ReplyVerdict? Verdict(this DeadlineEngine engine, ItemState state)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(state);
        if (state.IsSeparateHandling)
        {
            if (state.FirstRepliedOn is not { } last)
            {
                return null;
            }

            var verdicts = state.Parts.Select(p => engine.UnitVerdict(state, p.Unit)).ToList();
            if (verdicts.Any(v => v is null))
            {
                return null;
            }

            return new ReplyVerdict(
                state.Submission.Id,
                last,
                verdicts.Max(v => v!.Deadline),
                verdicts.All(v => v!.IsOnTime),
                verdicts.Any(v => v!.DeadlineWasProvisional),
                engine.Calendar.Version);
        }

        return state.FirstRepliedOn is { } repliedOn && engine.ReplyDeadline(state) is { } deadline
            ? new ReplyVerdict(state.Submission.Id, repliedOn, deadline.Date, OnTimeRule.IsOnTime(repliedOn, deadline.Date), deadline.IsProvisional, engine.Calendar.Version)
            : null;
    }

    /// <summary>
    /// The verdict of one unit's first reply: under 分办, of that unit's part judged as if it led the item (its own 签收
    /// where the policy counts from it); for a 主办 item, the item's verdict. Null when the unit has not replied.
    /// </summary>
    /// <param name="engine">The deadline engine.</param>
    /// <param name="state">The item's state.</param>
    /// <param name="unit">The unit.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Under 分办, the unit has no part.</exception>
    public static ReplyVerdict? UnitVerdict(this DeadlineEngine engine, ItemState state, HandlingUnit unit)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(unit);
        if (!state.IsSeparateHandling)
        {
            return engine.Verdict(state);
        }

        return engine.Verdict(state.ForUnit(unit)) is { } verdict ? verdict with { Unit = unit } : null;
    }

    /// <summary>The status of an item's reply deadline on a date.</summary>
    /// <param name="engine">The deadline engine.</param>
    /// <param name="state">The item's state.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ItemDeadlineStatus Status(this DeadlineEngine engine, ItemState state, LocalDate asOf) => engine.Status(state, asOf, null);

    /// <summary>The status of an item's reply deadline today (the clock's now in the engine's <see cref="DeadlineEngine.TimeZone"/>).</summary>
    /// <param name="engine">The deadline engine.</param>
    /// <param name="state">The item's state.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ItemDeadlineStatus Status(this DeadlineEngine engine, ItemState state, IClock clock) =>
        engine.Status(state, Preconditions.CheckNotNull(engine).CurrentDate(clock), null);

    /// <summary>
    /// The status of an item's reply deadline on a date. When the item is replied and <paramref name="recordedVerdict"/> is the
    /// verdict recorded for that same reply, the recorded verdict decides (a later calendar does not rewrite it). A reply
    /// given while no deadline ran (the policy counts from an event that never happened, e.g. 签收) counts as on time.
    /// </summary>
    /// <param name="engine">The deadline engine.</param>
    /// <param name="state">The item's state.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="recordedVerdict">The verdict recorded when the reply was given, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> or <paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="recordedVerdict"/> belongs to another item.</exception>
    public static ItemDeadlineStatus Status(this DeadlineEngine engine, ItemState state, LocalDate asOf, ReplyVerdict? recordedVerdict)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(state);
        CheckRecorded(state, recordedVerdict);
        if (state.IsSeparateHandling)
        {
            return SeparateStatus(engine, state, asOf, recordedVerdict);
        }

        var deadline = engine.ReplyDeadline(state);
        var limit = engine.ExtensionLimit(state);
        var repliedOn = state.FirstRepliedOn;
        if (repliedOn is { } replied)
        {
            var verdict = recordedVerdict is not null && recordedVerdict.RepliedOn == replied ? recordedVerdict : engine.Verdict(state);
            if (verdict is not null)
            {
                return new ItemDeadlineStatus(Replied(verdict.IsOnTime), asOf, deadline, limit, replied, verdict, verdict.CalendarVersion);
            }

            // The policy's clock never started (e.g. a period counted from 签收 with no receipt recorded): a reply
            // given while no deadline ran cannot be late.
            return new ItemDeadlineStatus(DeadlineStatus.RepliedOnTime, asOf, null, limit, replied, null, engine.Calendar.Version);
        }

        return new ItemDeadlineStatus(OpenStatus(engine, deadline?.Date, limit?.Date, asOf), asOf, deadline, limit, repliedOn, null, engine.Calendar.Version);
    }

    /// <summary>
    /// The status of a ledger row (no event history): its reply deadline from
    /// <see cref="DeadlineEngine.ReplyDeadline(SubmissionKind, LocalDate, bool, LocalDate?)"/>, the first reply date if any, on a date.
    /// </summary>
    /// <param name="engine">The deadline engine.</param>
    /// <param name="kind">建议, 提案 or 议案.</param>
    /// <param name="assignedOn">The date of 交办.</param>
    /// <param name="isComplex">Whether the item is complex (情况复杂).</param>
    /// <param name="extendedTo">The approved extension (延期至), or null.</param>
    /// <param name="repliedOn">The first reply date, or null.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static ItemDeadlineStatus Status(this DeadlineEngine engine, SubmissionKind kind, LocalDate assignedOn, bool isComplex, LocalDate? extendedTo, LocalDate? repliedOn, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var deadline = engine.ReplyDeadline(kind, assignedOn, isComplex, extendedTo);
        var limit = engine.ExtensionLimit(kind, assignedOn);
        if (repliedOn is { } replied)
        {
            var onTime = OnTimeRule.IsOnTime(replied, deadline.Date);
            var verdict = new ReplyVerdict(null, replied, deadline.Date, onTime, deadline.IsProvisional, engine.Calendar.Version);
            return new ItemDeadlineStatus(Replied(onTime), asOf, deadline, limit, replied, verdict, engine.Calendar.Version);
        }

        return new ItemDeadlineStatus(OpenStatus(engine, deadline.Date, limit.Date, asOf), asOf, deadline, limit, null, null, engine.Calendar.Version);
    }

    /// <summary>
    /// The verdict of the latest re-handling round's reply (重办答复) against the re-handling deadline
    /// (<see cref="DeadlineEngine.RehandlingDeadline(ItemState)"/>), by the same rule as the first reply's: on time, late; or
    /// overdue, pending while not replied again. Null when the item was not re-handled.
    /// </summary>
    /// <param name="engine">The deadline engine.</param>
    /// <param name="state">The item's state.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ReportStatus? RehandlingStatus(this DeadlineEngine engine, ItemState state, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(state);
        return state.IsRehandled ? OnTimeRule.Judge(state.CurrentRound!.RepliedOn, engine.RehandlingDeadlineDate(state), asOf) : null;
    }

    /// <summary>
    /// What <see cref="Status(DeadlineEngine, ItemState, LocalDate, ReplyVerdict?)"/> gives as
    /// <see cref="ItemDeadlineStatus.ReportStatus"/> for an item that is not under 分办, from deadline dates alone (no
    /// explanation is built): the allocation-free path of the report.
    /// </summary>
    internal static ReportStatus ReplyStatus(this DeadlineEngine engine, ItemState state, LocalDate asOf, ReplyVerdict? recordedVerdict)
    {
        CheckRecorded(state, recordedVerdict);
        var deadline = engine.ReplyDeadlineDate(state);
        if (state.FirstRepliedOn is { } replied && recordedVerdict is not null && recordedVerdict.RepliedOn == replied)
        {
            return recordedVerdict.IsOnTime ? ReportStatus.OnTime : ReportStatus.Late;
        }

        return OnTimeRule.Judge(state.FirstRepliedOn, deadline, asOf);
    }

    private static void CheckRecorded(ItemState state, ReplyVerdict? recordedVerdict)
    {
        if (recordedVerdict is not null && recordedVerdict.ItemId != state.Submission.Id)
        {
            throw new ArgumentException($"The recorded verdict is for item {recordedVerdict.ItemId}, not {state.Submission.Id}.", nameof(recordedVerdict));
        }
    }

    private static DeadlineStatus Replied(bool onTime) => onTime ? DeadlineStatus.RepliedOnTime : DeadlineStatus.RepliedLate;

    /// <summary>
    /// The status of a 分办 item: replied when every unit has replied (on time when every unit was), otherwise the most urgent
    /// status of the units still to reply (seriously overdue, overdue, due soon, not yet due).
    /// </summary>
    private static ItemDeadlineStatus SeparateStatus(DeadlineEngine engine, ItemState state, LocalDate asOf, ReplyVerdict? recordedVerdict)
    {
        var deadline = engine.ReplyDeadline(state);
        var limit = engine.ExtensionLimit(state);
        if (state.FirstRepliedOn is { } replied)
        {
            var verdict = recordedVerdict is not null && recordedVerdict.RepliedOn == replied ? recordedVerdict : engine.Verdict(state);
            return verdict is null
                ? new ItemDeadlineStatus(DeadlineStatus.RepliedOnTime, asOf, null, limit, replied, null, engine.Calendar.Version)
                : new ItemDeadlineStatus(Replied(verdict.IsOnTime), asOf, deadline, limit, replied, verdict, verdict.CalendarVersion);
        }

        var open = state.Parts.Where(p => !p.Rounds[0].IsReplied)
            .Select(p => OpenStatus(engine, engine.ReplyDeadline(state.ForUnit(p.Unit))?.Date, limit?.Date, asOf))
            .OrderBy(s => s switch
            {
                DeadlineStatus.SeriouslyOverdue => 0,
                DeadlineStatus.Overdue => 1,
                DeadlineStatus.DueSoon => 2,
                _ => 3,
            })
            .First();
        return new ItemDeadlineStatus(open, asOf, deadline, limit, null, null, engine.Calendar.Version);
    }

    /// <summary>The status of an item not replied: seriously overdue, overdue (by <see cref="OnTimeRule"/>), due soon or not yet due.</summary>
    private static DeadlineStatus OpenStatus(DeadlineEngine engine, LocalDate? deadline, LocalDate? limit, LocalDate asOf)
    {
        var status = OnTimeRule.Judge(null, deadline, asOf);
        if (status == ReportStatus.Overdue)
        {
            return OnTimeRule.IsSeriouslyOverdue(status, limit, asOf) ? DeadlineStatus.SeriouslyOverdue : DeadlineStatus.Overdue;
        }

        return deadline is { } due && engine.Calendar.WorkingDaysBetween(asOf, due) <= engine.Policy.DueSoonWindow.Value
            ? DeadlineStatus.DueSoon
            : DeadlineStatus.NotYetDue;
    }
}
