using System.Collections.Immutable;
using LianLuo.Domain.Model;
using NodaTime;

namespace LianLuo.Domain.Tests.Arbitraries;

/// <summary>
/// The test's own bookkeeping of a handling history, kept independently of <see cref="ItemLifecycle"/>:
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

    public HandlingPhase Phase { get; init; } = HandlingPhase.NotAssigned;

    public LocalDate? LastDate { get; init; }

    public int EventCount { get; init; }

    /// <summary>The current assignment's units and roles (empty before 交办).</summary>
    public ImmutableArray<Assignment> Assignments { get; init; } = [];

    public bool IsSeparate => !Assignments.IsEmpty && Assignments[0].Role == AssignmentRole.Separate;

    public HandlingUnit? Lead => Assignments.FirstOrDefault(a => a.Role == AssignmentRole.Lead)?.Unit;

    public IEnumerable<HandlingUnit> CoHandlingUnits => Assignments.Where(a => a.Role == AssignmentRole.CoHandling).Select(a => a.Unit);

    /// <summary>The units that answer: the lead unit, or every 分办 unit.</summary>
    public IEnumerable<HandlingUnit> ReplyingUnits => IsSeparate ? Assignments.Select(a => a.Unit) : Assignments.Where(a => a.Role == AssignmentRole.Lead).Select(a => a.Unit);

    public ImmutableArray<HandlingUnit> Received { get; init; } = [];

    public int AssignmentCount { get; init; }

    /// <summary>Rounds in the current assignment: 0 before 交办, 1 for the first handling, more after 重新办理.</summary>
    public int Rounds { get; init; }

    public ImmutableArray<HandlingUnit> RepliedThisRound { get; init; } = [];

    public bool RoundReplied { get; init; }

    public bool RoundHasFeedback { get; init; }

    public SatisfactionLevel? RoundLevel { get; init; }

    public int ReplyCount { get; init; }

    public bool AnyPromise { get; init; }

    /// <summary>The level of the latest returned satisfaction form, over all rounds.</summary>
    public SatisfactionLevel? LastReturnedLevel { get; init; }

    public int Communications { get; init; }

    public int PersonTimes { get; init; }

    public int Supervisions { get; init; }

    public int FollowUps { get; init; }

    public int ReturnRequests { get; init; }

    public LocalDate? ClosedOn { get; init; }

    public LocalDate? FirstRepliedOn { get; init; }

    public bool IsOpen => Phase is HandlingPhase.Handling or HandlingPhase.ReturnRequested or HandlingPhase.Replied or HandlingPhase.FeedbackReceived;

    /// <summary>The kinds of step that are valid now. Progressing steps are listed twice so that histories move on.</summary>
    public IReadOnlyList<StepKind> ValidSteps()
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
            case HandlingPhase.ReturnRequested:
                steps.AddRange([StepKind.DecideReturn, StepKind.DecideReturn, StepKind.Communicate, StepKind.Supervise]);
                if (Received.Length < Assignments.Length)
                {
                    steps.Add(StepKind.Receive);
                }

                return steps;
            case HandlingPhase.Closed:
                steps.AddRange([StepKind.Communicate, StepKind.Supervise]);
                if (AnyPromise)
                {
                    steps.Add(StepKind.FollowUp);
                }

                return steps;
        }

        // Handling, Replied or FeedbackReceived.
        steps.AddRange([StepKind.Communicate, StepKind.Supervise]);
        if (Received.Length < Assignments.Length)
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

        if (Phase == HandlingPhase.Handling)
        {
            steps.AddRange([StepKind.Reply, StepKind.Reply, StepKind.Reply, StepKind.Extend, StepKind.DesignateComplexity]);
            if (ReplyCount == 0)
            {
                steps.Add(StepKind.RequestReturn);
            }
        }

        if (Phase == HandlingPhase.Replied)
        {
            steps.AddRange([StepKind.Feedback, StepKind.Feedback, StepKind.Feedback]);
        }

        if (RoundReplied)
        {
            steps.Add(StepKind.Close);
        }

        if (Phase == HandlingPhase.FeedbackReceived && RoundLevel == SatisfactionLevel.Unsatisfied)
        {
            steps.AddRange([StepKind.Rehandle, StepKind.Rehandle, StepKind.Rehandle]);
        }

        return steps;
    }

    /// <summary>Makes the event of a valid step on <paramref name="date"/> and the model after it.</summary>
    /// <param name="kind">One of <see cref="ValidSteps"/>.</param>
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
                return (assigned, after with
                {
                    Phase = HandlingPhase.Handling,
                    Assignments = assignments,
                    Received = [],
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
                var pending = Assignments.Select(a => a.Unit).Where(u => !Received.Contains(u)).ToArray();
                var unit = pending[detail % pending.Length];
                return (new Received(date, unit), after with { Received = Received.Add(unit) });
            }

            case StepKind.RequestReturn:
            {
                var unit = Assignments[detail % Assignments.Length].Unit;
                return (new ReturnRequested(date, unit, "不属于本单位职责范围"), after with { Phase = HandlingPhase.ReturnRequested, ReturnRequests = ReturnRequests + 1 });
            }

            case StepKind.DecideReturn:
            {
                var approved = detail % 2 == 0;
                return (new ReturnDecided(date, approved), after with { Phase = approved ? HandlingPhase.AwaitingReassignment : HandlingPhase.Handling });
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
                HandlingUnit? unit = IsOpen && detail % 2 == 1 ? Assignments[detail / 2 % Assignments.Length].Unit : null;
                return (new Communicated(date, stage, mode, personTimes, unit), after with { Communications = Communications + 1, PersonTimes = PersonTimes + personTimes });
            }

            case StepKind.Extend:
                return (new Extended(date, Cap(date.PlusDays(15 + (detail % 60))), "分管副市长", "涉及多部门协调"), after);
            case StepKind.DesignateComplexity:
                return (new ComplexityDesignated(date, detail % 2 == 0), after);
            case StepKind.Supervise:
                return (new Supervised(date, detail % 2 == 0 ? "常务副市长" : "分管副市长"), after with { Supervisions = Supervisions + 1 });
            case StepKind.Reply:
                return Reply(after, date, detail);
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
                return (new FeedbackReceived(date, level), after with
                {
                    Phase = HandlingPhase.FeedbackReceived,
                    RoundHasFeedback = true,
                    RoundLevel = level,
                    LastReturnedLevel = level ?? LastReturnedLevel,
                });
            }

            case StepKind.Rehandle:
                return (new RehandlingStarted(date), after with
                {
                    Phase = HandlingPhase.Handling,
                    Rounds = Rounds + 1,
                    RepliedThisRound = [],
                    RoundReplied = false,
                    RoundHasFeedback = false,
                    RoundLevel = null,
                });
            case StepKind.FollowUp:
                return (new FollowedUp(date, detail % 3 != 0), after with { FollowUps = FollowUps + 1 });
            case StepKind.Close:
                return (new Closed(date), after with { Phase = HandlingPhase.Closed, ClosedOn = date });
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown step kind.");
        }
    }

    private static (HandlingEvent Event, HistoryModel Next) Reply(HistoryModel after, LocalDate date, int detail)
    {
        var remaining = after.ReplyingUnits.Where(u => !after.RepliedThisRound.Contains(u)).ToArray();
        var unit = remaining[detail % remaining.Length];
        var named = after.IsSeparate || detail % 2 == 0 ? unit : null;
        var reply = (detail / 2 % 3) switch
        {
            0 => new Replied(date, ResultCategory.A, named),
            1 => new Replied(date, ResultCategory.B, named, PlannedCompletion: Cap(date.PlusDays(30 + (detail % 300)))),
            _ => new Replied(date, ResultCategory.C, named, Reason: "受财力所限，暂时无法解决"),
        };
        var replied = after.RepliedThisRound.Add(unit);
        var complete = replied.Length == after.ReplyingUnits.Count();
        return (reply, after with
        {
            Phase = complete ? HandlingPhase.Replied : after.Phase,
            RepliedThisRound = replied,
            RoundReplied = complete,
            ReplyCount = after.ReplyCount + 1,
            AnyPromise = after.AnyPromise || reply.PlannedCompletion is not null,
            FirstRepliedOn = after.FirstRepliedOn ?? (complete && after.Rounds == 1 ? date : null),
        });
    }

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
