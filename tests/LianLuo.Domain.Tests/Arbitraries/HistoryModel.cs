using System.Collections.Immutable;
using LianLuo.Domain.Model;
using LianLuo.Domain.Deadlines;
using NodaTime;

namespace LianLuo.Domain.Tests.Arbitraries;

/// <summary>
/// The test's own bookkeeping of a handling history, kept independently of <see cref="Lifecycle.ItemLifecycle"/>:
/// the generators use it to offer only valid next steps (and to pick forbidden ones), and the properties
/// compare the fold against it.
/// </summary>
public sealed record HistoryModel
{
    /// <summary>The earliest date a generated event may carry.</summary>
    public static readonly LocalDate MinDate = new(2007, 1, 1);

    /// <summary>The latest date a generated event may carry.</summary>
    public static readonly LocalDate MaxDate = new(2027, 12, 31);

    /// <summary>A unit that is never assigned, for steps by strangers.</summary>
    public static readonly HandlingUnit Outsider = new("市审计局");

    /// <summary>Realistic handling units; <see cref="Outsider"/> is not among them.</summary>
    public static readonly ImmutableArray<HandlingUnit> Units =
    [
        new("市教育局"), new("市公安局"), new("市交通运输局"), new("市住房和城乡建设局"), new("市卫生健康委员会"),
        new("市自然资源和规划局"), new("市生态环境局"), new("市民政局"), new("市人力资源和社会保障局"), new("市农业农村局"),
    ];

    /// <summary>The engine whose calendar gives the dates of periods (deadlines, windows); the rules are the test's own.</summary>
    public static DeadlineEngine Engine => DeadlineEngine.Default;

    public SubmissionKind Kind { get; init; } = SubmissionKind.Suggestion;

    public HandlingPhase Phase { get; init; } = HandlingPhase.NotAssigned;

    public LocalDate? LastDate { get; init; }

    public int EventCount { get; init; }

    /// <summary>The current assignment's units and roles (empty before 交办).</summary>
    public ImmutableArray<Assignment> Assignments { get; init; } = [];

    /// <summary>The date of the current 交办.</summary>
    public LocalDate? AssignedOn { get; init; }

    public bool IsSeparate => !Assignments.IsEmpty && Assignments[0].Role == AssignmentRole.Separate;

    public HandlingUnit? Lead => Assignments.FirstOrDefault(a => a.Role == AssignmentRole.Lead)?.Unit;

    /// <summary>The 会办 units still on the item (not released by an approved return).</summary>
    public IEnumerable<HandlingUnit> CoHandlingUnits => Assignments.Where(a => a.Role == AssignmentRole.CoHandling && !Released.Contains(a.Unit)).Select(a => a.Unit);

    /// <summary>The units still assigned: every unit of the assignment but the released ones.</summary>
    public IEnumerable<HandlingUnit> ActiveUnits => Assignments.Select(a => a.Unit).Where(u => !Released.Contains(u));

    /// <summary>The units that answer: the lead unit, or every 分办 unit.</summary>
    public IEnumerable<HandlingUnit> ReplyingUnits => IsSeparate ? Assignments.Select(a => a.Unit) : Assignments.Where(a => a.Role == AssignmentRole.Lead).Select(a => a.Unit);

    public bool IsReplying(HandlingUnit unit) => ReplyingUnits.Contains(unit);

    public ImmutableArray<HandlingUnit> Received { get; init; } = [];

    /// <summary>The 签收 dates of the current assignment.</summary>
    public ImmutableDictionary<HandlingUnit, LocalDate> ReceiptDates { get; init; } = ImmutableDictionary<HandlingUnit, LocalDate>.Empty;

    /// <summary>The units whose return request (退回申请) awaits its decision, in order.</summary>
    public ImmutableArray<HandlingUnit> PendingReturns { get; init; } = [];

    /// <summary>会办 units whose return was approved: they left the item.</summary>
    public ImmutableArray<HandlingUnit> Released { get; init; } = [];

    /// <summary>Whether the item is currently complex (情况复杂).</summary>
    public bool IsComplex { get; init; }

    /// <summary>The date the latest extension of the current round extends to, or null.</summary>
    public LocalDate? ExtendedTo { get; init; }

    /// <summary>The approval date of the latest extension of the current assignment, or null.</summary>
    public LocalDate? LastExtensionOn { get; init; }

    /// <summary>In a re-handling round (not 分办), the date of the 不满意 feedback the round's deadline counts from.</summary>
    public LocalDate? RehandlingFrom { get; init; }

    /// <summary>Under 分办, each unit's part; empty otherwise.</summary>
    public ImmutableDictionary<HandlingUnit, PartModel> Parts { get; init; } = ImmutableDictionary<HandlingUnit, PartModel>.Empty;

    public int AssignmentCount { get; init; }

    /// <summary>Rounds in the current assignment: 0 before 交办, 1 for the first handling, more after 重新办理 (always 1 under 分办, see <see cref="Parts"/>).</summary>
    public int Rounds { get; init; }

    public ImmutableArray<HandlingUnit> RepliedThisRound { get; init; } = [];

    /// <summary>Whether the item-level round is replied (under 分办: every unit's first reply is in).</summary>
    public bool RoundReplied { get; init; }

    public bool RoundHasFeedback { get; init; }

    public SatisfactionLevel? RoundLevel { get; init; }

    public int ReplyCount { get; init; }

    public bool AnyPromise { get; init; }

    /// <summary>The level of the latest returned satisfaction form, over all rounds (not 分办).</summary>
    public SatisfactionLevel? LastReturnedLevel { get; init; }

    public int Communications { get; init; }

    public int PersonTimes { get; init; }

    public int Supervisions { get; init; }

    public int FollowUps { get; init; }

    public int ReturnRequests { get; init; }

    public int LateReturnRequests { get; init; }

    public LocalDate? ClosedOn { get; init; }

    public LocalDate? FirstRepliedOn { get; init; }

    public bool IsOpen => Phase is HandlingPhase.Handling or HandlingPhase.ReturnRequested or HandlingPhase.Replied or HandlingPhase.FeedbackReceived;

    /// <summary>Whether every unit's current round is replied (the item can be closed).</summary>
    public bool CurrentRoundsReplied => IsSeparate ? Parts.Values.All(p => p.Replied) : RoundReplied;

    /// <summary>The expected final satisfaction: the last returned level, or under 分办 the lowest of the parts' once determined.</summary>
    public SatisfactionLevel? FinalSatisfaction
    {
        get
        {
            if (!IsSeparate)
            {
                return LastReturnedLevel;
            }

            var levels = Parts.Values.Select(p => p.LastReturnedLevel).ToArray();
            if (levels.Contains(SatisfactionLevel.Unsatisfied))
            {
                return SatisfactionLevel.Unsatisfied;
            }

            return levels.All(l => l is not null) ? levels.Max() : null;
        }
    }

    // ---- Dates of periods, from the calendar -------------------------------------------------------------

    private static LocalDate Months(LocalDate start, int months) => Engine.ComputeDate(start, new CalendarMonths(months)).Date;

    private static LocalDate WorkingDaysAfter(LocalDate start, int days) => Engine.ComputeDate(start, new WorkingDays(days)).Date;

    private static LocalDate NextWorkingDay(LocalDate date) => Engine.Calendar.NextWorkingDayOnOrAfter(date);

    private bool IsMotion => Kind == SubmissionKind.Motion;

    /// <summary>The regular reply deadline: 3 months from 交办 (议案 6), as if not complex and never extended.</summary>
    public LocalDate RegularDeadline => Months(AssignedOn!.Value, IsMotion ? 6 : 3);

    /// <summary>The extension limit: 6 months from 交办 (议案 12).</summary>
    public LocalDate ExtensionLimit => Months(AssignedOn!.Value, IsMotion ? 12 : 6);

    /// <summary>The deadline of the current round that an extension would extend.</summary>
    public LocalDate CurrentDeadline =>
        ExtendedTo is { } to ? NextWorkingDay(to)
        : Rounds > 1 && !IsSeparate ? Months(RehandlingFrom!.Value, 1)
        : IsComplex ? Months(AssignedOn!.Value, IsMotion ? 12 : 6)
        : RegularDeadline;

    /// <summary>The end of a unit's sign-in window: 5 working days from 交办.</summary>
    public LocalDate SignInWindow => WorkingDaysAfter(AssignedOn!.Value, 5);

    /// <summary>The end of a unit's return window: 5 working days from its 签收, or from the sign-in window's end when it signed no earlier.</summary>
    public LocalDate ReturnWindow(HandlingUnit unit)
    {
        var window = SignInWindow;
        var start = ReceiptDates.TryGetValue(unit, out var received) && received < window ? received : window;
        return WorkingDaysAfter(start, 5);
    }

    /// <summary>Whether any reply was given in the current assignment (returns and 情况复杂 end there).</summary>
    public bool AnyReplyThisAssignment => IsSeparate ? Parts.Values.Any(p => p.Replies > 0 || p.Rounds > 1) : RepliedThisRound.Length > 0 || Rounds > 1;

    /// <summary>The units that may ask to return the item on a date: assigned, not pending, within their window, before any reply.</summary>
    public IEnumerable<HandlingUnit> ReturnableUnits(LocalDate date) =>
        AnyReplyThisAssignment || Phase is not (HandlingPhase.Handling or HandlingPhase.ReturnRequested)
            ? []
            : ActiveUnits.Where(u => !PendingReturns.Contains(u) && date <= ReturnWindow(u));

    /// <summary>Whether the current round may be extended on a date, and to which dates (from, to inclusive).</summary>
    public (LocalDate From, LocalDate To)? ExtensionRange(LocalDate date)
    {
        if (Phase != HandlingPhase.Handling || RoundReplied)
        {
            return null;
        }

        var deadline = CurrentDeadline;
        if (date > deadline)
        {
            return null;
        }

        var from = deadline.PlusDays(1);
        var to = Rounds > 1 && !IsSeparate ? deadline.PlusDays(60) : ExtensionLimit;
        to = to > MaxDate ? MaxDate : to;
        return from <= to ? (from, to) : null;
    }

    /// <summary>The start of the current round.</summary>
    public LocalDate? RoundStartedOn { get; init; }

    /// <summary>Whether 情况复杂 may be decided on a date: before any reply, no later than the regular deadline.</summary>
    public bool MayDesignateComplexity(LocalDate date) =>
        Phase is HandlingPhase.Handling or HandlingPhase.ReturnRequested && !AnyReplyThisAssignment && date <= RegularDeadline;

    /// <summary>The kinds of step that are valid on <paramref name="date"/>. Progressing steps are listed twice so that histories move on.</summary>
    public IReadOnlyList<StepKind> ValidSteps(LocalDate date)
    {
        var steps = new List<StepKind>();
        switch (Phase)
        {
            case HandlingPhase.NotAssigned:
                steps.Add(StepKind.Assign);
                return steps;
            case HandlingPhase.AwaitingReassignment:
                steps.AddRange([StepKind.Assign, StepKind.Assign, StepKind.Assign, StepKind.Communicate, StepKind.Supervise]);
                return steps;
            case HandlingPhase.Closed:
                steps.AddRange([StepKind.Communicate, StepKind.Supervise]);
                if (AnyPromise)
                {
                    steps.Add(StepKind.FollowUp);
                }

                return steps;
        }

        // Handling, ReturnRequested, Replied or FeedbackReceived.
        steps.AddRange([StepKind.Communicate, StepKind.Supervise]);
        if (ActiveUnits.Any(u => !Received.Contains(u)))
        {
            steps.Add(StepKind.Receive);
        }

        if (CoHandlingUnits.Any())
        {
            steps.Add(StepKind.SendOpinion);
        }

        if (AnyPromise)
        {
            steps.Add(StepKind.FollowUp);
        }

        if (!PendingReturns.IsEmpty)
        {
            steps.AddRange([StepKind.DecideReturn, StepKind.DecideReturn]);
        }

        if (ReturnableUnits(date).Any())
        {
            steps.Add(StepKind.RequestReturn);
        }

        if (MayDesignateComplexity(date))
        {
            steps.Add(StepKind.DesignateComplexity);
        }

        if (Phase == HandlingPhase.ReturnRequested)
        {
            return steps;
        }

        if (ExtensionRange(date) is not null)
        {
            steps.Add(StepKind.Extend);
        }

        if (IsSeparate)
        {
            if (Parts.Values.Any(p => !p.Replied))
            {
                steps.AddRange([StepKind.Reply, StepKind.Reply, StepKind.Reply]);
            }

            if (Parts.Values.Any(p => p.Replied && !p.HasFeedback))
            {
                steps.AddRange([StepKind.Feedback, StepKind.Feedback, StepKind.Feedback]);
            }

            if (Parts.Values.Any(p => p.Level == SatisfactionLevel.Unsatisfied))
            {
                steps.AddRange([StepKind.Rehandle, StepKind.Rehandle]);
            }
        }
        else
        {
            if (Phase == HandlingPhase.Handling)
            {
                steps.AddRange([StepKind.Reply, StepKind.Reply, StepKind.Reply]);
            }

            if (Phase == HandlingPhase.Replied)
            {
                steps.AddRange([StepKind.Feedback, StepKind.Feedback, StepKind.Feedback]);
            }

            if (Phase == HandlingPhase.FeedbackReceived && RoundLevel == SatisfactionLevel.Unsatisfied)
            {
                steps.AddRange([StepKind.Rehandle, StepKind.Rehandle, StepKind.Rehandle]);
            }
        }

        if (CurrentRoundsReplied)
        {
            steps.Add(StepKind.Close);
        }

        return steps;
    }

    /// <summary>Makes the event of a valid step on <paramref name="date"/> and the model after it.</summary>
    /// <param name="kind">One of <see cref="ValidSteps"/> for that date.</param>
    /// <param name="date">The event's date (not before <see cref="LastDate"/>).</param>
    /// <param name="detail">A non-negative number that picks the step's details (unit, category, level, …).</param>
    public (HandlingEvent Event, HistoryModel Next) Step(StepKind kind, LocalDate date, int detail)
    {
        var after = this with { LastDate = date, EventCount = EventCount + 1 };
        switch (kind)
        {
            case StepKind.Assign:
            {
                var assignments = MakeAssignments(detail);
                var assigned = new Assigned(date, assignments, isComplex: detail % 7 == 0);
                var separate = assignments[0].Role == AssignmentRole.Separate;
                return (assigned, after with
                {
                    Phase = HandlingPhase.Handling,
                    Assignments = assignments,
                    AssignedOn = date,
                    IsComplex = assigned.IsComplex,
                    ExtendedTo = null,
                    LastExtensionOn = null,
                    RehandlingFrom = null,
                    RoundStartedOn = date,
                    Received = [],
                    ReceiptDates = ImmutableDictionary<HandlingUnit, LocalDate>.Empty,
                    PendingReturns = [],
                    Released = [],
                    Parts = separate
                        ? assignments.ToImmutableDictionary(a => a.Unit, _ => PartModel.Start)
                        : ImmutableDictionary<HandlingUnit, PartModel>.Empty,
                    AssignmentCount = AssignmentCount + 1,
                    Rounds = 1,
                    RepliedThisRound = [],
                    RoundReplied = false,
                    RoundHasFeedback = false,
                    RoundLevel = null,
                });
            }

            case StepKind.Receive:
            {
                var pending = ActiveUnits.Where(u => !Received.Contains(u)).ToArray();
                var unit = pending[detail % pending.Length];
                return (new Received(date, unit), after with { Received = Received.Add(unit), ReceiptDates = ReceiptDates.Add(unit, date) });
            }

            case StepKind.RequestReturn:
            {
                var units = ReturnableUnits(date).ToArray();
                var unit = units[detail % units.Length];
                return (new ReturnRequested(date, unit, "不属于本单位职责范围"), after with
                {
                    Phase = IsReplying(unit) ? HandlingPhase.ReturnRequested : Phase,
                    ReturnRequests = ReturnRequests + 1,
                    PendingReturns = PendingReturns.Add(unit),
                });
            }

            case StepKind.DecideReturn:
            {
                var approved = detail % 2 == 0;
                var unit = PendingReturns[detail / 2 % PendingReturns.Length];
                var named = PendingReturns.Length == 1 && detail / 2 % 3 == 0 ? null : unit;
                var pending = PendingReturns.Remove(unit);
                if (!IsReplying(unit))
                {
                    return (new ReturnDecided(date, approved, named), after with
                    {
                        PendingReturns = pending,
                        Released = approved ? Released.Add(unit) : Released,
                    });
                }

                return (new ReturnDecided(date, approved, named), after with
                {
                    PendingReturns = pending,
                    Phase = approved ? HandlingPhase.AwaitingReassignment : pending.Any(IsReplying) ? HandlingPhase.ReturnRequested : HandlingPhase.Handling,
                });
            }

            case StepKind.SendOpinion:
            {
                var co = CoHandlingUnits.ToArray();
                return (new CoHandlingOpinionSent(date, co[detail % co.Length]), after);
            }

            case StepKind.Communicate:
            {
                var stage = (CommunicationStage)(1 + (detail % 3));
                var mode = (CommunicationMode)(1 + (detail / 3 % 5));
                var personTimes = 1 + (detail % 4);
                var active = ActiveUnits.ToArray();
                HandlingUnit? unit = IsOpen && detail % 2 == 1 ? active[detail / 2 % active.Length] : null;
                return (new Communicated(date, stage, mode, personTimes, unit), after with { Communications = Communications + 1, PersonTimes = PersonTimes + personTimes });
            }

            case StepKind.Extend:
            {
                var (from, last) = ExtensionRange(date)!.Value;
                var span = Period.Between(from, last, PeriodUnits.Days).Days + 1;
                var to = from.PlusDays(detail % span);
                return (new Extended(date, to, "分管副市长", "涉及多部门协调"), after with { ExtendedTo = to, LastExtensionOn = date });
            }

            case StepKind.DesignateComplexity:
                return (new ComplexityDesignated(date, detail % 2 == 0), after with { IsComplex = detail % 2 == 0 });
            case StepKind.Supervise:
                return (new Supervised(date, detail % 2 == 0 ? "常务副市长" : "分管副市长"), after with { Supervisions = Supervisions + 1 });
            case StepKind.Reply:
                return IsSeparate ? SeparateReply(after, date, detail) : Reply(after, date, detail);
            case StepKind.Feedback:
            {
                SatisfactionLevel? level = (detail % 6) switch
                {
                    0 => SatisfactionLevel.VerySatisfied,
                    1 => SatisfactionLevel.Satisfied,
                    2 => SatisfactionLevel.BasicallySatisfied,
                    3 or 4 => SatisfactionLevel.Unsatisfied,
                    _ => null,
                };
                if (IsSeparate)
                {
                    var units = Parts.Where(p => p.Value.Replied && !p.Value.HasFeedback).Select(p => p.Key).OrderBy(OrderOf).ToArray();
                    var unit = units[detail / 6 % units.Length];
                    var part = Parts[unit] with { HasFeedback = true, Level = level, LastReturnedLevel = level ?? Parts[unit].LastReturnedLevel, FeedbackOn = date };
                    return (new FeedbackReceived(date, level, unit), WithSeparatePhase(after with { Parts = Parts.SetItem(unit, part) }));
                }

                return (new FeedbackReceived(date, level), after with
                {
                    Phase = HandlingPhase.FeedbackReceived,
                    RoundHasFeedback = true,
                    RoundLevel = level,
                    LastReturnedLevel = level ?? LastReturnedLevel,
                    RehandlingFrom = date,
                });
            }

            case StepKind.Rehandle:
            {
                if (IsSeparate)
                {
                    var units = Parts.Where(p => p.Value.Level == SatisfactionLevel.Unsatisfied).Select(p => p.Key).OrderBy(OrderOf).ToArray();
                    var unit = units[detail % units.Length];
                    var part = Parts[unit] with { Rounds = Parts[unit].Rounds + 1, Replied = false, HasFeedback = false, Level = null };
                    return (new RehandlingStarted(date, unit), WithSeparatePhase(after with { Parts = Parts.SetItem(unit, part) }));
                }

                return (new RehandlingStarted(date), after with
                {
                    Phase = HandlingPhase.Handling,
                    Rounds = Rounds + 1,
                    RoundStartedOn = date,
                    ExtendedTo = null,
                    RepliedThisRound = [],
                    RoundReplied = false,
                    RoundHasFeedback = false,
                    RoundLevel = null,
                });
            }

            case StepKind.FollowUp:
                return (new FollowedUp(date, detail % 3 != 0), after with { FollowUps = FollowUps + 1 });
            case StepKind.Close:
                return (new Closed(date), after with { Phase = HandlingPhase.Closed, ClosedOn = date });
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown step kind.");
        }
    }

    private int OrderOf(HandlingUnit unit) => Assignments.Select(a => a.Unit).ToList().IndexOf(unit);

    private static Replied MakeReply(LocalDate date, int detail, HandlingUnit? named) => (detail / 2 % 3) switch
    {
        0 => new Replied(date, ResultCategory.A, named),
        1 => new Replied(date, ResultCategory.B, named, PlannedCompletion: Cap(date.PlusDays(30 + (detail % 300)))),
        _ => new Replied(date, ResultCategory.C, named, Reason: "受财力所限，暂时无法解决"),
    };

    private static (HandlingEvent Event, HistoryModel Next) Reply(HistoryModel after, LocalDate date, int detail)
    {
        var unit = after.Lead!;
        var named = detail % 2 == 0 ? unit : null;
        var reply = MakeReply(date, detail, named);
        return (reply, after with
        {
            Phase = HandlingPhase.Replied,
            RepliedThisRound = [unit],
            RoundReplied = true,
            ReplyCount = after.ReplyCount + 1,
            AnyPromise = after.AnyPromise || reply.PlannedCompletion is not null,
            FirstRepliedOn = after.FirstRepliedOn ?? (after.Rounds == 1 ? date : null),
        });
    }

    private static (HandlingEvent Event, HistoryModel Next) SeparateReply(HistoryModel after, LocalDate date, int detail)
    {
        var remaining = after.Parts.Where(p => !p.Value.Replied).Select(p => p.Key).OrderBy(after.OrderOf).ToArray();
        var unit = remaining[detail % remaining.Length];
        var reply = MakeReply(date, detail, unit);
        var old = after.Parts[unit];
        var part = old with { Replied = true, Replies = old.Replies + 1, FirstRepliedOn = old.FirstRepliedOn ?? date };
        var parts = after.Parts.SetItem(unit, part);
        var complete = parts.Values.All(p => p.FirstRepliedOn is not null);
        return (reply, WithSeparatePhase(after with
        {
            Parts = parts,
            RepliedThisRound = old.Rounds == 1 ? after.RepliedThisRound.Add(unit) : after.RepliedThisRound,
            RoundReplied = complete,
            ReplyCount = after.ReplyCount + 1,
            AnyPromise = after.AnyPromise || reply.PlannedCompletion is not null,
            FirstRepliedOn = after.FirstRepliedOn ?? (complete ? date : null),
        }));
    }

    /// <summary>Under 分办: Handling while any unit's current round is unreplied, FeedbackReceived when every one has its feedback, else Replied.</summary>
    private static HistoryModel WithSeparatePhase(HistoryModel model) => model with
    {
        Phase = model.Parts.Values.Any(p => !p.Replied) ? HandlingPhase.Handling
            : model.Parts.Values.All(p => p.HasFeedback) ? HandlingPhase.FeedbackReceived
            : HandlingPhase.Replied,
    };

    /// <summary>One of five unit structures: 主办 alone, 主办 with one or two 会办, two or three 分办.</summary>
    private static ImmutableArray<Assignment> MakeAssignments(int detail)
    {
        var offset = detail / 5 % Units.Length;
        HandlingUnit Unit(int i) => Units[(offset + i) % Units.Length];
        return (detail % 5) switch
        {
            0 => [new Assignment(Unit(0), AssignmentRole.Lead, "分管副局长", "办公室主任")],
            1 => [new Assignment(Unit(0), AssignmentRole.Lead), new Assignment(Unit(1), AssignmentRole.CoHandling)],
            2 => [new Assignment(Unit(0), AssignmentRole.Lead), new Assignment(Unit(1), AssignmentRole.CoHandling), new Assignment(Unit(2), AssignmentRole.CoHandling)],
            3 => [new Assignment(Unit(0), AssignmentRole.Separate), new Assignment(Unit(1), AssignmentRole.Separate)],
            _ => [new Assignment(Unit(0), AssignmentRole.Separate), new Assignment(Unit(1), AssignmentRole.Separate), new Assignment(Unit(2), AssignmentRole.Separate)],
        };
    }

    private static LocalDate Cap(LocalDate date) => date > MaxDate ? MaxDate : date;
}

/// <summary>The test's bookkeeping of one 分办 unit's part.</summary>
/// <param name="Rounds">The unit's rounds: 1, more after its re-handling.</param>
/// <param name="Replied">Whether its current round is replied.</param>
/// <param name="HasFeedback">Whether its current round has its feedback.</param>
/// <param name="Level">The current round's satisfaction.</param>
/// <param name="LastReturnedLevel">The latest returned satisfaction over its rounds.</param>
/// <param name="FirstRepliedOn">The date of its first reply.</param>
/// <param name="Replies">How many replies it gave.</param>
/// <param name="FeedbackOn">The date of its latest feedback.</param>
public sealed record PartModel(int Rounds, bool Replied, bool HasFeedback, SatisfactionLevel? Level, SatisfactionLevel? LastReturnedLevel, LocalDate? FirstRepliedOn, int Replies, LocalDate? FeedbackOn)
{
    public static PartModel Start { get; } = new(1, false, false, null, null, null, 0, null);
}

/// <summary>The kinds of valid step the generator can take.</summary>
public enum StepKind
{
    Assign,
    Receive,
    RequestReturn,
    DecideReturn,
    SendOpinion,
    Communicate,
    Extend,
    DesignateComplexity,
    Supervise,
    Reply,
    Feedback,
    Rehandle,
    FollowUp,
    Close,
}
