using FsCheck.Xunit;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Tests.Arbitraries;
using NodaTime.Text;

namespace LianLuo.Domain.Tests.Model;

[Properties(Arbitrary = [typeof(LifecycleArbitraries)])]
public class ItemLifecyclePropertyTests
{
    [Property]
    public void Generator_ValidHistories_AreDatedIn2007To2027InOrder(HistoryScenario scenario)
    {
        Assert.NotEmpty(scenario.History);
        Assert.IsType<Assigned>(scenario.History[0]);
        Assert.All(scenario.History, e => Assert.InRange(e.Date, HistoryModel.MinDate, HistoryModel.MaxDate));
        for (var i = 1; i < scenario.History.Length; i++)
        {
            Assert.True(scenario.History[i - 1].Date <= scenario.History[i].Date, $"event #{i} is out of order");
        }
    }

    [Property]
    public void Fold_ValidHistory_AgreesWithTheHistory(HistoryScenario scenario)
    {
        var state = ItemLifecycle.Fold(scenario.Submission, scenario.History);
        var expected = scenario.Expected;

        Assert.Equal(expected.Phase, state.Phase);
        Assert.Equal(expected.ReplyCount, state.ReplyCount);
        Assert.Equal(scenario.History.OfType<Replied>().Count(), state.ReplyCount);
        Assert.Equal(expected.Rounds, state.Rounds.Count);
        Assert.Equal(expected.IsSeparate, state.IsSeparateHandling);
        if (expected.IsSeparate)
        {
            Assert.Single(state.Rounds);
            Assert.Null(state.Rounds[0].Category);
            Assert.Equal(scenario.History.OfType<RehandlingStarted>().Count(), state.Parts.Sum(p => p.Rounds.Count - 1));
            Assert.Equal(expected.Parts.Count, state.Parts.Count);
            foreach (var part in state.Parts)
            {
                var model = expected.Parts[part.Unit];
                Assert.Equal(model.Rounds, part.Rounds.Count);
                Assert.Equal(model.Replied, part.CurrentRound.IsReplied);
                Assert.Equal(model.HasFeedback, part.CurrentRound.Feedback is not null);
                Assert.Equal(model.Level, part.CurrentRound.Satisfaction);
                Assert.Equal(model.FirstRepliedOn, part.FirstRepliedOn);
                Assert.Equal(model.LastReturnedLevel, part.FinalSatisfaction);
            }
        }
        else
        {
            Assert.Equal(1 + scenario.History.OfType<RehandlingStarted>().Count(), state.Rounds.Count);
        }

        Assert.Equal(expected.PendingReturns, state.PendingReturns.Select(r => r.Unit));
        Assert.Equal(expected.Released, state.ReleasedUnits.AsImmutableArray());
        Assert.Equal(expected.IsComplex, state.IsComplex);
        Assert.Empty(state.LateReturnRequests);
        Assert.Equal(expected.AssignmentCount, state.AssignmentCount);
        Assert.Equal(scenario.History.OfType<Assigned>().Count(), state.AssignmentCount);
        Assert.Equal(scenario.History.Length, state.EventCount);
        Assert.Equal(scenario.History[^1].Date, state.LastEventOn);
        Assert.Equal(scenario.History[0].Date, state.FirstAssignedOn);
        Assert.Equal(scenario.History.OfType<Assigned>().Last(), state.Assignment);
        Assert.Equal(expected.ClosedOn, state.ClosedOn);
        Assert.Equal(expected.FirstRepliedOn, state.FirstRepliedOn);
        Assert.Equal(expected.Communications, state.Communications.Count);
        Assert.Equal(expected.PersonTimes, Enum.GetValues<CommunicationMode>().Sum(state.PersonTimes));
        Assert.Equal(expected.Supervisions, state.Supervisions.Count);
        Assert.Equal(expected.FollowUps, state.FollowUps.Count);
        Assert.Equal(expected.ReturnRequests, state.ReturnRequests.Count);
        Assert.Equal(expected.AnyPromise, state.Promises.Any());
        Assert.Equal(expected.Received, state.ReceivedBy.AsImmutableArray());
        Assert.Equal(expected.RoundReplied, state.CurrentRound!.IsReplied);
        Assert.Equal(expected.RoundLevel, state.CurrentRound.Satisfaction);
    }

    [Property]
    public void FinalSatisfaction_IsTheLastRoundsReturnedForm(HistoryScenario scenario)
    {
        var state = ItemLifecycle.Fold(scenario.Submission, scenario.History);
        Assert.Equal(scenario.Expected.FinalSatisfaction, state.FinalSatisfaction);
        if (state.IsSeparateHandling)
        {
            // The lowest of the units' final satisfactions, once every form is back or any is 不满意.
            var levels = state.Parts.Select(p => scenario.History.OfType<FeedbackReceived>().LastOrDefault(f => f.Unit == p.Unit && f.Level is not null)?.Level).ToArray();
            var expected = levels.Contains(SatisfactionLevel.Unsatisfied) ? SatisfactionLevel.Unsatisfied : levels.All(l => l is not null) ? levels.Max() : null;
            Assert.Equal(expected, state.FinalSatisfaction);
            return;
        }

        var lastReturned = scenario.History.OfType<FeedbackReceived>().LastOrDefault(f => f.Level is not null)?.Level;
        Assert.Equal(lastReturned, state.FinalSatisfaction);
        var lastRoundWithForm = state.Rounds.LastOrDefault(r => r.Satisfaction is not null);
        Assert.Equal(lastRoundWithForm?.Satisfaction, state.FinalSatisfaction);
    }

    [Property]
    public void Fold_IsDeterministic_AndDependsOnlyOnTheHistory(HistoryScenario scenario)
    {
        var first = ItemLifecycle.Fold(scenario.Submission, scenario.History);
        var second = ItemLifecycle.Fold(scenario.Submission, scenario.History);

        // The same history, rebuilt from equal but distinct objects.
        var copiedSubmission = scenario.Submission with { };
        var copiedHistory = scenario.History.Select(e => e with { }).ToList();
        var third = ItemLifecycle.Fold(copiedSubmission, copiedHistory);

        Assert.Equal(first, second);
        Assert.Equal(first, third);
        Assert.Equal(first.GetHashCode(), third.GetHashCode());
        Assert.Equal(new HandledItem(scenario.Submission, scenario.History), new HandledItem(copiedSubmission, copiedHistory));
    }

    [Property]
    public void TryApply_StepByStep_EqualsFold(HistoryScenario scenario)
    {
        var state = ItemLifecycle.Initial(scenario.Submission);
        foreach (var step in scenario.History)
        {
            Assert.True(ItemLifecycle.TryApply(state, step, out var next, out var violation), violation?.Message);
            state = next;
        }

        Assert.Equal(ItemLifecycle.Fold(scenario.Submission, scenario.History), state);
    }

    [Property]
    public void Fold_ForbiddenStep_IsRejectedWithItsRule(ForbiddenStepCase forbidden)
    {
        var history = forbidden.History;

        var ex = Assert.Throws<LifecycleException>(() => ItemLifecycle.Fold(forbidden.Scenario.Submission, history));
        var violation = ex.Violation!;
        Assert.Equal(forbidden.Rule, violation.Rule);
        Assert.Equal(forbidden.Position, violation.EventIndex);
        Assert.Same(forbidden.Step, violation.Event);
        Assert.Contains(forbidden.Step.ChineseName, violation.Message, StringComparison.Ordinal);
        Assert.Contains(LocalDatePattern.Iso.Format(forbidden.Step.Date), violation.Message, StringComparison.Ordinal);
        Assert.Contains(forbidden.Rule.ToString(), violation.Message, StringComparison.Ordinal);
        Assert.Contains(DisplayNames.Chinese(forbidden.Rule), violation.Message, StringComparison.Ordinal);

        Assert.False(ItemLifecycle.TryFold(forbidden.Scenario.Submission, history, out var state, out var same));
        Assert.Null(state);
        Assert.Equal(violation, same);
    }

    [Property]
    public void TryApply_ForbiddenStep_LeavesNothingHalfApplied(ForbiddenStepCase forbidden)
    {
        var submission = forbidden.Scenario.Submission;
        var before = ItemLifecycle.Fold(submission, forbidden.Prefix);
        var hash = before.GetHashCode();

        Assert.False(ItemLifecycle.TryApply(before, forbidden.Step, out var next, out var violation));
        Assert.Null(next);
        Assert.Equal(forbidden.Rule, violation.Rule);
        Assert.Equal(forbidden.Position, violation.EventIndex);

        // The state is untouched and still takes the history's real next step.
        Assert.Equal(ItemLifecycle.Fold(submission, forbidden.Prefix), before);
        Assert.Equal(hash, before.GetHashCode());
        if (!forbidden.IsAppended)
        {
            var realNext = forbidden.Scenario.History[forbidden.Position];
            Assert.True(ItemLifecycle.TryApply(before, realNext, out var after, out _));
            Assert.Equal(ItemLifecycle.Fold(submission, forbidden.Scenario.History[..(forbidden.Position + 1)]), after);
        }
    }

    [Property]
    public void Append_ForbiddenStep_ThrowsAndKeepsTheItem(ForbiddenStepCase forbidden)
    {
        var item = new HandledItem(forbidden.Scenario.Submission, forbidden.Prefix);
        var copy = new HandledItem(forbidden.Scenario.Submission, forbidden.Prefix);

        var ex = Assert.Throws<LifecycleException>(() => item.Append(forbidden.Step));

        Assert.Equal(forbidden.Rule, ex.Violation!.Rule);
        Assert.Equal(copy, item);
        Assert.Equal(copy.State, item.State);
        Assert.Equal(forbidden.Position, item.History.Count);
    }
}
