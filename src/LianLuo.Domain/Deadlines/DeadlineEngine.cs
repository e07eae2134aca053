using LianLuo.Domain.Calendars;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Domain.Deadlines;

/// <summary>
/// Computes deadlines (办理时限) on a <see cref="WorkingCalendar"/> under a <see cref="DeadlinePolicy"/>, counting periods as the
/// Civil Code does (民法典 arts. 200-204): the start day is not counted; a period of months ends on the corresponding day of the
/// last month, or on its last day when it has none; a last day that is a rest day moves to the next working day; N working
/// days end on the N-th working day after the start.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe; one engine serves any number of callers.</para>
/// <para>
/// The <c>…Date</c> methods (<see cref="ComputeDate(LocalDate, DeadlinePeriod)"/>, <see cref="RegularReplyDate"/>) return the bare
/// <see cref="DeadlineDate"/> without allocating; the other methods return a <see cref="Deadline"/> with its explanation.
/// </para>
/// <para>
/// The engine computes deadlines; it does not judge replies. Whether a reply was on time, an item's status on a date and the
/// verdict to store with a closed item are in the Timeliness namespace, one level up (<c>TimelinessJudge</c>, extension methods
/// on this engine: <c>engine.Status(state, asOf)</c>, <c>engine.Verdict(state)</c>), which compares dates by its
/// <c>OnTimeRule</c>.
/// </para>
/// <para>
/// The range: starts anywhere in <see cref="LocalDate"/>'s range are taken, and periods of any length up to
/// <see cref="int.MaxValue"/>. A deadline that would fall after 9999-12-31 is an <see cref="ArgumentOutOfRangeException"/> from
/// every method that computes one, the item-history methods included, whose message names the period and the start in our
/// words (<c>The end of 3 months from 9999-12-01 falls after 9999-12-31, the last date a working calendar counts.</c>).
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var engine = DeadlineEngine.Default;
/// // A suggestion assigned (交办) on 2025-03-20 is due 3 months later (ledger.md §2): 2025-06-20, a Friday.
/// Deadline reply = engine.RegularReplyDeadline(SubmissionKind.Suggestion, new LocalDate(2025, 3, 20), isComplex: false);
/// // Replied on 2025-06-23, after it: 逾期答复 (TimelinessJudge.Status, in the Timeliness namespace).
/// var status = engine.Status(SubmissionKind.Suggestion, new LocalDate(2025, 3, 20), false, null, new LocalDate(2025, 6, 23), new LocalDate(2025, 7, 1));
/// // status.Status == DeadlineStatus.RepliedLate
/// </code>
/// </example>
public sealed class DeadlineEngine
{
    /// <summary>The time zone of "today": Asia/Shanghai (from the TZDB provider, which caches it).</summary>
    public static DateTimeZone ChinaTimeZone => DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    private static readonly Lazy<DeadlineEngine> DefaultEngine =
        new(() => new DeadlineEngine(WorkingCalendar.China, DeadlinePolicy.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Creates an engine whose "today" is in Asia/Shanghai (Beijing time, in which official deadlines are kept).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DeadlineEngine(WorkingCalendar calendar, DeadlinePolicy policy)
        : this(calendar, policy, ChinaTimeZone)
    {
    }

    /// <summary>Creates an engine whose "today" (<see cref="CurrentDate"/>) is decided in a time zone.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DeadlineEngine(WorkingCalendar calendar, DeadlinePolicy policy, DateTimeZone timeZone)
    {
        Calendar = Preconditions.CheckNotNull(calendar);
        Policy = Preconditions.CheckNotNull(policy);
        TimeZone = Preconditions.CheckNotNull(timeZone);
        replyMonths = new int[(2 * (int)SubmissionKind.Motion) + 2];
        Array.Fill(replyMonths, -1);
        foreach (var kind in Enum.GetValues<SubmissionKind>())
        {
            replyMonths[ReplySlot(kind, false)] = MonthsOf(policy.RuleFor(DeadlineKind.Reply, kind));
            replyMonths[ReplySlot(kind, true)] = MonthsOf(policy.RuleFor(DeadlineKind.ComplexReply, kind));
        }
    }

    // The length in months of the regular and the complex reply period of each submission kind, or -1 when the rule is not a
    // period of months (read once: RegularReplyDate runs for every item of a report).
    private readonly int[] replyMonths;

    /// <summary>The time zone in which "today" is decided (default Asia/Shanghai).</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>Today in this engine's <see cref="TimeZone"/> according to a clock: the as-of date of "now".</summary>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public LocalDate CurrentDate(IClock clock) => Preconditions.CheckNotNull(clock).GetCurrentInstant().InZone(TimeZone).Date;

    /// <summary>The engine on <see cref="WorkingCalendar.China"/> with <see cref="DeadlinePolicy.Default"/>.</summary>
    public static DeadlineEngine Default => DefaultEngine.Value;

    /// <summary>The calendar.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>The policy.</summary>
    public DeadlinePolicy Policy { get; }

    /// <summary>Today in Asia/Shanghai according to a clock.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public static LocalDate Today(IClock clock) => Preconditions.CheckNotNull(clock).GetCurrentInstant().InZone(ChinaTimeZone).Date;

    /// <summary>A new engine with another calendar (this one is unchanged).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public DeadlineEngine WithCalendar(WorkingCalendar calendar) => new(calendar, Policy, TimeZone);

    /// <summary>A new engine with another policy (this one is unchanged).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public DeadlineEngine WithPolicy(DeadlinePolicy policy) => new(Calendar, policy, TimeZone);

    /// <summary>The end of a period counted from <paramref name="start"/> (not counted), without an explanation; allocates nothing.</summary>
    /// <exception cref="ArgumentException">The date is not ISO, or the period is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The result is after 9999-12-31, the last <see cref="LocalDate"/>; the message names the period and the start (<c>The end of 3 months from 9999-12-01 falls after 9999-12-31, …</c>), with no parameter name.</exception>
    public DeadlineDate ComputeDate(LocalDate start, DeadlinePeriod period)
    {
        if (period.Unit == PeriodUnit.CalendarMonths)
        {
            // Months are counted as a whole number since year 0 (long: no overflow) to know the result is a date before asking
            // for it; inside the calendar's index the end is read from it, elsewhere PlusMonths and the ranks give it.
            var monthIndex = MonthIndex(start, period.Length);
            if (monthIndex > (9999 * 12L) + 11)
            {
                throw DayNumbers.OutOfRange(EndOf(start, period), DayNumbers.MaxDayNumber + 1L);
            }

            if (TryMonthsInIndex(start, monthIndex, out var indexed))
            {
                return indexed;
            }

            var raw = start.PlusMonths(period.Length);
            return RollForward(raw, DayNumbers.FromDate(raw, nameof(start)), start, period);
        }

        var startDn = DayNumbers.FromDate(start, nameof(start));
        switch (period.Unit)
        {
            case PeriodUnit.CalendarDays:
                var rawDn = startDn + (long)period.Length;
                return DayNumbers.InRange(rawDn)
                    ? RollForward(DayNumbers.ToDate(rawDn), rawDn, start, period)
                    : throw DayNumbers.OutOfRange(EndOf(start, period), rawDn);
            case PeriodUnit.WorkingDays:
                if (period.Length == 0)
                {
                    var rolled = RollForward(start, startDn, start, period);
                    return rolled with { IsProvisional = Calendar.AnyProvisional(startDn, DayNumbers.FromDate(rolled.Date)) };
                }

                var rank = Calendar.Rank(startDn) + period.Length;
                var endDn = Calendar.WorkingDayWithRank(rank);
                // No closure for the error's words: a lambda capturing the parameters would allocate on every call.
                return Calendar.TryDateOfRank(rank, out var end, out _)
                    ? new DeadlineDate(end, end, Calendar.AnyProvisional(startDn + 1L, endDn))
                    : throw DayNumbers.OutOfRange(EndOf(start, period), endDn);
            default:
                throw new ArgumentException($"The period has no unit (value: {period.Unit}); create it from CalendarDays, CalendarMonths or WorkingDays.", nameof(period));
        }
    }

    /// <summary>The deadline of a rule counted from <paramref name="start"/>, without an explanation; allocates nothing.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException">A date is not ISO.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The result is after 9999-12-31, the last <see cref="LocalDate"/>; the message names the period and the start (<c>The end of 3 months from 9999-12-01 falls after 9999-12-31, …</c>), with no parameter name.</exception>
    public DeadlineDate ComputeDate(LocalDate start, PeriodRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.Period is { } period)
        {
            return ComputeDate(start, period);
        }

        var end = rule.AbsoluteEnd(start);
        return RollForward(end, DayNumbers.FromDate(end, nameof(start)), start, null);
    }

    /// <summary>The regular reply deadline (no extension) of an item assigned on a date; allocates nothing.</summary>
    /// <param name="kind">建议, 提案 or 议案.</param>
    /// <param name="assignedOn">The date of the rule's start event (交办 under the default policy).</param>
    /// <param name="isComplex">Whether the item is complex (情况复杂).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined, or the result is out of range.</exception>
    public DeadlineDate RegularReplyDate(SubmissionKind kind, LocalDate assignedOn, bool isComplex)
    {
        // A period of months inside the calendar's index: read straight from it. Anything else (an undefined kind, another
        // rule, a date outside the index) takes the general path, which also gives its errors.
        var slot = ReplySlot(kind, isComplex);
        if (unchecked((uint)slot) < (uint)replyMonths.Length
            && replyMonths[slot] is var months and >= 0
            && TryMonthsInIndex(assignedOn, MonthIndex(assignedOn, months), out var indexed))
        {
            return indexed;
        }

        return ComputeDate(assignedOn, Policy.RuleFor(isComplex ? DeadlineKind.ComplexReply : DeadlineKind.Reply, kind));
    }

    private static int ReplySlot(SubmissionKind kind, bool isComplex) => (2 * (int)kind) + (isComplex ? 1 : 0);

    /// <summary>The month a period of months ends in, counted since January of year 0 (year × 12 + month − 1).</summary>
    private static long MonthIndex(LocalDate start, int months) => (start.Year * 12L) + start.Month - 1 + months;

    /// <summary>
    /// The end of a period of months read from the calendar's index: the raw end by month and day (the day kept, or the
    /// month's last day when it has fewer, as <see cref="LocalDate.PlusMonths"/> does) and the working day it rolls to.
    /// False for a date not in the ISO calendar or a month outside the index; the caller then counts the general way.
    /// </summary>
    private bool TryMonthsInIndex(LocalDate start, long monthIndex, out DeadlineDate deadline)
    {
        if (start.Calendar == CalendarSystem.Iso
            && Calendar.TryMonthEndInIndex(monthIndex, start.Day, out var raw, out var date, out var provisional))
        {
            deadline = new DeadlineDate(date, raw, provisional);
            return true;
        }

        deadline = default;
        return false;
    }

    private static int MonthsOf(PeriodRule rule) =>
        rule.Period is { Unit: PeriodUnit.CalendarMonths } period ? period.Length : -1;

    /// <summary>The end of an ad-hoc period, with its explanation (what <c>lianluo deadline</c> prints).</summary>
    /// <exception cref="ArgumentException">The date is not ISO, or the period is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The result is after 9999-12-31, the last <see cref="LocalDate"/>; the message names the period and the start (<c>The end of 3 months from 9999-12-01 falls after 9999-12-31, …</c>), with no parameter name.</exception>
    public Deadline Compute(LocalDate start, DeadlinePeriod period)
    {
        var deadline = Explain(start, PeriodRule.After(StartEvent.Assigned, period), null, null);
        return deadline with { Explanation = deadline.Explanation with { StartEvent = null } };
    }

    /// <summary>The deadline of an ad-hoc rule, with its explanation.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException">A date is not ISO.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The result is after 9999-12-31, the last <see cref="LocalDate"/>; the message names the period and the start (<c>The end of 3 months from 9999-12-01 falls after 9999-12-31, …</c>), with no parameter name.</exception>
    public Deadline Compute(LocalDate start, PeriodRule rule) => Explain(start, Preconditions.CheckNotNull(rule), null, null);

    /// <summary>The deadline of a kind for a submission kind, counted from the date of the rule's start event.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A kind is not defined, or the result is out of range.</exception>
    public Deadline Compute(DeadlineKind kind, SubmissionKind submissionKind, LocalDate startOn) =>
        Explain(startOn, Policy.RuleFor(kind, submissionKind), kind, submissionKind);

    /// <summary>The regular reply deadline (no extension): 3 months from 交办, 6 when complex, under the default policy.</summary>
    /// <param name="kind">建议, 提案 or 议案.</param>
    /// <param name="assignedOn">The date of the rule's start event (交办 under the default policy).</param>
    /// <param name="isComplex">Whether the item is complex (情况复杂).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined, or the result is out of range.</exception>
    public Deadline RegularReplyDeadline(SubmissionKind kind, LocalDate assignedOn, bool isComplex) =>
        Compute(isComplex ? DeadlineKind.ComplexReply : DeadlineKind.Reply, kind, assignedOn);

    /// <summary>
    /// The reply deadline of a ledger row: the regular deadline, or the approved extension (延期至) moved to the next working
    /// day if it is a rest day, capped at the extension limit unless the policy allows more. Every rule is counted from
    /// <paramref name="assignedOn"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined, or the result is out of range.</exception>
    public Deadline ReplyDeadline(SubmissionKind kind, LocalDate assignedOn, bool isComplex, LocalDate? extendedTo)
    {
        var deadlineKind = isComplex ? DeadlineKind.ComplexReply : DeadlineKind.Reply;
        return extendedTo is { } to
            ? ApplyExtension(kind, deadlineKind, assignedOn, assignedOn, to, null)
            : Compute(deadlineKind, kind, assignedOn);
    }

    /// <summary>The extension limit (default 6 months from 交办) counted from a date.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined, or the result is out of range.</exception>
    public Deadline ExtensionLimit(SubmissionKind kind, LocalDate assignedOn) => Compute(DeadlineKind.ExtensionLimit, kind, assignedOn);

    /// <summary>The re-handling deadline (default 1 month from the 不满意 feedback) counted from a date.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined, or the result is out of range.</exception>
    public Deadline RehandlingDeadline(SubmissionKind kind, LocalDate startOn) => Compute(DeadlineKind.Rehandling, kind, startOn);

    /// <summary>
    /// The reply deadline of an item from its history: null before assignment (or before the start event of a rule counted from
    /// 签收); counted from the current assignment (a reassignment restarts the clock); the complex period when the item is
    /// currently complex; replaced by the latest extension approved in the first round, before its reply (moved to the next
    /// working day if a rest day, and capped at the extension limit unless the policy allows more).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public Deadline? ReplyDeadline(ItemState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var kind = state.Submission.Kind;
        var deadlineKind = state.IsComplex ? DeadlineKind.ComplexReply : DeadlineKind.Reply;
        var rule = Policy.RuleFor(deadlineKind, kind);
        if (StartOf(rule.Start, state, null) is not { } start)
        {
            return null;
        }

        var extension = state.Rounds.IsEmpty ? null : state.Rounds[0].Extension;
        if (extension is null)
        {
            return Explain(start, rule, deadlineKind, kind);
        }

        return StartOf(Policy.RuleFor(DeadlineKind.ExtensionLimit, kind).Start, state, null) is { } limitStart
            ? ApplyExtension(kind, deadlineKind, start, limitStart, extension.ExtendedTo, extension.Date)
            : ExplainExtension(kind, deadlineKind, rule, start, extension.ExtendedTo, extension.Date);
    }

    /// <summary>
    /// The deadline of the latest re-handling round (default 1 month from the feedback of the round before it), replaced by an
    /// extension approved during that round; null when the item was never re-handled.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public Deadline? RehandlingDeadline(ItemState state)
    {
        // The rule counts from the feedback of the round before the latest or from the latest round's start (the policy
        // allows no other start event), and StartOf gives null for both while there is one round only.
        ArgumentNullException.ThrowIfNull(state);
        var kind = state.Submission.Kind;
        var rule = Policy.RuleFor(DeadlineKind.Rehandling, kind);
        if (StartOf(rule.Start, state, null) is not { } start)
        {
            return null;
        }

        var extension = state.Rounds[^1].Extension;
        return extension is null
            ? Explain(start, rule, DeadlineKind.Rehandling, kind)
            : ExplainExtension(kind, DeadlineKind.Rehandling, rule, start, extension.ExtendedTo, extension.Date);
    }

    /// <summary>The extension limit of an item (default 6 months from the current 交办); null before assignment.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public Deadline? ExtensionLimit(ItemState state) => DeadlineOf(DeadlineKind.ExtensionLimit, state, null);

    /// <summary>
    /// The window for a unit to ask to return a wrongly assigned item (default 5 working days from its 签收); null before the
    /// rule's start event.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Deadline? ReturnDeadline(ItemState state, HandlingUnit unit) =>
        DeadlineOf(DeadlineKind.Return, state, Preconditions.CheckNotNull(unit));

    /// <summary>The deadline of the co-handling (会办) opinions (default 1 month from 交办); null before assignment or without 会办 units.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public Deadline? CoHandlingOpinionDeadline(ItemState state) =>
        Preconditions.CheckNotNull(state).Assignment?.Assignments.Any(a => a.Role == AssignmentRole.CoHandling) == true
            ? DeadlineOf(DeadlineKind.CoHandlingOpinion, state, null)
            : null;

    /// <summary>The deadline of the face-to-face talk before handling (办前面商; default 15 working days from 交办); null before assignment.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public Deadline? FaceToFaceDeadline(ItemState state) => DeadlineOf(DeadlineKind.FaceToFaceBeforeHandling, state, null);

    /// <summary>The deadline of the satisfaction form for the latest reply (default 15 working days from it); null before a reply.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public Deadline? SatisfactionFormDeadline(ItemState state) => DeadlineOf(DeadlineKind.SatisfactionForm, state, null);

    /// <summary>
    /// The deadline of a kind for an item, from its history (<see cref="DeadlineKind.Reply"/> and
    /// <see cref="DeadlineKind.ComplexReply"/> both give <see cref="ReplyDeadline(ItemState)"/>); null when its start event has
    /// not happened.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public Deadline? DeadlineFor(DeadlineKind kind, ItemState state) => Preconditions.CheckDefined(kind, "DeadlineKind") switch
    {
        DeadlineKind.Reply or DeadlineKind.ComplexReply => ReplyDeadline(state),
        DeadlineKind.Rehandling => RehandlingDeadline(state),
        DeadlineKind.CoHandlingOpinion => CoHandlingOpinionDeadline(state),
        _ => DeadlineOf(kind, state, null),
    };

    /// <summary>
    /// The regular reply deadline of an item from its history, as if it were not complex and never extended: the date by
    /// which 情况复杂 must be decided. Null before assignment.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public Deadline? RegularReplyDeadline(ItemState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var rule = Policy.RuleFor(DeadlineKind.Reply, state.Submission.Kind);
        return StartOf(rule.Start, state, null) is { } start ? Explain(start, rule, DeadlineKind.Reply, state.Submission.Kind) : null;
    }

    /// <summary>The end of a unit's sign-in window (签收期限, default 5 working days from 交办); null before assignment.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Deadline? SignInDeadline(ItemState state, HandlingUnit unit)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(unit);
        return state.Assignment is { } assignment
            ? Explain(assignment.Date, Policy.RuleFor(DeadlineKind.SignIn, state.Submission.Kind), DeadlineKind.SignIn, state.Submission.Kind)
            : null;
    }

    /// <summary>Whether a unit signed (签收) for the current assignment within its sign-in window; null before assignment.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public bool? ReceivedOnTime(ItemState state, HandlingUnit unit)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(unit);
        if (state.Assignment is null)
        {
            return null;
        }

        var window = SignInWindowEnd(state);
        return state.Receipts.FirstOrDefault(r => r.Unit == unit) is { } receipt && receipt.Date <= window;
    }

    private LocalDate ReceivedOrDeemed(ItemState state, HandlingUnit unit)
    {
        var window = SignInWindowEnd(state);
        return state.Receipts.FirstOrDefault(r => r.Unit == unit) is { } receipt && receipt.Date < window ? receipt.Date : window;
    }

    /// <summary>The last day of the sign-in window of the current assignment (an assigned item's).</summary>
    private LocalDate SignInWindowEnd(ItemState state) =>
        ComputeDate(state.Assignment!.Date, Policy.RuleFor(DeadlineKind.SignIn, state.Submission.Kind)).Date;

    /// <summary>The date of <see cref="ReplyDeadline(ItemState)"/>, without its explanation.</summary>
    internal LocalDate? ReplyDeadlineDate(ItemState state)
    {
        var kind = state.Submission.Kind;
        var rule = Policy.RuleFor(state.IsComplex ? DeadlineKind.ComplexReply : DeadlineKind.Reply, kind);
        if (StartOf(rule.Start, state, null) is not { } start)
        {
            return null;
        }

        var extension = state.Rounds.IsEmpty ? null : state.Rounds[0].Extension;
        if (extension is null)
        {
            return ComputeDate(start, rule).Date;
        }

        // The limit's start first and always, as ReplyDeadline(state) asks for it: a start out of range fails both alike.
        var limitRule = Policy.RuleFor(DeadlineKind.ExtensionLimit, kind);
        var limitStartOn = StartOf(limitRule.Start, state, null);
        var extended = RollForward(extension.ExtendedTo).Date;
        if (!Policy.AllowExtensionBeyondLimit && limitStartOn is { } limitStart)
        {
            var limit = ComputeDate(limitStart, limitRule).Date;
            if (extended > limit)
            {
                return limit;
            }
        }

        return extended;
    }

    /// <summary>The date of <see cref="ExtensionLimit(ItemState)"/>, without its explanation.</summary>
    internal LocalDate? ExtensionLimitDate(ItemState state)
    {
        var rule = Policy.RuleFor(DeadlineKind.ExtensionLimit, state.Submission.Kind);
        return StartOf(rule.Start, state, null) is { } start ? ComputeDate(start, rule).Date : null;
    }

    /// <summary>The date of <see cref="RehandlingDeadline(ItemState)"/>, without its explanation.</summary>
    internal LocalDate? RehandlingDeadlineDate(ItemState state)
    {
        // As RehandlingDeadline(state): null from StartOf while there is one round only.
        var rule = Policy.RuleFor(DeadlineKind.Rehandling, state.Submission.Kind);
        if (StartOf(rule.Start, state, null) is not { } start)
        {
            return null;
        }

        var extension = state.Rounds[^1].Extension;
        return extension is null ? ComputeDate(start, rule).Date : RollForward(extension.ExtendedTo).Date;
    }

    private Deadline? DeadlineOf(DeadlineKind kind, ItemState state, HandlingUnit? unit)
    {
        ArgumentNullException.ThrowIfNull(state);
        var rule = Policy.RuleFor(kind, state.Submission.Kind);
        return StartOf(rule.Start, state, unit) is { } start ? Explain(start, rule, kind, state.Submission.Kind) : null;
    }

    /// <summary>
    /// The date of a start event in an item's history, or null when it has not happened: always null before assignment
    /// (the methods above rely on it rather than checking the assignment themselves).
    /// </summary>
    private LocalDate? StartOf(StartEvent startEvent, ItemState state, HandlingUnit? unit)
    {
        var assignment = state.Assignment;
        if (assignment is null)
        {
            return null;
        }

        switch (startEvent)
        {
            case StartEvent.Assigned:
                return assignment.Date;
            case StartEvent.Received:
                // The unit's own receipt; for the item as a whole, the lead unit's, or under 分办 the earliest. A unit that
                // has not signed within the sign-in window is deemed to have received the item at the window's end.
                return ReceivedStart(state, unit);
            case StartEvent.Replied:
                return state.Rounds.Reverse().FirstOrDefault(r => r.IsReplied)?.RepliedOn;
            case StartEvent.Feedback:
                return state.Rounds.Count >= 2 ? state.Rounds[^2].Feedback?.Date : null;
            case StartEvent.RehandlingStarted:
                return state.Rounds.Count >= 2 ? state.Rounds[^1].StartedOn : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// The start counted from 签收: the unit's own (received or deemed), or the earliest of the replying units'. Its own method,
    /// with a loop: a lambda capturing the state in <see cref="StartOf"/> allocated its closure on every call of StartOf.
    /// </summary>
    private LocalDate? ReceivedStart(ItemState state, HandlingUnit? unit)
    {
        if (unit is not null)
        {
            return ReceivedOrDeemed(state, unit);
        }

        LocalDate? earliest = null;
        foreach (var u in state.ReplyingUnits)
        {
            var received = ReceivedOrDeemed(state, u);
            if (earliest is not { } e || received < e)
            {
                earliest = received;
            }
        }

        return earliest;
    }

    private DeadlineDate RollForward(LocalDate raw) => RollForward(raw, DayNumbers.FromDate(raw, nameof(raw)), null, null);

    /// <summary>
    /// The raw end itself when it is a working day, otherwise the next working day (art. 203). The start and period, when
    /// known, name the deadline in the error for a next working day after 9999-12-31.
    /// </summary>
    private DeadlineDate RollForward(LocalDate raw, long rawDn, LocalDate? start, DeadlinePeriod? period)
    {
        if (Calendar.IsWorking(rawDn))
        {
            return new DeadlineDate(raw, raw, Calendar.IsProvisional(rawDn));
        }

        var rank = Calendar.Rank(rawDn) + 1;
        var dateDn = Calendar.WorkingDayWithRank(rank);
        if (!Calendar.TryDateOfRank(rank, out var date, out _))
        {
            throw DayNumbers.OutOfRange(
                start is { } from
                    ? $"{EndOf(from, period)}, moved from the rest day {LocalDatePattern.Iso.Format(raw)} to the next working day,"
                    : $"The first working day after the rest day {LocalDatePattern.Iso.Format(raw)}",
                dateDn);
        }

        return new DeadlineDate(date, raw, Calendar.AnyProvisional(rawDn, dateDn));
    }

    /// <summary>How the out-of-range error names a deadline: <c>The end of 3 months from 9999-12-01</c>.</summary>
    private static string EndOf(LocalDate start, DeadlinePeriod? period) =>
        period is { } p
            ? $"The end of {p} from {LocalDatePattern.Iso.Format(start)}"
            : $"The deadline counted from {LocalDatePattern.Iso.Format(start)}";

    private Deadline ApplyExtension(SubmissionKind kind, DeadlineKind deadlineKind, LocalDate start, LocalDate limitStart, LocalDate extendedTo, LocalDate? approvedOn)
    {
        var rule = Policy.RuleFor(deadlineKind, kind);
        var extended = RollForward(extendedTo);
        if (!Policy.AllowExtensionBeyondLimit)
        {
            var limitRule = Policy.RuleFor(DeadlineKind.ExtensionLimit, kind);
            var limit = ComputeDate(limitStart, limitRule);
            if (extended.Date > limit.Date)
            {
                var capped = Explain(limitStart, limitRule, DeadlineKind.ExtensionLimit, kind);
                var explanation = capped.Explanation with { ExtendedTo = extendedTo, ExtensionApprovedOn = approvedOn, CappedAtLimit = true };
                return capped with { Explanation = explanation };
            }
        }

        return ExplainExtension(kind, deadlineKind, rule, start, extendedTo, approvedOn);
    }

    private Deadline ExplainExtension(SubmissionKind kind, DeadlineKind deadlineKind, PeriodRule rule, LocalDate start, LocalDate extendedTo, LocalDate? approvedOn)
    {
        var extended = RollForward(extendedTo);
        var rawDn = DayNumbers.FromDate(extendedTo, nameof(extendedTo));
        var dateDn = DayNumbers.FromDate(extended.Date);
        var explanation = new DeadlineExplanation
        {
            Kind = deadlineKind,
            SubmissionKind = kind,
            Rule = rule,
            StartEvent = rule.Start,
            StartDate = start,
            RawEndDate = extendedTo,
            Date = extended.Date,
            SkippedRestDays = RestDays(rawDn, dateDn - 1),
            ExtendedTo = extendedTo,
            ExtensionApprovedOn = approvedOn,
            IsProvisional = extended.IsProvisional,
            ProvisionalYears = PendingYears(rawDn, dateDn, extended.IsProvisional),
            PredictedYears = PredictedOf(PendingYears(rawDn, dateDn, extended.IsProvisional)),
            CalendarVersion = Calendar.Version,
        };
        return new Deadline(extended.Date, extended.IsProvisional, explanation);
    }

    private Deadline Explain(LocalDate start, PeriodRule rule, DeadlineKind? kind, SubmissionKind? submissionKind)
    {
        var result = ComputeDate(start, rule);
        var startDn = DayNumbers.FromDate(start, nameof(start));
        var rawDn = DayNumbers.FromDate(result.RawEndDate);
        var dateDn = DayNumbers.FromDate(result.Date);
        var countsWorkingDays = rule.Period?.Unit == PeriodUnit.WorkingDays;
        var dependsFrom = !countsWorkingDays ? rawDn : rule.Period!.Value.Length == 0 ? startDn : startDn + 1L;
        var explanation = new DeadlineExplanation
        {
            Kind = kind,
            SubmissionKind = submissionKind,
            Rule = rule,
            StartEvent = rule.Start,
            StartDate = start,
            RawEndDate = result.RawEndDate,
            Date = result.Date,
            EndedOnMonthEnd = rule.Period?.Unit == PeriodUnit.CalendarMonths && result.RawEndDate.Day != start.Day,
            SkippedRestDays = countsWorkingDays ? RestDays(startDn + 1L, dateDn - 1) : RestDays(rawDn, dateDn - 1),
            CountedMakeUpWorkingDays = countsWorkingDays ? MakeUpDays(startDn + 1L, dateDn) : EquatableArray<CalendarDay>.Empty,
            IsProvisional = result.IsProvisional,
            ProvisionalYears = PendingYears(dependsFrom, dateDn, result.IsProvisional),
            PredictedYears = PredictedOf(PendingYears(dependsFrom, dateDn, result.IsProvisional)),
            CalendarVersion = Calendar.Version,
        };
        return new Deadline(result.Date, result.IsProvisional, explanation);
    }

    private EquatableArray<CalendarDay> RestDays(long from, long to)
    {
        var days = new List<CalendarDay>();
        for (var dn = from; dn <= to; dn++)
        {
            if (!Calendar.IsWorking(dn))
            {
                days.Add(Calendar.Describe(DayNumbers.ToDate(dn)));
            }
        }

        return new EquatableArray<CalendarDay>(days);
    }

    private EquatableArray<CalendarDay> MakeUpDays(long from, long to)
    {
        var days = new List<CalendarDay>();
        for (var dn = from; dn <= to; dn++)
        {
            if (Calendar.IsWorking(dn) && DayNumbers.IsWeekend(dn))
            {
                days.Add(Calendar.Describe(DayNumbers.ToDate(dn)));
            }
        }

        return new EquatableArray<CalendarDay>(days);
    }

    private EquatableArray<int> PredictedOf(EquatableArray<int> pending) =>
        new(pending.Where(y => Calendar.PredictedYears.Contains(y)));

    private EquatableArray<int> PendingYears(long from, long to, bool provisional) =>
        provisional && from <= to ? new EquatableArray<int>(Calendar.PendingNoticeYears(from, to).Distinct().Order()) : EquatableArray<int>.Empty;
}
