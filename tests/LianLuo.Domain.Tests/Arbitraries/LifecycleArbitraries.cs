using FsCheck;
using FsCheck.Fluent;

namespace LianLuo.Domain.Tests.Arbitraries;

/// <summary>
/// FsCheck generators for handling histories: realistic histories built step by step from valid transitions
/// (dates in 2007-2027), and such histories with one forbidden step appended or inserted.
/// </summary>
public static class LifecycleArbitraries
{
    /// <summary>Plans of up to <see cref="HistoryPlan.MaxSteps"/> steps; they shrink to shorter plans.</summary>
    public static Gen<HistoryPlan> Plans { get; } =
        from start in Gen.Choose(0, HistoryPlan.MaxStartOffset)
        from kind in Gen.Choose(0, 11)
        from first in Gen.Choose(0, 999)
        from length in Gen.Choose(0, HistoryPlan.MaxSteps)
        from steps in Gen.ArrayOf(StepGen, length)
        select new HistoryPlan(start, kind, first, [.. steps]);

    /// <summary>Valid histories.</summary>
    public static Gen<HistoryScenario> Scenarios { get; } = Plans.Select(HistoryScenario.Build);

    /// <summary>Valid histories that reach a reply (the plan goes on until one comes), a third of them under 分办.</summary>
    public static Gen<HistoryScenario> RepliedScenarios { get; } =
        from plan in Plans
        from separate in Gen.Choose(0, 2)
        select HistoryScenario.Build(plan with
        {
            EnsureReply = true,
            FirstAssignment = separate == 0 ? (plan.FirstAssignment / 5 * 5) + 3 + (plan.FirstAssignment % 2) : plan.FirstAssignment,
        });

    /// <summary>Valid histories with one forbidden step at a random place, each with the rule it must break.</summary>
    public static Gen<ForbiddenStepCase> ForbiddenCases { get; } =
        from scenario in Scenarios
        from position in Gen.Choose(0, scenario.History.Length)
        from gap in Gen.Frequency((4, Gen.Choose(0, 5)), (1, Gen.Choose(6, 60)), (1, Gen.Choose(61, 250)))
        from pick in Gen.Choose(0, 10_000)
        select MakeCase(scenario, position, gap, pick);

    public static Arbitrary<HistoryScenario> Scenario() =>
        Arb.From(Scenarios, scenario => ShrinkPlan(scenario.Plan).Select(HistoryScenario.Build));

    public static Arbitrary<ForbiddenStepCase> ForbiddenStep() => Arb.From(ForbiddenCases);

    public static Arbitrary<RepliedScenario> Replied() =>
        Arb.From(RepliedScenarios.Select(s => new RepliedScenario(s)), r => ShrinkPlan(r.Scenario.Plan).Select(p => new RepliedScenario(HistoryScenario.Build(p))));

    private static Gen<PlanStep> StepGen { get; } =
        from choice in Gen.Choose(0, 1000)
        from gap in Gen.Frequency((3, Gen.Choose(0, 3)), (2, Gen.Choose(4, HistoryPlan.MaxGap)))
        from detail in Gen.Choose(0, 10_000)
        select new PlanStep(choice, gap, detail);

    /// <summary>Shorter plans: without the second half, without the last step, then without each single step.</summary>
    private static IEnumerable<HistoryPlan> ShrinkPlan(HistoryPlan plan)
    {
        var steps = plan.Steps;
        if (steps.IsEmpty)
        {
            yield break;
        }

        if (steps.Length > 1)
        {
            yield return plan with { Steps = steps[..(steps.Length / 2)] };
        }

        yield return plan with { Steps = steps[..^1] };
        for (var i = 0; i < steps.Length - 1; i++)
        {
            yield return plan with { Steps = steps.RemoveAt(i) };
        }
    }

    private static ForbiddenStepCase MakeCase(HistoryScenario scenario, int position, int gap, int pick)
    {
        var before = scenario.Models[position];
        var date = (before.LastDate ?? scenario.History[0].Date).PlusDays(gap);

        // One case in eight is a step out of date order, where the history allows one.
        if (pick % 8 == 0 && ForbiddenSteps.OutOfOrder(before, 1 + (pick % 30)) is { } outOfOrder)
        {
            return new ForbiddenStepCase(scenario, position, outOfOrder.Step, outOfOrder.Rule);
        }

        var candidates = ForbiddenSteps.After(before, date);
        var (step, rule) = candidates[pick % candidates.Count];
        return new ForbiddenStepCase(scenario, position, step, rule);
    }
}

/// <summary>A valid history that reaches a reply (<see cref="LifecycleArbitraries.RepliedScenarios"/>).</summary>
public sealed record RepliedScenario(HistoryScenario Scenario)
{
    public override string ToString() => Scenario.ToString();
}
