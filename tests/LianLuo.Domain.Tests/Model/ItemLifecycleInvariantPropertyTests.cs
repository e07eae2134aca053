using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LianLuo.Domain.Aggregation;
using LianLuo.Domain.Classification;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Tests.Arbitraries;
using LianLuo.Domain.Timeliness;

namespace LianLuo.Domain.Tests.Model;

/// <summary>Invariants of the handling model over generated histories: 分办 independence, stable verdicts, whole refusals.</summary>
public class ItemLifecycleInvariantPropertyTests
{
    private static DeadlineEngine Engine => DeadlineEngine.Default;

    [Property(Arbitrary = [typeof(SeparateHistories)])]
    public Property ForUnit_SeparateUnitsFacts_DoNotDependOnOtherUnitsOrReplyOrder(SeparatePair pair)
    {
        var first = ItemLifecycle.Fold(pair.Submission, pair.First, Engine);
        var second = ItemLifecycle.Fold(pair.Submission, pair.Second, Engine);

        bool Check()
        {
            Assert.True(first.IsSeparateHandling);
            Assert.Equal(first.ForUnit(pair.Unit).Rounds, second.ForUnit(pair.Unit).Rounds);
            Assert.Equal(ItemFacts.From(first.ForUnit(pair.Unit), Engine, pair.AsOf), ItemFacts.From(second.ForUnit(pair.Unit), Engine, pair.AsOf));
            Assert.Equal(Engine.UnitVerdict(first, pair.Unit)?.IsOnTime, Engine.UnitVerdict(second, pair.Unit)?.IsOnTime);
            var firstItem = Assert.Single(EvaluationItems.FromState(first, pair.AsOf, Engine, ReplyRules.Default), e => e.Unit == pair.Unit);
            var secondItem = Assert.Single(EvaluationItems.FromState(second, pair.AsOf, Engine, ReplyRules.Default), e => e.Unit == pair.Unit);
            Assert.Equal(firstItem, secondItem);
            return true;
        }

        var part = first.PartOf(pair.Unit)!;
        return Prop.Classify(
            Prop.Classify(
                Prop.Classify(Check, pair.Variant == "interleaving", "interleaving of the units' events"),
                part.FirstRepliedOn is not null,
                "unit replied"),
            part.IsRehandled,
            "unit re-handled");
    }

    [Property(Arbitrary = [typeof(LifecycleArbitraries)])]
    public Property Verdict_LaterEvents_DoNotChangeAnEarlierReplysVerdict(RepliedScenario replied) => VerdictsStable(replied.Scenario);

    [Property(Arbitrary = [typeof(LifecycleArbitraries)])]
    public Property TryFold_ForbiddenStep_LeavesNoPartialState(ForbiddenStepCase forbidden)
    {
        var submission = forbidden.Scenario.Submission;
        var history = forbidden.History;

        bool Check()
        {
            Assert.False(ItemLifecycle.TryFold(submission, history, Engine, out var state, out var violation));
            Assert.Null(state);
            Assert.Equal(forbidden.Rule, violation.Rule);
            Assert.Equal(forbidden.Position, violation.EventIndex);

            var before = ItemLifecycle.Fold(submission, forbidden.Prefix, Engine);
            var hash = before.GetHashCode();
            Assert.False(ItemLifecycle.TryApply(before, forbidden.Step, Engine, out var next, out var same));
            Assert.Null(next);
            Assert.Equal(violation, same);
            Assert.Equal(ItemLifecycle.Fold(submission, forbidden.Prefix, Engine), before);
            Assert.Equal(hash, before.GetHashCode());
            Assert.Equal(forbidden.Position, before.EventCount);
            return true;
        }

        return Prop.Classify(
            Prop.Classify(Check, forbidden.Scenario.Models[forbidden.Position].IsSeparate, "分办"),
            true,
            forbidden.Rule.ToString());
    }

    private static Property VerdictsStable(HistoryScenario scenario)
    {
        var full = ItemLifecycle.Fold(scenario.Submission, scenario.History, Engine);
        var firstReply = scenario.History.Select((e, i) => (e, i)).First(p => p.e is Replied).i;
        var separate = full.IsSeparateHandling;
        var checkedReplies = 0;

        bool Check()
        {
            for (var k = firstReply + 1; k <= scenario.History.Length; k++)
            {
                var prefix = ItemLifecycle.Fold(scenario.Submission, scenario.History[..k], Engine);
                if (prefix.IsSeparateHandling)
                {
                    foreach (var part in prefix.Parts.Where(p => p.FirstRepliedOn is not null))
                    {
                        var then = Engine.UnitVerdict(prefix, part.Unit)!;
                        var now = Engine.UnitVerdict(full, part.Unit);
                        Assert.Equal(then.RepliedOn, now!.RepliedOn);
                        Assert.Equal(then.IsOnTime, now.IsOnTime);
                        checkedReplies++;
                    }
                }

                if (Engine.Verdict(prefix) is { } verdict)
                {
                    var now = Engine.Verdict(full)!;
                    Assert.Equal(verdict.RepliedOn, now.RepliedOn);
                    Assert.Equal(verdict.IsOnTime, now.IsOnTime);
                    checkedReplies++;
                }
            }

            Assert.True(checkedReplies > 0, "a history with a reply has a verdict to check");
            return true;
        }

        return Prop.Classify(
            Prop.Classify(
                Prop.Classify(Check, separate, "分办"),
                Engine.Verdict(full) is { IsOnTime: false },
                "late first reply"),
            full.Extensions.Count > 0,
            "extended");
    }
}
