using FsCheck.Xunit;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Tests.Arbitraries;
using NodaTime;

namespace LianLuo.Domain.Tests.Model;

/// <summary>
/// The fold applies every event to one state of its own, in place; <see cref="ItemLifecycle.TryApply(ItemState, HandlingEvent, out ItemState?, out LifecycleViolation?)"/>
/// applies it to a copy of the caller's state. These properties hold the two routes to one another and check that no state
/// once handed out changes afterwards. The extension rules ask the engine for deadline dates only: the date paths must give
/// what the explained deadlines say, or fail alike.
/// </summary>
[Properties(Arbitrary = [typeof(LifecycleArbitraries)])]
public class ItemLifecycleInPlaceFoldPropertyTests
{
    private static readonly DeadlineEngine[] Engines =
    [
        DeadlineEngine.Default,
        DeadlineEngine.Default.WithPolicy(DeadlinePolicyPresets.Shandong),
        DeadlineEngine.Default.WithPolicy(DeadlinePolicyPresets.CityNotice2008.ToBuilder().WithExtensionBeyondLimit(true).Build()),
    ];

    [Property]
    public void TryFold_EveryPrefix_EqualsTheStepByStepState_AndHandedOutStatesNeverChange(HistoryScenario scenario)
    {
        var submission = scenario.Submission;
        var handedOut = new List<(ItemState State, ItemState Snapshot)>();
        var state = ItemLifecycle.Initial(submission);
        for (var i = 0; i <= scenario.History.Length; i++)
        {
            // The fold of the prefix, over an EquatableArray (the fast path of HandledItem) and over a plain sequence.
            var prefix = scenario.History[..i];
            Assert.True(ItemLifecycle.TryFold(submission, new EquatableArray<HandlingEvent>(prefix), out var folded, out _));
            Assert.True(ItemLifecycle.TryFold(submission, prefix.Select(e => e), out var foldedFromSequence, out _));
            Assert.Equal(state, folded);
            Assert.Equal(state, foldedFromSequence);
            Assert.Equal(i, folded.EventCount);
            handedOut.Add((folded, folded with { }));
            handedOut.Add((state, state with { }));

            if (i < scenario.History.Length)
            {
                Assert.True(ItemLifecycle.TryApply(state, scenario.History[i], out var next, out var violation), violation?.Message);
                Assert.NotSame(state, next);
                state = next;
            }
        }

        Assert.All(handedOut, pair => Assert.Equal(pair.Snapshot, pair.State));
        Assert.Equal(new HandledItem(submission, scenario.History).State, state);
    }

    [Property]
    public void TryFold_ForbiddenStep_GivesTheViolationOfTheStepByStepRoute(ForbiddenStepCase forbidden)
    {
        var submission = forbidden.Scenario.Submission;
        var before = ItemLifecycle.Initial(submission);
        foreach (var step in forbidden.Prefix)
        {
            Assert.True(ItemLifecycle.TryApply(before, step, out var next, out _));
            before = next;
        }

        Assert.False(ItemLifecycle.TryApply(before, forbidden.Step, out _, out var stepwise));
        Assert.False(ItemLifecycle.TryFold(submission, forbidden.History, out var state, out var folded));
        Assert.Null(state);
        Assert.Equal(stepwise, folded);
        Assert.Equal(stepwise.Message, folded.Message);
        Assert.Equal(stepwise.Reason, folded.Reason);
    }

    [Property]
    public void DeadlineDates_EveryPrefix_AreTheExplainedDeadlinesDates(HistoryScenario scenario)
    {
        var state = ItemLifecycle.Initial(scenario.Submission);
        foreach (var step in scenario.History)
        {
            Assert.True(ItemLifecycle.TryApply(state, step, out var next, out var violation), violation?.Message);
            state = next;
            foreach (var engine in Engines)
            {
                var current = state;
                Assert.Equal(Outcome(() => engine.ReplyDeadline(current)?.Date), Outcome(() => engine.ReplyDeadlineDate(current)));
                Assert.Equal(Outcome(() => engine.RehandlingDeadline(current)?.Date), Outcome(() => engine.RehandlingDeadlineDate(current)));
                Assert.Equal(Outcome(() => engine.ExtensionLimit(current)?.Date), Outcome(() => engine.ExtensionLimitDate(current)));
            }
        }
    }

    [Fact]
    public void DeadlineDates_LimitStartOutOfRange_FailAsTheExplainedDeadlineDoes()
    {
        // The extension limit counted from 签收: the deemed receipt of an item assigned on 9999-12-30 is the end of a sign-in
        // window after 9999-12-31. With an extension recorded, the explained reply deadline asks for the limit's start even
        // when the policy allows extensions beyond the limit; so must the date path, or the fold would judge the extension
        // differently from the deadline it reports.
        var policy = DeadlinePolicy.Default.ToBuilder()
            .Set(DeadlineKind.ExtensionLimit, PeriodRule.After(StartEvent.Received, new CalendarMonths(6)))
            .WithExtensionBeyondLimit(true)
            .Build();
        var engine = DeadlineEngine.Default.WithPolicy(policy);
        var unit = new HandlingUnit("市教育局");
        var submission = new Submission(new ItemId("J9999-001"), SubmissionKind.Suggestion, "关于延期的建议", 9999, new Deputy("张三"));
        var assigned = new LocalDate(9999, 12, 30);
        var state = ItemLifecycle.Initial(submission);
        Assert.True(ItemLifecycle.TryApply(state, new Assigned(assigned, [new Assignment(unit, AssignmentRole.Lead)]), engine, out var next, out _));
        var withExtension = next with
        {
            Rounds = [next.Rounds[0] with { Extension = new Extended(assigned, new LocalDate(9999, 12, 31)) }],
        };

        var explained = Outcome(() => engine.ReplyDeadline(withExtension)?.Date);
        Assert.StartsWith("throws ", explained, StringComparison.Ordinal);
        Assert.Equal(explained, Outcome(() => engine.ReplyDeadlineDate(withExtension)));
    }

    private static string Outcome(Func<LocalDate?> compute)
    {
        try
        {
            return compute()?.ToString() ?? "none";
        }
        catch (ArgumentOutOfRangeException ex)
        {
            return $"throws {ex.Message}";
        }
    }
}
