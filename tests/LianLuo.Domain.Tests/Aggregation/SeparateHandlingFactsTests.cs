using LianLuo.Domain.Aggregation;
using LianLuo.Domain.Classification;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Timeliness;
using NodaTime;

namespace LianLuo.Domain.Tests.Aggregation;

/// <summary>
/// The facts of an item under separate handling (分办) combine its units' parts (<see cref="ItemFacts.From(ItemState, DeadlineEngine, LocalDate, ClassificationScheme?, RecordedVerdicts?)"/>):
/// replied when every unit has replied, on time only when every unit was (one unit late makes the item late); while a
/// unit has not replied, overdue when any open unit is overdue, else pending; a verdict recorded for a unit's reply
/// decides that unit's part; re-handled when any unit re-handled, on time only when every re-handling reply was; the
/// result is the lowest of the units' results in the order of the scheme given. Tallies by unit count each unit on its
/// own part.
/// </summary>
/// <remarks>
/// Dates counted by hand from ledger.md §2 (default policy): 交办 on 2025-03-20 (a Thursday); each unit's reply deadline is
/// 3 months later, 2025-06-20 (a Friday, a working day). A re-handling deadline is 1 month from the 反馈日期: feedback on
/// 2025-07-01 (a Tuesday) gives 2025-08-01 (a Friday, a working day).
/// </remarks>
public sealed class SeparateHandlingFactsTests
{
    private static readonly HandlingUnit Education = new("市教育局");
    private static readonly HandlingUnit Health = new("市卫生健康委");
    private static readonly ItemId Id = new("J2025-018");
    private static readonly LocalDate AssignedOn = new(2025, 3, 20);
    private static readonly LocalDate YearEnd = new(2025, 12, 31);

    private static LocalDate D(int month, int day) => new(2025, month, day);

    private static ItemState Separate(params HandlingEvent[] events) => ItemLifecycle.Fold(
        new Submission(Id, SubmissionKind.Suggestion, "关于推进医校协同开展学生心理健康服务的建议", 2025, new Deputy("赵代表")),
        [new Assigned(AssignedOn, [new Assignment(Education, AssignmentRole.Separate), new Assignment(Health, AssignmentRole.Separate)]), .. events]);

    private static ItemFacts Facts(ItemState state, LocalDate asOf, ClassificationScheme? scheme = null, RecordedVerdicts? verdicts = null) =>
        ItemFacts.From(state, DeadlineEngine.Default, asOf, scheme, verdicts);

    private static ReportStatus PartOf(ItemFacts facts, HandlingUnit unit) => facts.Parts.Single(p => p.LeadUnits.Single() == unit).Timeliness;

    [Fact]
    public void BothUnitsOnTime_TheItemIsOnTime_WithTheLowerResult()
    {
        var facts = Facts(Separate(new Replied(D(6, 10), ResultCategory.A, Education), new Replied(D(6, 18), ResultCategory.B, Health)), YearEnd);
        Assert.Equal(ReportStatus.OnTime, facts.Timeliness);
        Assert.Equal(ResultCategory.B, facts.Category);
        Assert.Equal((ReportStatus.OnTime, ReportStatus.OnTime), (PartOf(facts, Education), PartOf(facts, Health)));
        Assert.Equal([Education, Health], facts.LeadUnits.AsEnumerable());
    }

    [Fact]
    public void OneUnitOnTime_OneLate_TheItemIsLate_AndEachUnitIsTalliedOnItsOwnPart()
    {
        // 市卫生健康委 replies on 2025-06-23, a Monday after its deadline of 06-20.
        var facts = Facts(Separate(new Replied(D(6, 10), ResultCategory.A, Education), new Replied(D(6, 23), ResultCategory.A, Health)), YearEnd);
        Assert.Equal(ReportStatus.Late, facts.Timeliness);
        Assert.Equal((ReportStatus.OnTime, ReportStatus.Late), (PartOf(facts, Education), PartOf(facts, Health)));

        var byUnit = Tallies.ByUnit([facts]);
        Assert.Equal((1, 0), (byUnit[Education].OnTime, byUnit[Education].Late));
        Assert.Equal((0, 1), (byUnit[Health].OnTime, byUnit[Health].Late));
        var whole = ItemTally.Of(facts);
        Assert.Equal((1, 0, 1, 2), (whole.Items, whole.OnTime, whole.Late, whole.UnitCount));
    }

    [Fact]
    public void OneUnitReplied_TheOtherNotYetDue_TheItemIsPending()
    {
        var facts = Facts(Separate(new Replied(D(6, 10), ResultCategory.A, Education)), D(6, 15));
        Assert.Equal(ReportStatus.Pending, facts.Timeliness);
        Assert.Null(facts.Category);
        Assert.False(facts.IsReplied);
        Assert.Equal((ReportStatus.OnTime, ReportStatus.Pending), (PartOf(facts, Education), PartOf(facts, Health)));
    }

    [Fact]
    public void OneUnitReplied_TheOtherPastItsDeadline_TheItemIsOverdue()
    {
        var facts = Facts(Separate(new Replied(D(6, 10), ResultCategory.A, Education)), D(7, 1));
        Assert.Equal(ReportStatus.Overdue, facts.Timeliness);
        Assert.Equal((ReportStatus.OnTime, ReportStatus.Overdue), (PartOf(facts, Education), PartOf(facts, Health)));
    }

    [Fact]
    public void NoUnitReplied_TheItemIsPendingThenOverdue()
    {
        Assert.Equal(ReportStatus.Pending, Facts(Separate(), D(6, 20)).Timeliness);
        Assert.Equal(ReportStatus.Overdue, Facts(Separate(), D(6, 21)).Timeliness);
    }

    [Fact]
    public void AVerdictRecordedForAUnitsReply_DecidesThatUnitsPart()
    {
        // Judged now, 市卫生健康委's reply of 06-23 is late; the verdict recorded when it was given (an older calendar, which
        // made its deadline 06-23) says on time, and that verdict stands: both parts on time, so the item is.
        var state = Separate(new Replied(D(6, 10), ResultCategory.A, Education), new Replied(D(6, 23), ResultCategory.A, Health));
        var recorded = new ReplyVerdict(Id, D(6, 23), D(6, 23), IsOnTime: true, DeadlineWasProvisional: false, "2025-old") { Unit = Health };
        var facts = Facts(state, YearEnd, verdicts: new RecordedVerdicts([recorded]));
        Assert.Equal(ReportStatus.OnTime, facts.Timeliness);
        Assert.Equal(ReportStatus.OnTime, PartOf(facts, Health));

        // A verdict recorded for another unit's reply does not decide 市卫生健康委's.
        var other = recorded with { RepliedOn = D(6, 10), Deadline = D(6, 20) };
        other = other with { Unit = Education };
        Assert.Equal(ReportStatus.Late, Facts(state, YearEnd, verdicts: new RecordedVerdicts([other])).Timeliness);
    }

    // Both replied on time; 市卫生健康委's proposer is unsatisfied (feedback 07-01) and it re-handles from 07-02. Its
    // re-handling deadline is 08-01.
    private static HandlingEvent[] HealthRehandles(params HandlingEvent[] then) =>
    [
        new Replied(D(6, 10), ResultCategory.A, Education),
        new Replied(D(6, 12), ResultCategory.B, Health),
        new FeedbackReceived(D(7, 1), SatisfactionLevel.Satisfied, Education),
        new FeedbackReceived(D(7, 1), SatisfactionLevel.Unsatisfied, Health),
        new RehandlingStarted(D(7, 2), Health),
        .. then,
    ];

    [Theory]
    [InlineData(7, 25, 12, 31, ReportStatus.OnTime)]
    [InlineData(8, 1, 12, 31, ReportStatus.OnTime)]
    [InlineData(8, 4, 12, 31, ReportStatus.Late)]
    [InlineData(null, null, 8, 1, ReportStatus.Pending)]
    [InlineData(null, null, 8, 2, ReportStatus.Overdue)]
    public void OneUnitRehandles_TheItemIsRehandled_AsThatUnitsReHandlingReply(int? month, int? day, int asOfMonth, int asOfDay, ReportStatus expected)
    {
        HandlingEvent[] again = month is { } m ? [new Replied(D(m, day!.Value), ResultCategory.A, Health)] : [];
        var facts = Facts(Separate(HealthRehandles(again)), D(asOfMonth, asOfDay));
        Assert.Equal(ReportStatus.OnTime, facts.Timeliness);
        Assert.Equal(expected, facts.Rehandling);
        Assert.Null(facts.Parts.Single(p => p.LeadUnits.Single() == Education).Rehandling);
    }

    [Fact]
    public void BothUnitsRehandle_OneLate_TheReHandlingIsLate()
    {
        // 市教育局 is unsatisfied too (feedback 07-01, deadline 08-01) and answers again on 07-30, on time; 市卫生健康委 on
        // 08-04, late.
        var state = Separate(
            new Replied(D(6, 10), ResultCategory.A, Education),
            new Replied(D(6, 12), ResultCategory.B, Health),
            new FeedbackReceived(D(7, 1), SatisfactionLevel.Unsatisfied, Education),
            new FeedbackReceived(D(7, 1), SatisfactionLevel.Unsatisfied, Health),
            new RehandlingStarted(D(7, 2), Education),
            new RehandlingStarted(D(7, 2), Health),
            new Replied(D(7, 30), ResultCategory.A, Education),
            new Replied(D(8, 4), ResultCategory.A, Health));
        Assert.Equal(ReportStatus.Late, Facts(state, YearEnd).Rehandling);
        var tally = ItemTally.Of(Facts(state, YearEnd));
        Assert.Equal((1, 0), (tally.Rehandled, tally.RehandledOnTime));
    }

    // Under 甲/乙/丙, 乙 ranks below 甲, so the item's result is 乙. The default scheme knows neither code: both rank last,
    // and the later code in ordinal order (甲, U+7532, after 乙, U+4E59) is taken as the lower; the scheme given decides.
    [Fact]
    public void TheLowestResult_IsDecidedInTheSchemeGiven()
    {
        var state = Separate(new Replied(D(6, 10), new ResultCategory("甲"), Education), new Replied(D(6, 18), new ResultCategory("乙"), Health));
        Assert.Equal(new ResultCategory("乙"), Facts(state, YearEnd, ClassificationScheme.JiaYiBing).Category);
        Assert.Equal(new ResultCategory("乙"), ItemFacts.From(state, ReportStatus.OnTime, null, ClassificationScheme.JiaYiBing).Category);
        Assert.Equal(new ResultCategory("甲"), Facts(state, YearEnd).Category);
        Assert.Equal(new ResultCategory("甲"), ItemFacts.From(state, ReportStatus.OnTime, null).Category);
    }
}
