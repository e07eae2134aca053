using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LianLuo.Domain.Aggregation;
using LianLuo.Domain.Classification;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Serialization;
using LianLuo.Domain.Tests.Arbitraries;
using LianLuo.Domain.Timeliness;
using NodaTime;

namespace LianLuo.Domain.Tests.Evaluation;

/// <summary>
/// The one-pass assessment (<see cref="UnitAssessmentAccumulator"/>, over its internal fold) against the list-based
/// evaluation (<see cref="UnitEvaluator.Evaluate"/>, <see cref="UnitAssessment.Evaluate"/>): the same result for any
/// order and any split of the items, and lists cut at the cap that say so.
/// </summary>
public class UnitAssessmentAccumulatorTests
{
    private static readonly EvaluationScheme[] Presets =
        [EvaluationPresets.Default, EvaluationPresets.ShenzhenStyleGraded, EvaluationPresets.ShijiazhuangStyleDeduction];

    private static readonly LocalDate AssignedOn = new(2025, 3, 3);
    private static readonly LocalDate AsOf = new(2025, 7, 1);
    private static readonly HandlingUnit Education = new("市教育局");

    /// <summary>Folds the items in the given order, split into parts at the given cut points, then merges the parts.</summary>
    private static EvaluationResult Fold(EvaluationScheme scheme, EvaluationItem[] items, IEnumerable<int> cuts, int cap = int.MaxValue)
    {
        var bounds = cuts.Select(c => c % (items.Length + 1)).Append(0).Append(items.Length).Distinct().Order().ToList();
        AssessmentFold? whole = null;
        for (var p = 0; p + 1 < bounds.Count; p++)
        {
            var part = new AssessmentFold(scheme, ClassificationScheme.Default, cap);
            foreach (var item in items.Skip(bounds[p]).Take(bounds[p + 1] - bounds[p]))
            {
                part.Add(item);
            }

            // An item not scored is listed once, by the part that holds its first evaluation item.
            foreach (var id in items.Skip(bounds[p]).Take(bounds[p + 1] - bounds[p]).Where(i => !scheme.ScoredKinds.Contains(i.Kind)).Select(i => i.Id).Distinct())
            {
                part.AddNotScored(id);
            }

            if (whole is null)
            {
                whole = part;
            }
            else
            {
                whole.Merge(part);
            }
        }

        return (whole ?? new AssessmentFold(scheme, ClassificationScheme.Default, cap)).ToResult();
    }

    [Property(Arbitrary = [typeof(EvaluationArbitraries)])]
    internal Property Fold_InAnyOrderAndAnySplit_EqualsTheListEvaluation(EvaluationScheme scheme, EvaluationItem[] items) =>
        Prop.ForAll(
            (from shuffled in Gen.Shuffle(items) from cuts in Gen.Choose(0, 1000).ArrayOf(3) select (Shuffled: shuffled, Cuts: cuts)).ToArbitrary(),
            t => Fold(scheme, t.Shuffled, t.Cuts).Equals(UnitEvaluator.Evaluate(scheme, items)));

    [Property(Arbitrary = [typeof(EvaluationArbitraries)])]
    internal Property Fold_OfThePresets_EqualsTheListEvaluation(EvaluationItem[] items) =>
        Prop.ForAll(
            (from scheme in Gen.Elements(Presets) from shuffled in Gen.Shuffle(items) select (Scheme: scheme, Shuffled: shuffled)).ToArbitrary(),
            t => Fold(t.Scheme, t.Shuffled, [t.Shuffled.Length / 2]).Equals(UnitEvaluator.Evaluate(t.Scheme, items)));

    /// <summary>
    /// With lists cut at a small cap, everything but the lists is the list evaluation's; each list holds the smallest ids
    /// of the full list, in order, and says how many it leaves out.
    /// </summary>
    [Property(Arbitrary = [typeof(EvaluationArbitraries)])]
    internal Property Fold_WithACap_ListsTheSmallestIdsAndCountsTheRest(EvaluationScheme scheme, EvaluationItem[] items) =>
        Prop.ForAll(
            (from cap in Gen.Choose(1, 4) from shuffled in Gen.Shuffle(items) select (cap, shuffled)).ToArbitrary(),
            t =>
            {
                var (cap, shuffled) = t;
                var full = UnitEvaluator.Evaluate(scheme, items);
                var cut = Fold(scheme, shuffled, [shuffled.Length / 3], cap);
                static bool ListCut(EquatableArray<ItemId> fullList, EquatableArray<ItemId> listed, int omitted, int cap) =>
                    listed.SequenceEqual(fullList.Take(cap)) && omitted == fullList.Count - listed.Count;
                static RuleScore Uncut(RuleScore rule, RuleScore full) => rule with { Items = full.Items, OmittedItems = 0 };
                var rulesCut = cut.Units.Zip(full.Units).All(p =>
                    p.First.DeductionRules.Zip(p.Second.DeductionRules).Concat(p.First.BonusRules.Zip(p.Second.BonusRules))
                        .All(r => ListCut(r.Second.Items, r.First.Items, r.First.OmittedItems, cap)));
                var restEqual = (cut with
                {
                    NotScored = full.NotScored,
                    OmittedNotScored = 0,
                    Units = new EquatableArray<UnitEvaluation>(cut.Units.Zip(full.Units).Select(p => p.First with
                    {
                        DeductionRules = new EquatableArray<RuleScore>(p.First.DeductionRules.Zip(p.Second.DeductionRules).Select(r => Uncut(r.First, r.Second))),
                        BonusRules = new EquatableArray<RuleScore>(p.First.BonusRules.Zip(p.Second.BonusRules).Select(r => Uncut(r.First, r.Second))),
                    })),
                }).Equals(full);
                return (rulesCut && restEqual && ListCut(full.NotScored, cut.NotScored, cut.OmittedNotScored, cap))
                    .Label($"cap {cap}: rules cut {rulesCut}, rest equal {restEqual}");
            });

    /// <summary>
    /// Real histories (主办 and 分办, 议案 among them), judged as of any day, split at random into shards merged in turn:
    /// the same result as the list form of the service, under every preset.
    /// </summary>
    [Property(Arbitrary = [typeof(ItemHistories)], MaxTest = 60)]
    public Property Accumulator_OverHistoriesInAnySplit_EqualsTheListAssessment(HandledItem[] items, ushort day) =>
        Prop.ForAll(
            (from scheme in Gen.Elements(Presets) from shuffled in Gen.Shuffle(items) from cut in Gen.Choose(0, 25) select ((scheme, shuffled), cut)).ToArbitrary(),
            t =>
            {
                var ((scheme, shuffled), cut) = t;
                var asOf = new LocalDate(2024, 3, 1).PlusDays(day % 900);
                var assessment = new UnitAssessment(scheme, DeadlineEngine.Default, ReplyRules.Default);
                var first = new UnitAssessmentAccumulator(assessment, asOf);
                var second = new UnitAssessmentAccumulator(assessment, asOf);
                first.AddRange(shuffled.Take(cut));
                second.AddRange(shuffled.Skip(cut));
                first.Merge(second);
                return first.ToResult().Equals(assessment.Evaluate(items, asOf)) && first.Items == items.Length;
            });

    /// <summary>
    /// Verdicts recorded when the replies were given (here: a random half of the replied items, each judged on time or late
    /// against a deadline of its own) decide the same way in one pass as in the list form of the service.
    /// </summary>
    [Property(Arbitrary = [typeof(ItemHistories)], MaxTest = 40)]
    public Property Accumulator_WithRecordedVerdicts_EqualsTheListAssessment(HandledItem[] items, ushort day) =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Choose(0, 2), items.Length).ToArbitrary(),
            choices =>
            {
                var verdicts = new RecordedVerdicts(items
                    .Select((item, i) => (item, choice: choices[i]))
                    .Where(t => t.choice > 0 && t.item.State.FirstRepliedOn is not null)
                    .DistinctBy(t => t.item.Id)
                    .Select(t =>
                    {
                        var replied = t.item.State.FirstRepliedOn!.Value;
                        var onTime = t.choice == 1;
                        return new ReplyVerdict(t.item.Id, replied, onTime ? replied : replied.PlusDays(-1), onTime, false, "recorded");
                    }));
                var asOf = new LocalDate(2024, 3, 1).PlusDays(day % 900);
                var assessment = new UnitAssessment(EvaluationPresets.Default, DeadlineEngine.Default, ReplyRules.Default);
                var accumulator = new UnitAssessmentAccumulator(assessment, asOf) { Verdicts = verdicts };
                accumulator.AddRange(items);
                return accumulator.ToResult().Equals(assessment.Evaluate(items, asOf, verdicts: verdicts))
                    .Label($"{verdicts.Count} verdicts");
            });

    /// <summary>
    /// The evaluation facts of real histories equal those decided the long way, through the public, explaining API:
    /// <see cref="TimelinessJudge.Status(DeadlineEngine, ItemState, LocalDate)"/>, <see cref="ItemFacts.From(ItemState, DeadlineEngine, LocalDate)"/>,
    /// <see cref="FollowUpDueItemClass"/> and <see cref="ReplyRules.Check(ItemState)"/>.
    /// </summary>
    [Property(Arbitrary = [typeof(ItemHistories)], MaxTest = 200)]
    public bool FromState_EqualsTheFactsDecidedThroughTheExplainingApi(HandledItem item, ushort day)
    {
        var asOf = new LocalDate(2024, 3, 1).PlusDays(day % 900);
        var engine = DeadlineEngine.Default;
        var rules = ReplyRules.Default;
        var state = item.State;
        var fast = EvaluationItems.FromState(state, asOf, engine, rules);
        var slow = state.Assignment is null
            ? []
            : state.ReplyingUnits.Select(unit =>
            {
                var view = state.ForUnit(unit);
                var status = engine.Status(view, asOf);
                var firstReply = view.FirstRepliedOn;
                return new EvaluationItem(ItemFacts.From(view, engine, asOf, rules.Scheme, null), unit)
                {
                    IsSeriouslyOverdue = status.Status == DeadlineStatus.SeriouslyOverdue,
                    DaysBeforeDeadline = status.Verdict is { } v ? Period.DaysBetween(v.RepliedOn, v.Deadline) : null,
                    DaysToReceive = view.Receipts.FirstOrDefault(r => r.Unit == unit) is { } receipt ? Period.DaysBetween(view.Assignment!.Date, receipt.Date) : null,
                    ReceivedOnTime = engine.ReceivedOnTime(view, unit) == true,
                    HasLateReturnRequest = view.LateReturnRequests.Any(r => r.Unit == unit),
                    CommunicatedBeforeReply = view.Communications.Any(c => c.Stage != CommunicationStage.AfterHandling && (firstReply is null || c.Date <= firstReply)),
                    IsFollowUpDue = new FollowUpDueItemClass(rules).Contains(view, asOf),
                    IsNonStandardReply = !rules.Check(view).IsValid,
                };
            }).ToList();
        return fast.SequenceEqual(slow);
    }

    [Property(Arbitrary = [typeof(ItemHistories)], MaxTest = 200)]
    public bool HasNonStandardReply_IsCheckNotValid(HandledItem item) =>
        ReplyRules.Default.HasNonStandardReply(item.State) == !ReplyRules.Default.Check(item.State).IsValid;

    private static HandledItem Overdue(string id, SubmissionKind kind = SubmissionKind.Suggestion)
    {
        var submission = new Submission(new ItemId(id), kind, "关于改善校园周边交通的建议", 2025, new Deputy("王代表"));
        return new HandledItem(submission, [new Assigned(AssignedOn, [new Assignment(Education, AssignmentRole.Lead)])]);
    }

    [Fact]
    public void ToResult_ThreeOverdueItemsAndACapOfTwo_ListsTwoAndSaysOneMore()
    {
        // 交办 2025-03-03: the reply deadline is 2025-06-03; as of 07-01 none of the three is replied, so each is 逾期未答复:
        // the default preset takes 1 point per item (3), and 按时办复 is 0/3. The list keeps the two smallest ids.
        var assessment = new UnitAssessment(EvaluationPresets.Default, DeadlineEngine.Default, ReplyRules.Default);
        var accumulator = new UnitAssessmentAccumulator(assessment, AsOf, maxListedItems: 2);
        accumulator.AddRange([Overdue("J3"), Overdue("J1"), Overdue("J2"), Overdue("Y1", SubmissionKind.Motion), Overdue("Y2", SubmissionKind.Motion)]);
        var result = accumulator.ToResult();

        var unit = Assert.Single(result.Units);
        Assert.Equal(3, unit.Items);
        var rule = Assert.Single(unit.DeductionRules);
        Assert.Equal([new ItemId("J1"), new ItemId("J2")], rule.Items);
        Assert.Equal(1, rule.OmittedItems);
        Assert.Equal(3, rule.ItemCount);
        Assert.Equal(3m, rule.Points);
        Assert.Equal(3m, unit.Deductions);
        Assert.Contains("逾期未答复3件扣3分", unit.Explanation, StringComparison.Ordinal);
        Assert.Equal([new ItemId("Y1"), new ItemId("Y2")], result.NotScored);
        Assert.Equal(0, result.OmittedNotScored);
        Assert.Equal(5, accumulator.Items);

        // Uncut, it is the list form's result exactly.
        var uncut = new UnitAssessmentAccumulator(assessment, AsOf);
        uncut.AddRange([Overdue("J3"), Overdue("J1"), Overdue("J2"), Overdue("Y1", SubmissionKind.Motion), Overdue("Y2", SubmissionKind.Motion)]);
        Assert.Equal(assessment.Evaluate([Overdue("J1"), Overdue("J2"), Overdue("J3"), Overdue("Y1", SubmissionKind.Motion), Overdue("Y2", SubmissionKind.Motion)], AsOf), uncut.ToResult());
    }

    [Fact]
    public void FromState_NeverReplied_IsSeriouslyOverdueOnlyAfterTheExtensionLimit()
    {
        // 交办 2025-03-03 (Mon): reply deadline 2025-06-03, extension limit 6 months later, 2025-09-03 (Wed, a working day).
        // Overdue from 06-04; 严重逾期 from 09-04, the day after the limit.
        var item = Overdue("J1").State;
        EvaluationItem On(int month, int day) =>
            Assert.Single(EvaluationItems.FromState(item, new LocalDate(2025, month, day), DeadlineEngine.Default, ReplyRules.Default));
        Assert.Equal(ReportStatus.Pending, On(6, 3).Timeliness);
        Assert.Equal(ReportStatus.Overdue, On(6, 4).Timeliness);
        Assert.False(On(6, 4).IsSeriouslyOverdue);
        Assert.False(On(9, 3).IsSeriouslyOverdue);
        Assert.True(On(9, 4).IsSeriouslyOverdue);
        Assert.Null(On(9, 4).DaysBeforeDeadline);
    }

    [Fact]
    public void FromState_RepliedTwoDaysEarly_CountsTheDaysBeforeTheDeadline()
    {
        // Replied 2025-06-01 against the deadline 2025-06-03: 2 days early; replied 06-05: 2 days late (−2).
        static HandledItem RepliedOn(LocalDate on) => new(
            new Submission(new ItemId("J1"), SubmissionKind.Suggestion, "关于改善校园周边交通的建议", 2025, new Deputy("王代表")),
            [new Assigned(AssignedOn, [new Assignment(Education, AssignmentRole.Lead)]), new Replied(on, ResultCategory.A, Education)]);
        EvaluationItem Of(LocalDate on) => Assert.Single(EvaluationItems.FromState(RepliedOn(on).State, AsOf, DeadlineEngine.Default, ReplyRules.Default));
        Assert.Equal(2, Of(new LocalDate(2025, 6, 1)).DaysBeforeDeadline);
        Assert.Equal(ReportStatus.OnTime, Of(new LocalDate(2025, 6, 1)).Timeliness);
        Assert.Equal(-2, Of(new LocalDate(2025, 6, 5)).DaysBeforeDeadline);
        Assert.Equal(ReportStatus.Late, Of(new LocalDate(2025, 6, 5)).Timeliness);
    }

    [Fact]
    public void Json_ACutList_SaysHowManyItLeavesOut_AndAnUncutOneHasNoCount()
    {
        var assessment = new UnitAssessment(EvaluationPresets.Default, DeadlineEngine.Default, ReplyRules.Default);
        var accumulator = new UnitAssessmentAccumulator(assessment, AsOf, maxListedItems: 1);
        accumulator.AddRange([Overdue("J1"), Overdue("J2"), Overdue("Y1", SubmissionKind.Motion), Overdue("Y2", SubmissionKind.Motion), Overdue("Y3", SubmissionKind.Motion)]);
        using var cut = JsonDocument.Parse(EvaluationResultJson.Write(accumulator.ToResult()));
        var rule = cut.RootElement.GetProperty("units")[0].GetProperty("deductionRules")[0];
        Assert.Equal(["J1"], rule.GetProperty("items").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1, rule.GetProperty("omittedItems").GetInt32());
        Assert.Equal(["Y1"], cut.RootElement.GetProperty("notScored").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(2, cut.RootElement.GetProperty("notScoredOmitted").GetInt32());

        using var whole = JsonDocument.Parse(EvaluationResultJson.Write(assessment.Evaluate([Overdue("J1"), Overdue("J2")], AsOf)));
        Assert.False(whole.RootElement.GetProperty("units")[0].GetProperty("deductionRules")[0].TryGetProperty("omittedItems", out _));
        Assert.False(whole.RootElement.TryGetProperty("notScoredOmitted", out _));
    }

    [Fact]
    public void Accumulator_AnItemUnderSeparateHandling_CountsForEachUnit_AndANotScoredOneOnce()
    {
        // 分办 to two units: one evaluation item each (both overdue as of 07-01); a 议案 under 分办 is listed once.
        var health = new HandlingUnit("市卫生健康委");
        HandledItem Separate(string id, SubmissionKind kind) => new(
            new Submission(new ItemId(id), kind, "关于加强学生体质健康的建议", 2025, new Deputy("王代表")),
            [new Assigned(AssignedOn, [new Assignment(Education, AssignmentRole.Separate), new Assignment(health, AssignmentRole.Separate)])]);
        var assessment = new UnitAssessment(EvaluationPresets.Default, DeadlineEngine.Default, ReplyRules.Default);
        var accumulator = new UnitAssessmentAccumulator(assessment, AsOf);
        accumulator.Add(Separate("J1", SubmissionKind.Suggestion));
        accumulator.Add(Separate("Y1", SubmissionKind.Motion));
        var result = accumulator.ToResult();
        Assert.Equal(["市卫生健康委", "市教育局"], result.Units.Select(u => u.Unit).Order(StringComparer.Ordinal));
        Assert.All(result.Units, u => Assert.Equal(1, u.Items));
        Assert.Equal([new ItemId("Y1")], result.NotScored);
        Assert.Equal(1, result.NotScoredCount);
    }

    [Fact]
    public void Merge_AnotherDayOrItself_IsRefused()
    {
        var assessment = new UnitAssessment(EvaluationPresets.Default, DeadlineEngine.Default, ReplyRules.Default);
        var accumulator = new UnitAssessmentAccumulator(assessment, AsOf);
        var otherDay = new UnitAssessmentAccumulator(assessment, AsOf.PlusDays(1));
        var otherScheme = new UnitAssessmentAccumulator(new UnitAssessment(EvaluationPresets.ShenzhenStyleGraded, DeadlineEngine.Default, ReplyRules.Default), AsOf);
        Assert.Contains("as-of date", Assert.Throws<ArgumentException>(() => accumulator.Merge(otherDay)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => accumulator.Merge(otherScheme));
        Assert.Contains("itself", Assert.Throws<ArgumentException>(() => accumulator.Merge(accumulator)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new UnitAssessmentAccumulator(assessment, AsOf, maxListedItems: 0));
    }
}
