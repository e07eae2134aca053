using FsCheck.Xunit;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Tests.Arbitraries;
using LianLuo.Domain.Timeliness;
using NodaTime;

namespace LianLuo.Domain.Tests.Timeliness;

/// <summary>
/// The timeliness of a 分办 item is its units' combined (the remarks of <see cref="TimelinessJudge"/>): the item is replied
/// when the last unit has replied, judged against the latest of the units' deadlines, and on time only when every unit
/// replied by its own deadline (one unit late makes the item late even when its reply came before another unit's
/// deadline); while a unit has not replied, the item's status is the most urgent of the open units' (seriously overdue,
/// overdue, due soon, not yet due). Each unit's deadline is the one its part would have if it led the item alone
/// (<see cref="ItemState.ForUnit"/>), so a policy counting from 签收 counts from that unit's own receipt.
/// </summary>
/// <remarks>
/// The expected values are computed here from the rule's words: a reply is on time when it falls on or before its
/// deadline, a date after the deadline is overdue and after the extension limit seriously overdue, and a deadline within
/// the policy's due-soon window of working days is due soon. Histories come from <see cref="SeparateHistories"/>, judged
/// on the default policy (counted from 交办) and on Sichuan's (counted from each unit's 签收, where a unit that never signed
/// has no deadline running).
/// </remarks>
public sealed class SeparateHandlingTimelinessPropertyTests
{
    private static readonly DeadlineEngine[] Engines =
    [
        DeadlineEngine.Default,
        new(DeadlineEngine.Default.Calendar, DeadlinePolicyPresets.Sichuan2024),
    ];

    private static IEnumerable<(DeadlineEngine Engine, ItemState State)> Judged(SeparatePair pair)
    {
        foreach (var engine in Engines)
        {
            // The generator makes histories valid under the default policy; another policy may refuse one (an extension
            // that no longer lengthens its deadline), and then there is nothing to judge under it.
            if (HandledItem.TryCreate(pair.Submission, pair.First, engine, out var item, out _))
            {
                yield return (engine, item.State);
            }
            else
            {
                Assert.NotSame(DeadlineEngine.Default, engine);
            }
        }
    }

    private sealed record UnitFacts(HandlingUnit Unit, LocalDate? RepliedOn, LocalDate? Deadline, bool DeadlineIsProvisional);

    private static UnitFacts[] UnitsOf(DeadlineEngine engine, ItemState state) =>
    [
        .. state.Parts.Select(p =>
        {
            var deadline = engine.ReplyDeadline(state.ForUnit(p.Unit));
            return new UnitFacts(p.Unit, p.Rounds[0].RepliedOn, deadline?.Date, deadline?.IsProvisional ?? false);
        }),
    ];

    [Property(Arbitrary = [typeof(SeparateHistories)], MaxTest = 300)]
    public void Verdict_IsEveryUnitOnTime_AgainstTheLatestDeadline_OnTheLastReply(SeparatePair pair)
    {
        foreach (var (engine, state) in Judged(pair))
        {
            Assert.True(state.IsSeparateHandling);
            var units = UnitsOf(engine, state);
            var verdict = engine.Verdict(state);
            if (units.Any(u => u.RepliedOn is null))
            {
                // Not replied until every unit has.
                Assert.Null(state.FirstRepliedOn);
                Assert.Null(verdict);
                continue;
            }

            var last = units.Max(u => u.RepliedOn!.Value);
            Assert.Equal(last, state.FirstRepliedOn);
            if (units.Any(u => u.Deadline is null))
            {
                // A unit replied while no deadline ran for it: there is nothing to judge that reply against.
                Assert.Null(verdict);
                continue;
            }

            Assert.NotNull(verdict);
            Assert.Equal(state.Submission.Id, verdict.ItemId);
            Assert.Null(verdict.Unit);
            Assert.Equal(last, verdict.RepliedOn);
            Assert.Equal(units.Max(u => u.Deadline!.Value), verdict.Deadline);
            Assert.Equal(units.All(u => u.RepliedOn!.Value <= u.Deadline!.Value), verdict.IsOnTime);
            Assert.Equal(units.Any(u => u.DeadlineIsProvisional), verdict.DeadlineWasProvisional);
            Assert.Equal(engine.Calendar.Version, verdict.CalendarVersion);

            foreach (var unit in units)
            {
                var own = engine.UnitVerdict(state, unit.Unit);
                Assert.NotNull(own);
                Assert.Equal((unit.Unit, unit.RepliedOn, unit.Deadline, unit.RepliedOn <= unit.Deadline), (own.Unit, (LocalDate?)own.RepliedOn, (LocalDate?)own.Deadline, own.IsOnTime));
            }
        }
    }

    [Property(Arbitrary = [typeof(SeparateHistories)], MaxTest = 300)]
    public void Status_WhileAUnitOwesItsReply_IsTheMostUrgentOpenUnits(SeparatePair pair)
    {
        foreach (var (engine, state) in Judged(pair))
        {
            var units = UnitsOf(engine, state);
            foreach (var asOf in new[] { pair.AsOf, pair.First[0].Date.PlusMonths(3), pair.First[0].Date.PlusMonths(7) })
            {
                var status = engine.Status(state, asOf);
                Assert.Equal(asOf, status.AsOf);
                if (units.All(u => u.RepliedOn is not null))
                {
                    var verdict = engine.Verdict(state);
                    Assert.Equal(verdict is null || verdict.IsOnTime ? DeadlineStatus.RepliedOnTime : DeadlineStatus.RepliedLate, status.Status);
                    Assert.Equal(state.FirstRepliedOn, status.RepliedOn);
                    continue;
                }

                var limit = engine.ExtensionLimit(state)?.Date;
                var expected = units.Where(u => u.RepliedOn is null).Select(u => OpenStatusByHand(engine, u.Deadline, limit, asOf)).MinBy(Urgency);
                Assert.Equal(expected, status.Status);
                Assert.Null(status.RepliedOn);
                Assert.Null(status.Verdict);
            }
        }
    }

    [Property(Arbitrary = [typeof(SeparateHistories)], MaxTest = 200)]
    public void Status_OfARepliedItem_FollowsTheVerdictRecordedForThatReply(SeparatePair pair)
    {
        var engine = DeadlineEngine.Default;
        var state = HandledItem.TryCreate(pair.Submission, pair.First, engine, out var item, out _) ? item.State : throw new InvalidOperationException("generated history refused");
        if (engine.Verdict(state) is not { } verdict)
        {
            return;
        }

        // A later calendar must not rewrite a closed item: the verdict recorded for the same reply decides, whatever it says.
        var flipped = verdict with { IsOnTime = !verdict.IsOnTime, CalendarVersion = "recorded" };
        var status = engine.Status(state, pair.AsOf, flipped);
        Assert.Equal(flipped.IsOnTime ? DeadlineStatus.RepliedOnTime : DeadlineStatus.RepliedLate, status.Status);
        Assert.Equal("recorded", status.CalendarVersion);

        // A verdict recorded for another reply date is not this reply's, and is ignored.
        var other = flipped with { RepliedOn = verdict.RepliedOn.PlusDays(1) };
        Assert.Equal(verdict.IsOnTime ? DeadlineStatus.RepliedOnTime : DeadlineStatus.RepliedLate, engine.Status(state, pair.AsOf, other).Status);
    }

    /// <summary>The most urgent first: seriously overdue, overdue, due soon, not yet due.</summary>
    private static int Urgency(DeadlineStatus status) => status switch
    {
        DeadlineStatus.SeriouslyOverdue => 0,
        DeadlineStatus.Overdue => 1,
        DeadlineStatus.DueSoon => 2,
        DeadlineStatus.NotYetDue => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "not the status of an open unit"),
    };

    /// <summary>
    /// An open unit's status by the rule's words: past the extension limit seriously overdue, past the deadline overdue,
    /// within the due-soon window of working days due soon, else not yet due.
    /// </summary>
    private static DeadlineStatus OpenStatusByHand(DeadlineEngine engine, LocalDate? deadline, LocalDate? limit, LocalDate asOf)
    {
        if (deadline is not { } due)
        {
            return DeadlineStatus.NotYetDue;
        }

        if (asOf > due)
        {
            return limit is { } l && asOf > l ? DeadlineStatus.SeriouslyOverdue : DeadlineStatus.Overdue;
        }

        return engine.Calendar.WorkingDaysBetween(asOf, due) <= engine.Policy.DueSoonWindow.Value ? DeadlineStatus.DueSoon : DeadlineStatus.NotYetDue;
    }
}

/// <summary>
/// The same rule on hand-made 分办 items under Sichuan's policy (提案 5 months counted from each unit's own 签收), where the
/// units' deadlines differ: dates counted by hand on the 2026 calendar. Assigned on Friday 2026-07-24; the sign-in window
/// (5 working days) ends on Friday 2026-07-31.
/// </summary>
public sealed class SeparateHandlingSichuanTests
{
    private static readonly DeadlineEngine Sichuan = new(DeadlineEngine.Default.Calendar, DeadlinePolicyPresets.Sichuan2024);
    private static readonly HandlingUnit Transport = new("市交通运输局");
    private static readonly HandlingUnit Housing = new("市住房和城乡建设局");
    private static readonly Submission Proposal = new(new ItemId("TA2026-088"), SubmissionKind.Proposal, "关于完善城郊公交线网的提案", 2026, new Member("王五"));

    // 市交通运输局 signs on 2026-07-24: 5 months → Thursday 2026-12-24, a working day, settled by the 2026 notice.
    // 市住房和城乡建设局 signs on 2026-07-31: 5 months → Thursday 2026-12-31, a working day, but provisional: the last
    // days of a year can still be changed by the next year's notice (make-up days around 元旦), and 2027's is not out.
    private static ItemState Fold(params HandlingEvent[] later) =>
        ItemLifecycle.Fold(
            Proposal,
            [
                new Assigned(new LocalDate(2026, 7, 24), [new Assignment(Transport, AssignmentRole.Separate), new Assignment(Housing, AssignmentRole.Separate)]),
                new Received(new LocalDate(2026, 7, 24), Transport),
                new Received(new LocalDate(2026, 7, 31), Housing),
                .. later,
            ],
            Sichuan);

    [Fact]
    public void UnitsWithDifferentDeadlines_TheItemsIsTheLatest_AndProvisionalWhenOneIs()
    {
        var state = Fold(
            new Replied(new LocalDate(2026, 12, 20), ResultCategory.A, Transport),
            new Replied(new LocalDate(2026, 12, 31), ResultCategory.B, Housing, new LocalDate(2027, 6, 30)));

        var transport = Sichuan.UnitVerdict(state, Transport)!;
        var housing = Sichuan.UnitVerdict(state, Housing)!;
        Assert.Equal((new LocalDate(2026, 12, 24), true, false), (transport.Deadline, transport.IsOnTime, transport.DeadlineWasProvisional));
        Assert.Equal((new LocalDate(2026, 12, 31), true, true), (housing.Deadline, housing.IsOnTime, housing.DeadlineWasProvisional));

        var verdict = Sichuan.Verdict(state)!;
        Assert.Equal((new LocalDate(2026, 12, 31), new LocalDate(2026, 12, 31), true, true), (verdict.RepliedOn, verdict.Deadline, verdict.IsOnTime, verdict.DeadlineWasProvisional));
        Assert.True(Sichuan.Status(state, new LocalDate(2027, 2, 1)).IsProvisional);
    }

    [Fact]
    public void OneUnitLate_BeforeTheOtherUnitsDeadline_MakesTheItemLate()
    {
        // 市交通运输局 replies on 2026-12-25, a day after its own deadline, though before 2026-12-31.
        var state = Fold(
            new Replied(new LocalDate(2026, 12, 25), ResultCategory.A, Transport),
            new Replied(new LocalDate(2026, 12, 28), ResultCategory.A, Housing));

        Assert.False(Sichuan.Verdict(state)!.IsOnTime);
        Assert.Equal(DeadlineStatus.RepliedLate, Sichuan.Status(state, new LocalDate(2027, 2, 1)).Status);
    }

    [Fact]
    public void OpenUnits_TheItemTakesTheMostUrgentStatus()
    {
        // As of Monday 2026-12-28: 市交通运输局 is past 2026-12-24 (its extension limit, 6 months from 签收, is in January
        // 2027); 市住房和城乡建设局's 2026-12-31 is 3 working days away, within the due-soon window of 10.
        var state = Fold();

        Assert.Equal(DeadlineStatus.Overdue, Sichuan.Status(state, new LocalDate(2026, 12, 28)).Status);
        Assert.Equal(DeadlineStatus.NotYetDue, Sichuan.Status(state, new LocalDate(2026, 11, 2)).Status);

        // As of Monday 2026-12-14: 市交通运输局's 12-24 is 8 working days away (due soon), 市住房和城乡建设局's 12-31 is 13.
        Assert.Equal(DeadlineStatus.DueSoon, Sichuan.Status(state, new LocalDate(2026, 12, 14)).Status);

        // Once 市交通运输局 has replied (late), the item's status is 市住房和城乡建设局's alone: due soon.
        var oneReplied = Fold(new Replied(new LocalDate(2026, 12, 25), ResultCategory.A, Transport));
        Assert.Equal(DeadlineStatus.DueSoon, Sichuan.Status(oneReplied, new LocalDate(2026, 12, 28)).Status);
    }
}
