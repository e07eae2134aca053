using LianLuo.Domain.Calendars;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Timeliness;
using NodaTime;
using NodaTime.Testing;
using NodaTime.Text;

namespace LianLuo.Domain.Tests.Deadlines;

public class ItemDeadlineTests
{
    private static readonly DeadlineEngine Engine = DeadlineEngine.Default;
    private static readonly HandlingUnit Lead = new("市教育局");
    private static readonly HandlingUnit CoUnit = new("市公安局");
    private static readonly Submission Suggestion = new(new ItemId("J2025-001"), SubmissionKind.Suggestion, "关于加强校园周边交通安全的建议", 2025, new Deputy("张三"));

    private static LocalDate D(string text) => LocalDatePattern.Iso.Parse(text).Value;

    private static ItemState Fold(params HandlingEvent[] history) => ItemLifecycle.Fold(Suggestion, history);

    private static Assigned Assign(string date, bool complex = false, bool withCoUnit = false) =>
        new(D(date), withCoUnit ? [new Assignment(Lead, AssignmentRole.Lead), new Assignment(CoUnit, AssignmentRole.CoHandling)] : [new Assignment(Lead, AssignmentRole.Lead)], complex);

    [Fact]
    public void ReplyDeadline_BeforeAssignment_IsNull()
    {
        var state = ItemLifecycle.Initial(Suggestion);
        Assert.Null(Engine.ReplyDeadline(state));
        Assert.Null(Engine.RehandlingDeadline(state));
        Assert.Null(Engine.ExtensionLimit(state));
        var status = Engine.Status(state, D("2025-05-01"));
        Assert.Equal(DeadlineStatus.NotYetDue, status.Status);
        Assert.Null(status.Deadline);
        Assert.Equal(ReportStatus.Pending, status.ReportStatus);
    }

    [Fact]
    public void ReplyDeadline_ThreeMonthsFromAssignment()
    {
        var deadline = Engine.ReplyDeadline(Fold(Assign("2025-03-20")))!;
        Assert.Equal(D("2025-06-20"), deadline.Date);
        Assert.Equal(StartEvent.Assigned, deadline.Explanation.StartEvent);
        Assert.Equal(D("2025-03-20"), deadline.Explanation.StartDate);
    }

    [Fact]
    public void ReplyDeadline_Reassignment_RestartsTheClock()
    {
        var state = Fold(
            Assign("2025-03-20"),
            new ReturnRequested(D("2025-03-25"), Lead, "不属于本单位职责"),
            new ReturnDecided(D("2025-03-28"), true),
            Assign("2025-04-01"));
        Assert.Equal(D("2025-07-01"), Engine.ReplyDeadline(state)!.Date);
    }

    [Fact]
    public void ReplyDeadline_ComplexDesignation_SwitchesThePeriod()
    {
        var state = Fold(Assign("2025-03-20"), new ComplexityDesignated(D("2025-04-01"), true));
        var deadline = Engine.ReplyDeadline(state)!;
        Assert.Equal(D("2025-09-22"), deadline.Date); // 09-20 is a Saturday
        Assert.Equal(DeadlineKind.ComplexReply, deadline.Explanation.Kind);
        Assert.Equal(D("2025-09-22"), Engine.ReplyDeadline(Fold(Assign("2025-03-20", complex: true)))!.Date);
    }

    [Fact]
    public void ReplyDeadline_Extension_ReplacesIt_MovedOffRestDay()
    {
        var state = Fold(Assign("2025-03-20"), new Extended(D("2025-06-10"), D("2025-08-02"), "市政府办公室", "需要跨部门协调"));
        var deadline = Engine.ReplyDeadline(state)!;
        Assert.Equal(D("2025-08-04"), deadline.Date);
        Assert.Equal(D("2025-06-10"), deadline.Explanation.ExtensionApprovedOn);
        Assert.Contains("延期：2025-06-10（星期二）批准延期至2025-08-02（星期六），取代原期限", deadline.Explanation.ToLines());
    }

    [Fact]
    public void ReplyDeadline_ExtensionBeyondSixMonths_IsRefusedByTheModelAndCappedOnALedgerRow()
    {
        // 交办 2025-03-20: the limit is 2025-09-20, a Saturday, so 2025-09-22. An extension to 2025-11-30 passes it.
        var ex = Assert.Throws<LifecycleException>(() => Fold(Assign("2025-03-20"), new Extended(D("2025-06-10"), D("2025-11-30"))));
        Assert.Equal(LifecycleRule.ExtensionBeyondLimit, ex.Violation!.Rule);
        Assert.Contains("2025-09-22", ex.Message, StringComparison.Ordinal);

        var row = Engine.ReplyDeadline(SubmissionKind.Suggestion, D("2025-03-20"), false, D("2025-11-30"));
        Assert.Equal(D("2025-09-22"), row.Date);
        Assert.True(row.Explanation.CappedAtLimit);
    }

    [Fact]
    public void ReplyDeadline_ExtensionDuringRehandling_DoesNotMoveTheFirstReplyDeadline()
    {
        var state = Fold(
            Assign("2025-03-20"),
            new Extended(D("2025-05-01"), D("2025-07-15")),
            new Replied(D("2025-07-10"), ResultCategory.B),
            new FeedbackReceived(D("2025-07-20"), SatisfactionLevel.Unsatisfied),
            new RehandlingStarted(D("2025-07-21")),
            new Extended(D("2025-08-01"), D("2025-09-05")));
        Assert.Equal(D("2025-07-15"), Engine.ReplyDeadline(state)!.Date);
        var rehandling = Engine.RehandlingDeadline(state)!;
        Assert.Equal(D("2025-09-05"), rehandling.Date);
        Assert.Equal(D("2025-09-05"), rehandling.Explanation.ExtendedTo);
        Assert.Equal(DeadlineStatus.RepliedOnTime, Engine.Status(state, D("2025-12-31")).Status);
    }

    [Fact]
    public void RehandlingDeadline_OneMonthFromTheUnsatisfiedFeedback()
    {
        var once = Fold(Assign("2025-03-20"), new Replied(D("2025-06-10"), ResultCategory.B));
        Assert.Null(Engine.RehandlingDeadline(once));

        var state = Fold(
            Assign("2025-03-20"),
            new Replied(D("2025-06-10"), ResultCategory.B),
            new FeedbackReceived(D("2025-09-01"), SatisfactionLevel.Unsatisfied),
            new RehandlingStarted(D("2025-09-03")));
        var deadline = Engine.RehandlingDeadline(state)!;
        Assert.Equal(D("2025-10-09"), deadline.Date); // 10-01 is 国庆节
        Assert.Equal(StartEvent.Feedback, deadline.Explanation.StartEvent);
        Assert.Equal(D("2025-09-01"), deadline.Explanation.StartDate);
    }

    [Fact]
    public void RehandlingDeadline_LatestRound_CountsFromTheRoundBefore()
    {
        var state = Fold(
            Assign("2025-03-20"),
            new Replied(D("2025-06-10"), ResultCategory.B),
            new FeedbackReceived(D("2025-06-20"), SatisfactionLevel.Unsatisfied),
            new RehandlingStarted(D("2025-06-21")),
            new Replied(D("2025-07-15"), ResultCategory.B),
            new FeedbackReceived(D("2025-07-31"), SatisfactionLevel.Unsatisfied),
            new RehandlingStarted(D("2025-08-01")));
        Assert.Equal(D("2025-09-01"), Engine.RehandlingDeadline(state)!.Date); // 08-31 is a Sunday
    }

    [Theory]
    [InlineData("2025-04-01", DeadlineStatus.NotYetDue)]
    [InlineData("2025-06-05", DeadlineStatus.NotYetDue)] // 11 working days left
    [InlineData("2025-06-06", DeadlineStatus.DueSoon)] // 10 working days left
    [InlineData("2025-06-20", DeadlineStatus.DueSoon)]
    [InlineData("2025-06-21", DeadlineStatus.Overdue)]
    [InlineData("2025-09-22", DeadlineStatus.Overdue)] // the 6-month limit: 09-20 (Sat) → 09-22
    [InlineData("2025-09-23", DeadlineStatus.SeriouslyOverdue)]
    public void Status_OpenItem(string asOf, DeadlineStatus expected)
    {
        var status = Engine.Status(Fold(Assign("2025-03-20")), D(asOf));
        Assert.Equal(expected, status.Status);
        Assert.Equal(D("2025-06-20"), status.Deadline!.Date);
        Assert.Equal(D("2025-09-22"), status.Limit!.Date);
        Assert.Equal(WorkingCalendar.China.Version, status.CalendarVersion);
        Assert.Null(status.Verdict);
    }

    [Theory]
    [InlineData("2025-06-20", DeadlineStatus.RepliedOnTime, ReportStatus.OnTime)]
    [InlineData("2025-06-23", DeadlineStatus.RepliedLate, ReportStatus.Late)]
    public void Status_RepliedItem(string repliedOn, DeadlineStatus expected, ReportStatus report)
    {
        var state = Fold(Assign("2025-03-20"), new Replied(D(repliedOn), ResultCategory.A));
        var status = Engine.Status(state, D("2025-12-31"));
        Assert.Equal(expected, status.Status);
        Assert.Equal(report, status.ReportStatus);
        Assert.Equal(D(repliedOn), status.RepliedOn);
        Assert.Equal(new ReplyVerdict(Suggestion.Id, D(repliedOn), D("2025-06-20"), expected == DeadlineStatus.RepliedOnTime, false, WorkingCalendar.China.Version), status.Verdict);
    }

    [Fact]
    public void Status_RecordedVerdict_SurvivesACalendarChange()
    {
        var state = Fold(Assign("2025-03-20"), new Replied(D("2025-06-23"), ResultCategory.A));
        var recorded = Engine.Verdict(state)!;
        Assert.False(recorded.IsOnTime);

        // A later calendar makes 2025-06-20 a local rest day: recomputed, the reply would now be on time (deadline 06-23).
        var later = Engine.WithCalendar(WorkingCalendar.China.WithExtraRestDays([new ArrangedDay(D("2025-06-20"), "本地休息日")]));
        Assert.Equal(DeadlineStatus.RepliedOnTime, later.Status(state, D("2025-12-31")).Status);

        var kept = later.Status(state, D("2025-12-31"), recorded);
        Assert.Equal(DeadlineStatus.RepliedLate, kept.Status);
        Assert.Equal(WorkingCalendar.China.Version, kept.CalendarVersion);
        Assert.Same(recorded, kept.Verdict);
    }

    [Fact]
    public void Status_RecordedVerdictOfAnotherItem_Throws()
    {
        var state = Fold(Assign("2025-03-20"), new Replied(D("2025-06-23"), ResultCategory.A));
        var other = new ReplyVerdict(new ItemId("X"), D("2025-06-23"), D("2025-06-20"), false, false, "v");
        Assert.Throws<ArgumentException>(() => Engine.Status(state, D("2025-12-31"), other));
    }

    [Fact]
    public void Status_WithClock_UsesTodayInShanghai()
    {
        var clock = new FakeClock(Instant.FromUtc(2025, 6, 20, 16, 0)); // 2025-06-21 00:00 in Shanghai
        var status = Engine.Status(Fold(Assign("2025-03-20")), clock);
        Assert.Equal(D("2025-06-21"), status.AsOf);
        Assert.Equal(DeadlineStatus.Overdue, status.Status);
    }

    [Fact]
    public void ReturnDeadline_FiveWorkingDaysFromReceipt()
    {
        // Not signed: deemed received at the end of the sign-in window, 5 working days from 交办 2024-09-25 (09-26, 09-27,
        // 09-29 a make-up day, 09-30, then 10-08 after 国庆节), so the return window ends 5 working days later: 10-09, 10-10,
        // 10-11, 10-12 (make-up), 10-14.
        var assigned = Fold(Assign("2024-09-25"));
        Assert.Equal(D("2024-10-14"), Engine.ReturnDeadline(assigned, Lead)!.Date);
        var received = Fold(Assign("2024-09-25"), new Received(D("2024-09-27"), Lead));
        var deadline = Engine.ReturnDeadline(received, Lead)!;
        Assert.Equal(D("2024-10-10"), deadline.Date);
        Assert.Equal(StartEvent.Received, deadline.Explanation.StartEvent);
    }

    [Fact]
    public void OtherDeadlines_FromTheirStartEvents()
    {
        var state = Fold(
            Assign("2025-09-15", withCoUnit: true),
            new Replied(D("2025-09-20"), ResultCategory.A));
        Assert.Equal(D("2025-10-15"), Engine.CoHandlingOpinionDeadline(state)!.Date);
        Assert.Equal(D("2025-10-11"), Engine.FaceToFaceDeadline(state)!.Date); // 09-16..09-30: 12 (with make-up 09-28); 10-09, 10-10, 10-11 (make-up)
        Assert.Equal(D("2025-10-16"), Engine.SatisfactionFormDeadline(state)!.Date);
        Assert.Equal(Engine.FaceToFaceDeadline(state), Engine.DeadlineFor(DeadlineKind.FaceToFaceBeforeHandling, state));
        Assert.Null(Engine.CoHandlingOpinionDeadline(Fold(Assign("2025-09-15"))));
        Assert.Null(Engine.SatisfactionFormDeadline(Fold(Assign("2025-09-15"))));
    }

    [Fact]
    public void ReplyDeadline_PolicyCountingFromReceipt_WithoutReceiptRunsFromTheEndOfTheSignInWindow()
    {
        var policy = DeadlinePolicy.Default
            .ToBuilder()
            .Set(DeadlineKind.Reply, PeriodRule.After(StartEvent.Received, new CalendarMonths(3)))
            .Set(DeadlineKind.ComplexReply, PeriodRule.After(StartEvent.Received, new CalendarMonths(6)))
            .Build();
        var engine = Engine.WithPolicy(policy);
        // The sign-in window ends 5 working days after 交办: 03-21, 03-24, 03-25, 03-26, 03-27; + 3 months = 06-27.
        Assert.Equal(D("2025-06-27"), engine.ReplyDeadline(Fold(Assign("2025-03-20")))!.Date);
        var state = Fold(Assign("2025-03-20"), new Received(D("2025-03-24"), Lead));
        Assert.Equal(D("2025-06-24"), engine.ReplyDeadline(state)!.Date);
    }

    [Fact]
    public void ReplyDeadline_FiveMonthsForProposals()
    {
        var policy = DeadlinePolicy.Default.With(DeadlineKind.Reply, SubmissionKind.Proposal, PeriodRule.After(StartEvent.Assigned, new CalendarMonths(5)));
        var engine = Engine.WithPolicy(policy);
        var proposal = new Submission(new ItemId("T2025-001"), SubmissionKind.Proposal, "关于发展夜间经济的提案", 2025, new Member("李四", "经济界"));
        var state = ItemLifecycle.Fold(proposal, [new Assigned(D("2025-03-20"), [new Assignment(Lead, AssignmentRole.Lead)])]);
        Assert.Equal(D("2025-08-20"), engine.ReplyDeadline(state)!.Date);
        Assert.Equal(D("2025-06-20"), engine.ReplyDeadline(Fold(Assign("2025-03-20")))!.Date);
    }
}
