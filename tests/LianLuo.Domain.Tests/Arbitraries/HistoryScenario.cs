using System.Collections.Immutable;
using System.Globalization;
using LianLuo.Domain.Model;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Domain.Tests.Arbitraries;

/// <summary>The raw choices from which <see cref="HistoryScenario.Build"/> makes a valid history.</summary>
/// <param name="StartOffset">Days from 2007-01-01 to the first 交办.</param>
/// <param name="KindChoice">Picks the submission kind.</param>
/// <param name="FirstAssignment">Picks the units of the first 交办.</param>
/// <param name="Steps">One entry per event after the first 交办.</param>
/// <param name="EnsureReply">Whether the history goes on after the steps until it has a reply.</param>
public sealed record HistoryPlan(int StartOffset, int KindChoice, int FirstAssignment, ImmutableArray<PlanStep> Steps, bool EnsureReply = false)
{
    /// <summary>The most steps a plan holds; with gaps of at most <see cref="MaxGap"/> days the dates stay in 2007-2027.</summary>
    public const int MaxSteps = 30;

    /// <summary>The largest gap in days between two events.</summary>
    public const int MaxGap = 20;

    /// <summary>The latest first date: 2026-03-31, so that 30 gaps of 20 days end before 2027-12-01.</summary>
    public static readonly int MaxStartOffset = Period.Between(HistoryModel.MinDate, new LocalDate(2026, 3, 31), PeriodUnits.Days).Days;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"HistoryPlan(start +{StartOffset}d, kind {KindChoice}, first {FirstAssignment}, steps [{string.Join(" ", Steps)}]{(EnsureReply ? ", until a reply" : "")})");
}

/// <summary>One raw step: which valid step to take, how many days later, and its details.</summary>
public readonly record struct PlanStep(int Choice, int Gap, int Detail)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Choice}/{Gap}/{Detail}");
}

/// <summary>
/// A valid handling history made step by step from valid transitions, with the test model after every prefix.
/// <c>Models[k]</c> is the model after the first <c>k</c> events; the last one is the expected outcome.
/// </summary>
public sealed class HistoryScenario
{
    private HistoryScenario(HistoryPlan plan, Submission submission, ImmutableArray<HandlingEvent> history, ImmutableArray<HistoryModel> models)
    {
        Plan = plan;
        Submission = submission;
        History = history;
        Models = models;
    }

    public HistoryPlan Plan { get; }

    public Submission Submission { get; }

    public ImmutableArray<HandlingEvent> History { get; }

    public ImmutableArray<HistoryModel> Models { get; }

    public HistoryModel Expected => Models[^1];

    /// <summary>Interprets a plan: every step is one of the valid steps of the model at that point.</summary>
    public static HistoryScenario Build(HistoryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var kind = (SubmissionKind)(1 + (plan.KindChoice % 3));
        var start = HistoryModel.MinDate.PlusDays(plan.StartOffset);
        Proposer lead = kind switch
        {
            SubmissionKind.Proposal => new Member("李四", "农工党"),
            _ => new Deputy("张三", "城关代表团"),
        };
        var submission = new Submission(
            new ItemId(string.Create(CultureInfo.InvariantCulture, $"{(kind == SubmissionKind.Proposal ? "T" : "J")}{start.Year}-{plan.StartOffset % 1000:000}")),
            kind,
            $"关于加强校园周边交通安全管理的{DisplayNames.Chinese(kind)}",
            start.Year,
            lead,
            [new Deputy("王五"), new GroupProposer("民盟市委", GroupKind.DemocraticParty)],
            "教育",
            isKey: plan.KindChoice % 4 == 0);

        var model = new HistoryModel { Kind = kind };
        var events = ImmutableArray.CreateBuilder<HandlingEvent>();
        var models = ImmutableArray.CreateBuilder<HistoryModel>();
        models.Add(model);
        (var first, model) = model.Step(StepKind.Assign, start, plan.FirstAssignment);
        events.Add(first);
        models.Add(model);
        foreach (var step in plan.Steps)
        {
            var date = model.LastDate!.Value.PlusDays(step.Gap);
            var valid = model.ValidSteps(date);
            (var next, model) = model.Step(valid[step.Choice % valid.Count], date, step.Detail);
            events.Add(next);
            models.Add(model);
        }

        // Histories that must reach a reply: decide pending returns (rejecting the replying units'), reassign, then reply.
        for (var extra = 0; plan.EnsureReply && model.ReplyCount == 0 && extra < 10; extra++)
        {
            var date = model.LastDate!.Value.PlusDays(extra % 3);
            var kindOfStep = model.Phase switch
            {
                HandlingPhase.AwaitingReassignment => StepKind.Assign,
                HandlingPhase.ReturnRequested => StepKind.DecideReturn,
                _ => StepKind.Reply,
            };
            var detail = kindOfStep == StepKind.DecideReturn
                ? 1 + (2 * model.PendingReturns.Select((u, i) => (u, i)).First(p => model.IsReplying(p.u)).i)
                : plan.FirstAssignment + extra;
            (var next, model) = model.Step(kindOfStep, date, detail);
            events.Add(next);
            models.Add(model);
        }

        return new HistoryScenario(plan, submission, events.ToImmutable(), models.ToImmutable());
    }

    public override string ToString() =>
        $"{Plan}{Environment.NewLine}{string.Join(Environment.NewLine, History.Select((e, i) => string.Create(CultureInfo.InvariantCulture, $"  #{i} {LocalDatePattern.Iso.Format(e.Date)} {e}")))}";
}

/// <summary>A valid history with one forbidden step put at <see cref="Position"/> (appended when it is the history's length).</summary>
public sealed class ForbiddenStepCase
{
    public ForbiddenStepCase(HistoryScenario scenario, int position, HandlingEvent step, LifecycleRule rule)
    {
        Scenario = scenario;
        Position = position;
        Step = step;
        Rule = rule;
    }

    public HistoryScenario Scenario { get; }

    /// <summary>How many valid events come before the forbidden step.</summary>
    public int Position { get; }

    public HandlingEvent Step { get; }

    public LifecycleRule Rule { get; }

    public bool IsAppended => Position == Scenario.History.Length;

    /// <summary>The valid events before the forbidden step.</summary>
    public ImmutableArray<HandlingEvent> Prefix => Scenario.History[..Position];

    /// <summary>The prefix, the forbidden step, and the rest of the valid history.</summary>
    public ImmutableArray<HandlingEvent> History => [.. Prefix, Step, .. Scenario.History[Position..]];

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Step} at #{Position} ({(IsAppended ? "appended" : "inserted")}) must break {Rule}{Environment.NewLine}{Scenario}");
}
