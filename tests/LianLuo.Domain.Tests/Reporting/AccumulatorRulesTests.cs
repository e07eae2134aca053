using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Reporting;
using NodaTime;

namespace LianLuo.Domain.Tests.Reporting;

/// <summary>
/// Rules of the one-pass report that the small year of <see cref="AnnualReportBuilderTests"/> does not meet: a summary
/// without a year filter is of the year most items were assigned in (the later year on a tie; an item never assigned has
/// no year); a 分办 item counts once in the totals and for each unit on that unit's own part, so only the late unit has
/// a late finding; a co-handling unit whose return was approved is no longer one of the item's units; a talk on the day of
/// the reply counts as a talk before it. Dates counted by hand (ledger.md §2): 交办 on 2025-03-20 gives the reply deadline
/// 2025-06-20, a Friday.
/// </summary>
public sealed class AccumulatorRulesTests
{
    private static readonly LocalDate AsOf = new(2026, 1, 15);
    private static readonly LocalDate March20 = new(2025, 3, 20);

    private static HandledItem Item(string id, params HandlingEvent[] history) =>
        new(new Submission(new ItemId(id), SubmissionKind.Suggestion, "标题" + id, 2025, new Deputy("张三")), history);

    private static HandledItem AssignedOn(string id, LocalDate on) => Item(id, new Assigned(on, [Assignment.Lead("市教育局")]));

    [Fact]
    public void WithoutAYearFilter_TheSummaryIsOfTheYearMostItemsWereAssignedIn_TheLaterOnATie()
    {
        HandledItem[] tie = [AssignedOn("A1", new(2024, 3, 20)), AssignedOn("A2", new(2024, 5, 6)), AssignedOn("B1", March20), AssignedOn("B2", new(2025, 4, 1)), Item("N1"), Item("N2")];
        Assert.Equal(2025, AnnualReportBuilder.Build(tie, [], AsOf).SummaryYear);
        Assert.Equal(2024, AnnualReportBuilder.Build([.. tie, AssignedOn("A3", new(2024, 9, 1))], [], AsOf).SummaryYear);
        Assert.Equal(2024, AnnualReportBuilder.Build(tie, [], AsOf, new AnnualReportOptions { Year = 2024 }).SummaryYear);
        Assert.Null(AnnualReportBuilder.Build([Item("N1")], [], AsOf).SummaryYear);

        // Merged from two halves, the years add up: 2024 twice in one, 2025 once in each.
        var left = new AnnualReportAccumulator(AsOf);
        left.AddRange([AssignedOn("A1", new(2024, 3, 20)), AssignedOn("A2", new(2024, 5, 6)), AssignedOn("B1", March20)]);
        var right = new AnnualReportAccumulator(AsOf);
        right.AddRange([AssignedOn("B2", new(2025, 4, 1)), AssignedOn("B3", new(2025, 4, 2))]);
        left.Merge(right);
        Assert.Equal(2025, left.ToReport().SummaryYear);
        var first = new AnnualReportAccumulator(AsOf);
        first.AddRange([AssignedOn("A1", new(2024, 3, 20)), AssignedOn("A2", new(2024, 5, 6)), AssignedOn("B1", March20)]);
        var viaTally = new AnnualReportAccumulator(AsOf);
        viaTally.Merge(first.ToTally("甲市"));
        viaTally.Merge(right.ToTally("乙市"));
        Assert.Equal(2025, viaTally.ToReport().SummaryYear);
    }

    // S1 under 分办: 市教育局 replies on 06-10 (on time), 市卫生健康委 on 06-23 (late): the item is late, once.
    [Fact]
    public void ASeparatelyHandledItem_CountsOnce_AndEachUnitOnItsOwnPart()
    {
        var item = Item(
            "S1",
            new Assigned(March20, [Assignment.Separate("市教育局"), Assignment.Separate("市卫生健康委")]),
            new Replied(new LocalDate(2025, 6, 10), ResultCategory.A, new HandlingUnit("市教育局")),
            new Replied(new LocalDate(2025, 6, 23), ResultCategory.B, new HandlingUnit("市卫生健康委")));
        var report = AnnualReportBuilder.Build([item], [], AsOf);

        Assert.Equal((1, 2), (report.Total, report.Units));
        Assert.Equal(new TimelinessFigures(1, 0, 1, 0, 0, 0.0m), report.Timeliness);
        Assert.Equal([("市卫生健康委", 1, 1, 0, 1), ("市教育局", 1, 1, 1, 0)], report.ByUnit.Select(u => (u.Unit, u.Items, u.Replied, u.OnTime, u.Late)));
        Assert.Equal(["A"], report.ByUnit.Single(u => u.Unit == "市教育局").Results.Where(c => c.Count > 0).Select(c => c.Code));
        var late = Assert.Single(report.Findings, f => f.Kind == FindingKind.LateOrOverdueReplies);
        Assert.Equal(("市卫生健康委", 1, 0), (late.Unit, late.Late, late.Overdue));
        Assert.Equal([new ItemId("S1")], late.Items.AsEnumerable());
        Assert.Equal([new ItemId("S1")], Assert.Single(report.Findings, f => f.Kind == FindingKind.UnreturnedForms).Items.AsEnumerable());
    }

    // J9: 市交通运输局, one of three co-handling units, asks to be released the day after 交办 and is: the item's units
    // are the other three.
    [Fact]
    public void ACoHandlingUnitReleased_IsNoLongerAUnitOfTheItem()
    {
        var transport = new HandlingUnit("市交通运输局");
        var item = Item(
            "J9",
            new Assigned(March20, [Assignment.Lead("市教育局"), Assignment.CoHandling("市卫生健康委"), new Assignment(transport, AssignmentRole.CoHandling), Assignment.CoHandling("市民政局")]),
            new ReturnRequested(new LocalDate(2025, 3, 21), transport, "职责不符"),
            new ReturnDecided(new LocalDate(2025, 3, 24), true, transport),
            new Replied(new LocalDate(2025, 5, 10), ResultCategory.A));
        Assert.Equal(3, AnnualReportBuilder.Build([item], [], AsOf).Units);
        Assert.Equal(4, AnnualReportBuilder.Build([Item("J9", new Assigned(March20, [Assignment.Lead("市教育局"), Assignment.CoHandling("市卫生健康委"), new Assignment(transport, AssignmentRole.CoHandling), Assignment.CoHandling("市民政局")]))], [], AsOf).Units);
    }

    // K1 talks with the deputy on the day it replies; K2 only after the reply: only K2 replied without talking first.
    [Fact]
    public void ATalkOnTheDayOfTheReply_IsATalkBeforeIt()
    {
        var k1 = Item(
            "K1",
            new Assigned(March20, [Assignment.Lead("市教育局")]),
            new Communicated(new LocalDate(2025, 5, 10), CommunicationStage.DuringHandling, CommunicationMode.Phone),
            new Replied(new LocalDate(2025, 5, 10), ResultCategory.A));
        var k2 = Item(
            "K2",
            new Assigned(March20, [Assignment.Lead("市教育局")]),
            new Replied(new LocalDate(2025, 5, 10), ResultCategory.A),
            new Communicated(new LocalDate(2025, 5, 12), CommunicationStage.AfterHandling, CommunicationMode.Visit));
        // K3 talks during handling, but only after its reply: that is no talk before it either.
        var k3 = Item(
            "K3",
            new Assigned(March20, [Assignment.Lead("市教育局")]),
            new Replied(new LocalDate(2025, 5, 10), ResultCategory.A),
            new Communicated(new LocalDate(2025, 5, 11), CommunicationStage.DuringHandling, CommunicationMode.FaceToFace));
        var report = AnnualReportBuilder.Build([k1, k2, k3], [], AsOf);
        var silent = Assert.Single(report.Findings, f => f.Kind == FindingKind.NoCommunicationBeforeReply);
        Assert.Equal([new ItemId("K2"), new ItemId("K3")], silent.Items.AsEnumerable());
        Assert.Equal(new CommunicationFigures(1, 1, 1), report.Communication);

        // Nothing was promised, so no follow-up is due.
        Assert.DoesNotContain(report.Findings, f => f.Kind == FindingKind.FollowUpOverdue);
    }
}
