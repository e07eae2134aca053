using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Domain.Tests.Deadlines;

/// <summary>
/// The deadlines of an item from its history, by both of the engine's routes: the explained one (public, with the
/// explanation) and the date-only one the timeliness and assessment code uses (internal, allocating nothing). Each date was
/// counted by hand on the 2025 calendar; each case states a rule of the handling model (a start event, a cap, a round).
/// </summary>
public class ItemDeadlineRoutesTests
{
    private static readonly DeadlineEngine Engine = DeadlineEngine.Default;
    private static readonly HandlingUnit Lead = new("市教育局");
    private static readonly HandlingUnit CoUnit = new("市公安局");
    private static readonly HandlingUnit Other = new("市交通运输局");
    private static readonly Submission Suggestion = new(new ItemId("J2025-002"), SubmissionKind.Suggestion, "关于优化公交线路的建议", 2025, new Deputy("王五"));

    private static LocalDate D(string text) => LocalDatePattern.Iso.Parse(text).Value;

    private static ItemState Fold(params HandlingEvent[] history) => ItemLifecycle.Fold(Suggestion, history);

    private static Assigned Assign(string date, bool complex = false) => new(D(date), [new Assignment(Lead, AssignmentRole.Lead)], complex);

    /// <summary>The reply, re-handling and extension-limit dates by both routes, which must agree.</summary>
    private static void AssertBothRoutes(DeadlineEngine engine, ItemState state, string? reply, string? rehandling, string? limit)
    {
        LocalDate? Expected(string? text) => text is null ? null : D(text);
        Assert.Equal(Expected(reply), engine.ReplyDeadline(state)?.Date);
        Assert.Equal(Expected(reply), engine.ReplyDeadlineDate(state));
        Assert.Equal(Expected(rehandling), engine.RehandlingDeadline(state)?.Date);
        Assert.Equal(Expected(rehandling), engine.RehandlingDeadlineDate(state));
        Assert.Equal(Expected(limit), engine.ExtensionLimit(state)?.Date);
        Assert.Equal(Expected(limit), engine.ExtensionLimitDate(state));
    }

    [Fact]
    public void NotAssigned_HasNoDeadlineByEitherRoute()
    {
        var state = ItemLifecycle.Initial(Suggestion);

        AssertBothRoutes(Engine, state, null, null, null);
        Assert.Null(Engine.RegularReplyDeadline(state));
        Assert.Null(Engine.SignInDeadline(state, Lead));
        Assert.Null(Engine.ReceivedOnTime(state, Lead));
        Assert.Null(Engine.ReturnDeadline(state, Lead));
        Assert.Null(Engine.FaceToFaceDeadline(state));
    }

    [Fact]
    public void Assigned_ThreeMonthsAndTheSixMonthLimit()
    {
        // 03-20 + 3 months = 06-20 (Friday); + 6 months = 09-20 (Saturday), so 09-22.
        AssertBothRoutes(Engine, Fold(Assign("2025-03-20")), "2025-06-20", null, "2025-09-22");
    }

    [Fact]
    public void Complex_SixMonthsByBothRoutes_AndTheRegularDeadlineStaysThreeMonths()
    {
        var state = Fold(Assign("2025-03-20"), new ComplexityDesignated(D("2025-04-01"), true));

        AssertBothRoutes(Engine, state, "2025-09-22", null, "2025-09-22");
        // The date by which 情况复杂 must be decided is the regular one, whatever was decided.
        var regular = Engine.RegularReplyDeadline(state)!;
        Assert.Equal(D("2025-06-20"), regular.Date);
        Assert.Equal(DeadlineKind.Reply, regular.Explanation.Kind);
    }

    [Fact]
    public void ExtensionInTheFirstRound_ReplacesTheReplyDeadlineByBothRoutes()
    {
        // Extended to Saturday 08-02: the next working day, Monday 08-04.
        var state = Fold(Assign("2025-03-20"), new Extended(D("2025-06-10"), D("2025-08-02")));

        AssertBothRoutes(Engine, state, "2025-08-04", null, "2025-09-22");
        Assert.Contains("Extension approved on 2025-06-10 (Tuesday) to 2025-08-02 (Saturday) replaces the period", Engine.ReplyDeadline(state)!.Explanation.ToLines(ExplanationLanguage.English));
    }

    [Fact]
    public void ExtensionPastAShorterLimitOfTheAskingEngine_IsCappedByBothRoutes()
    {
        // Folded under the default policy (limit 6 months); asked under a policy whose limit for suggestions is 4 months
        // from 交办 (and complex suggestions 4 months, which must not pass it): 07-20 is a Sunday, so 07-21. The extension
        // to 08-02 (08-04) passes it and the limit applies.
        var state = Fold(Assign("2025-03-20"), new Extended(D("2025-06-10"), D("2025-08-02")));
        var fourMonthRule = PeriodRule.After(StartEvent.Assigned, new CalendarMonths(4));
        var fourMonths = Engine.WithPolicy(DeadlinePolicy.Default.ToBuilder()
            .Set(DeadlineKind.ComplexReply, SubmissionKind.Suggestion, fourMonthRule)
            .Set(DeadlineKind.ExtensionLimit, SubmissionKind.Suggestion, fourMonthRule)
            .Build());

        AssertBothRoutes(fourMonths, state, "2025-07-21", null, "2025-07-21");
        Assert.True(fourMonths.ReplyDeadline(state)!.Explanation.CappedAtLimit);

        // A policy that allows extensions past the limit keeps the extension.
        var lenient = fourMonths.WithPolicy(fourMonths.Policy.ToBuilder().WithExtensionBeyondLimit(true).Build());
        AssertBothRoutes(lenient, state, "2025-08-04", null, "2025-07-21");
        Assert.False(lenient.ReplyDeadline(state)!.Explanation.CappedAtLimit);
    }

    [Fact]
    public void Rehandling_OnlyFromTheSecondRound_AndItsExtensionReplacesIt()
    {
        var replied = Fold(Assign("2025-03-20"), new Replied(D("2025-06-10"), ResultCategory.B));
        AssertBothRoutes(Engine, replied, "2025-06-20", null, "2025-09-22");

        // 不满意 on 07-20 (Sunday): re-handling is due a month later, 08-20 (Wednesday).
        var rehandled = Fold(
            Assign("2025-03-20"),
            new Replied(D("2025-06-10"), ResultCategory.B),
            new FeedbackReceived(D("2025-07-20"), SatisfactionLevel.Unsatisfied),
            new RehandlingStarted(D("2025-07-21")));
        AssertBothRoutes(Engine, rehandled, "2025-06-20", "2025-08-20", "2025-09-22");

        // Extended during re-handling to Saturday 08-30: Monday 09-01.
        var extended = Fold(
            Assign("2025-03-20"),
            new Replied(D("2025-06-10"), ResultCategory.B),
            new FeedbackReceived(D("2025-07-20"), SatisfactionLevel.Unsatisfied),
            new RehandlingStarted(D("2025-07-21")),
            new Extended(D("2025-08-01"), D("2025-08-30")));
        AssertBothRoutes(Engine, extended, "2025-06-20", "2025-09-01", "2025-09-22");
    }

    [Fact]
    public void SatisfactionForm_CountsFromTheLatestReply()
    {
        // Replied 06-10, 不满意, replied again on Tuesday 07-15: 15 working days after it end on Tuesday 08-05.
        var state = Fold(
            Assign("2025-03-20"),
            new Replied(D("2025-06-10"), ResultCategory.B),
            new FeedbackReceived(D("2025-06-20"), SatisfactionLevel.Unsatisfied),
            new RehandlingStarted(D("2025-06-21")),
            new Replied(D("2025-07-15"), ResultCategory.A));

        var deadline = Engine.SatisfactionFormDeadline(state)!;
        Assert.Equal(D("2025-08-05"), deadline.Date);
        Assert.Equal(D("2025-07-15"), deadline.Explanation.StartDate);
    }

    [Fact]
    public void RuleCountedFromTheStartOfRehandling_NeedsASecondRound()
    {
        // Re-handling due 5 working days after it started (a local rule): started Friday 08-01, so 08-04 to 08-08.
        // (From the feedback, Thursday 07-31, it would be 08-07.)
        var engine = Engine.WithPolicy(DeadlinePolicy.Default.With(DeadlineKind.Rehandling, PeriodRule.After(StartEvent.RehandlingStarted, new WorkingDays(5))));
        var state = Fold(
            Assign("2025-03-20"),
            new Replied(D("2025-06-10"), ResultCategory.B),
            new FeedbackReceived(D("2025-07-31"), SatisfactionLevel.Unsatisfied),
            new RehandlingStarted(D("2025-08-01")));

        AssertBothRoutes(engine, state, "2025-06-20", "2025-08-08", "2025-09-22");
        Assert.Equal(StartEvent.RehandlingStarted, engine.RehandlingDeadline(state)!.Explanation.StartEvent);

        // 不满意 but re-handling not started: one round, no re-handling deadline.
        var notStarted = Fold(Assign("2025-03-20"), new Replied(D("2025-06-10"), ResultCategory.B), new FeedbackReceived(D("2025-07-31"), SatisfactionLevel.Unsatisfied));
        AssertBothRoutes(engine, notStarted, "2025-06-20", null, "2025-09-22");
    }

    [Fact]
    public void SeparateHandling_CountedFromReceipt_StartsAtTheEarliestReceipt()
    {
        // 分办 to two units; the reply counted from 签收 runs from the earliest receipt (03-24, Monday, + 3 months = 06-24),
        // whichever unit signed first.
        var engine = Engine.WithPolicy(DeadlinePolicy.Default.With(DeadlineKind.Reply, PeriodRule.After(StartEvent.Received, new CalendarMonths(3))));
        var separate = new Assigned(D("2025-03-20"), [new Assignment(Lead, AssignmentRole.Separate), new Assignment(Other, AssignmentRole.Separate)]);

        var state = ItemLifecycle.Fold(Suggestion, [separate, new Received(D("2025-03-24"), Other), new Received(D("2025-03-25"), Lead)]);
        Assert.Equal(D("2025-06-24"), engine.ReplyDeadline(state)!.Date);
        Assert.Equal(D("2025-06-24"), engine.ReplyDeadlineDate(state));

        var reversed = ItemLifecycle.Fold(Suggestion, [separate, new Received(D("2025-03-24"), Lead), new Received(D("2025-03-25"), Other)]);
        Assert.Equal(D("2025-06-24"), engine.ReplyDeadline(reversed)!.Date);
    }

    [Theory]
    [InlineData("2025-03-21", true)]
    [InlineData("2025-03-27", true)] // the last day of the window: 5 working days after Thursday 03-20
    [InlineData("2025-03-28", false)]
    public void ReceivedOnTime_WithinTheSignInWindow(string receivedOn, bool onTime)
    {
        var state = Fold(Assign("2025-03-20"), new Received(D(receivedOn), Lead));

        Assert.Equal(onTime, Engine.ReceivedOnTime(state, Lead));
        var window = Engine.SignInDeadline(state, Lead)!;
        Assert.Equal(D("2025-03-27"), window.Date);
        Assert.Equal(DeadlineKind.SignIn, window.Explanation.Kind);
    }

    [Fact]
    public void ReceivedOnTime_IsEachUnitsOwnReceipt()
    {
        var state = Fold(
            new Assigned(D("2025-03-20"), [new Assignment(Lead, AssignmentRole.Lead), new Assignment(CoUnit, AssignmentRole.CoHandling)]),
            new Received(D("2025-03-21"), CoUnit));

        Assert.True(Engine.ReceivedOnTime(state, CoUnit));
        Assert.False(Engine.ReceivedOnTime(state, Lead)); // not signed at all
    }

    [Fact]
    public void ReturnWindow_FromAReceiptOnTheWindowsLastDay_IsTheSameAsDeemed()
    {
        // Signed on 03-27, the sign-in window's last day, or not at all (deemed received then): 5 working days later is
        // Thursday 04-03 (03-28, 03-31, 04-01, 04-02, 04-03). Signed earlier, on 03-21: 03-28.
        Assert.Equal(D("2025-04-03"), Engine.ReturnDeadline(Fold(Assign("2025-03-20"), new Received(D("2025-03-27"), Lead)), Lead)!.Date);
        Assert.Equal(D("2025-04-03"), Engine.ReturnDeadline(Fold(Assign("2025-03-20")), Lead)!.Date);
        Assert.Equal(D("2025-03-28"), Engine.ReturnDeadline(Fold(Assign("2025-03-20"), new Received(D("2025-03-21"), Lead)), Lead)!.Date);
    }

    [Fact]
    public void DeadlineFor_UndefinedKind_IsRefusedByName()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Engine.DeadlineFor((DeadlineKind)99, Fold(Assign("2025-03-20"))));
        Assert.Equal("kind", ex.ParamName);
        Assert.StartsWith("DeadlineKind has no such value (99).", ex.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, Action> NullArguments()
    {
        var state = Fold(Assign("2025-03-20"));
        return new TheoryData<string, Action>
        {
            { "state", () => Engine.ReplyDeadline(null!) },
            { "state", () => Engine.RehandlingDeadline(null!) },
            { "state", () => Engine.ExtensionLimit(null!) },
            { "state", () => Engine.RegularReplyDeadline(null!) },
            { "state", () => Engine.FaceToFaceDeadline(null!) },
            { "state", () => Engine.SatisfactionFormDeadline(null!) },
            { "state", () => Engine.CoHandlingOpinionDeadline(null!) },
            { "state", () => Engine.DeadlineFor(DeadlineKind.Return, null!) },
            { "state", () => Engine.ReturnDeadline(null!, Lead) },
            { "unit", () => Engine.ReturnDeadline(state, null!) },
            { "state", () => Engine.SignInDeadline(null!, Lead) },
            { "unit", () => Engine.SignInDeadline(state, null!) },
            { "state", () => Engine.ReceivedOnTime(null!, Lead) },
            { "unit", () => Engine.ReceivedOnTime(state, null!) },
            { "rule", () => Engine.ComputeDate(D("2025-03-20"), (PeriodRule)null!) },
        };
    }

    [Theory]
    [MemberData(nameof(NullArguments))]
    public void NullArgument_IsNamed(string parameter, Action call)
    {
        var ex = Assert.Throws<ArgumentNullException>(call);
        Assert.Equal(parameter, ex.ParamName);
    }
}
