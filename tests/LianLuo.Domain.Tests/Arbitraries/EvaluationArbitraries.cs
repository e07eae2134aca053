using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using LianLuo.Domain.Aggregation;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Model;
using LianLuo.Domain.Satisfaction;
using LianLuo.Domain.Timeliness;

namespace LianLuo.Domain.Tests.Arbitraries;

/// <summary>
/// FsCheck generators for evaluation: items' facts for a handful of units (consistent by construction, as
/// <see cref="ItemFacts"/> checks), and valid schemes of every shape (proportional and graded indicators, manual
/// indicators with scores, deductions and bonuses with caps and ceilings, bands with caps).
/// </summary>
internal static class EvaluationArbitraries
{
    public static readonly string[] Units = ["市教育局", "市卫生健康委", "市交通运输局", "市民政局", "市生态环境局"];

    private static readonly string[] ConditionTexts =
    [
        "all", "suggestion", "proposal", "onTime", "late", "overdue", "seriouslyOverdue", "pending", "replied", "due",
        "hasResult", "result:A", "result:B", "result:C", "solved", "planned", "unsolved", "hasSatisfaction", "satisfied",
        "basicallySatisfied", "unsatisfied", "noFeedback", "faceToFaceOrVisit", "contacted", "communicatedBeforeReply",
        "key", "supervised", "rehandled", "followUpDue", "received", "receivedWithin:7", "nonStandardReply", "repliedEarly:10",
    ];

    private static Gen<SubmissionKind> KindGen =>
        Gen.Frequency((5, Gen.Constant(SubmissionKind.Suggestion)), (4, Gen.Constant(SubmissionKind.Proposal)), (1, Gen.Constant(SubmissionKind.Motion)));

    /// <summary>建议 or 提案: the kinds every preset scores.</summary>
    private static Gen<SubmissionKind> ScoredKindGen => Gen.Elements(SubmissionKind.Suggestion, SubmissionKind.Proposal);

    private static Gen<ReportStatus> TimelinessGen => Gen.Elements(ReportStatus.Pending, ReportStatus.OnTime, ReportStatus.Late, ReportStatus.Overdue);

    private static Gen<ReportStatus> RepliedGen => Gen.Elements(ReportStatus.OnTime, ReportStatus.Late);

    private static Gen<ResultCategory?> CategoryGen =>
        Gen.Frequency((9, Gen.Elements(AggregationArbitraries.CategoryPool).Select(c => (ResultCategory?)c)), (1, Gen.Constant((ResultCategory?)null)));

    public static Gen<EvaluationItem> ItemGen(int index) => ItemGen(index, KindGen, TimelinessGen, CategoryGen, AggregationArbitraries.SatisfactionGen);

    /// <summary>A 建议 or 提案 replied late (it qualifies for "made on time").</summary>
    public static Gen<EvaluationItem> LateItemGen(int index) =>
        ItemGen(index, ScoredKindGen, Gen.Constant(ReportStatus.Late), CategoryGen, AggregationArbitraries.SatisfactionGen);

    /// <summary>A replied 建议 or 提案 whose final satisfaction is 不满意.</summary>
    public static Gen<EvaluationItem> UnsatisfiedItemGen(int index) =>
        ItemGen(index, ScoredKindGen, RepliedGen, CategoryGen, Gen.Constant(ItemSatisfaction.Returned(SatisfactionLevel.Unsatisfied)));

    /// <summary>A replied 建议 or 提案 with result C.</summary>
    public static Gen<EvaluationItem> ResultCItemGen(int index) =>
        ItemGen(index, ScoredKindGen, RepliedGen, Gen.Constant((ResultCategory?)ResultCategory.C), AggregationArbitraries.SatisfactionGen);

    /// <summary>
    /// Generated items with one more item from <paramref name="special"/> put at a random position (its id follows
    /// the others', so ids stay distinct); gives the items and that position.
    /// </summary>
    public static Gen<(EvaluationItem[] Items, int Index)> ItemsWithOne(Func<int, Gen<EvaluationItem>> special) =>
        from items in ItemsGen
        from item in special(items.Length)
        from index in Gen.Choose(0, items.Length)
        select ((EvaluationItem[])[.. items[..index], item, .. items[index..]], index);

    private static Gen<EvaluationItem> ItemGen(int index, Gen<SubmissionKind> kinds, Gen<ReportStatus> statuses, Gen<ResultCategory?> categories, Gen<ItemSatisfaction> satisfactions) =>
        from unit in Gen.Elements(Units)
        from kind in kinds
        from timeliness in statuses
        from category in categories
        from satisfaction in satisfactions
        from key in Gen.Frequency((1, Gen.Constant(true)), (3, Gen.Constant(false)))
        from supervised in Gen.Elements(true, false)
        from rehandled in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from faceToFace in Gen.Choose(0, 2)
        from phoneEmail in Gen.Choose(0, 2)
        from visits in Gen.Choose(0, 1)
        from seriously in Gen.Elements(true, false)
        from daysBefore in Gen.Choose(-30, 60)
        from daysToReceive in Gen.Frequency((1, Gen.Constant((int?)null)), (4, Gen.Choose(0, 12).Select(d => (int?)d)))
        from before in Gen.Elements(true, false)
        from followUp in Gen.Frequency((1, Gen.Constant(true)), (4, Gen.Constant(false)))
        from nonStandard in Gen.Frequency((1, Gen.Constant(true)), (4, Gen.Constant(false)))
        let replied = timeliness is ReportStatus.OnTime or ReportStatus.Late
        select new EvaluationItem(
            new ItemFacts(
                new ItemId($"E{index:D4}"),
                kind,
                timeliness,
                leadUnits: [new HandlingUnit(unit)],
                category: replied ? category : null,
                satisfaction: replied ? satisfaction : ItemSatisfaction.NotReplied,
                isKey: key,
                isSupervised: supervised,
                rehandling: replied && rehandled ? ReportStatus.OnTime : null,
                faceToFace: faceToFace,
                phoneEmail: phoneEmail,
                visits: visits),
            new HandlingUnit(unit))
        {
            IsSeriouslyOverdue = timeliness == ReportStatus.Overdue && seriously,
            DaysBeforeDeadline = replied ? (timeliness == ReportStatus.OnTime ? Math.Abs(daysBefore) : -1 - Math.Abs(daysBefore)) : null,
            DaysToReceive = daysToReceive,
            CommunicatedBeforeReply = before,
            IsFollowUpDue = followUp,
            IsNonStandardReply = replied && nonStandard,
        };

    public static Gen<EvaluationItem[]> ItemsGen =>
        Gen.Sized(size => Gen.Choose(0, Math.Min(size, 30)))
            .SelectMany(n => n == 0 ? Gen.Constant(Array.Empty<EvaluationItem>()) : Enumerable.Range(0, n).Select(ItemGen).ToArray().Aggregate(
                Gen.Constant(ImmutableList<EvaluationItem>.Empty),
                (acc, gen) => from list in acc from item in gen select list.Add(item)).Select(l => l.ToArray()));

    public static Arbitrary<EvaluationItem[]> Items() => Arb.From(ItemsGen);

    public static Arbitrary<EvaluationScheme> Schemes() => Arb.From(SchemeGen);

    public static Gen<ItemCondition> ConditionGen =>
        from text in Gen.Elements(ConditionTexts)
        from negated in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        select negated ? ItemCondition.Parse(text).Negate() : ItemCondition.Parse(text);

    public static Gen<EvaluationScheme> SchemeGen =>
        from bands in BandsGen
        from indicatorCount in Gen.Choose(0, 4)
        from indicators in Gen.ArrayOf(IndicatorGen(bands), indicatorCount)
        from deductionCount in Gen.Choose(0, 3)
        from deductions in Gen.ArrayOf(RuleGen(bands), deductionCount)
        from bonusCount in Gen.Choose(0, 2)
        from bonuses in Gen.ArrayOf(RuleGen(bands), bonusCount)
        from kinds in Gen.Elements<SubmissionKind[]>([SubmissionKind.Suggestion, SubmissionKind.Proposal], [SubmissionKind.Proposal], [SubmissionKind.Suggestion, SubmissionKind.Proposal, SubmissionKind.Motion])
        from minimum in Gen.Frequency((3, Gen.Constant((int?)null)), (1, Gen.Choose(1, 3).Select(n => (int?)n)))
        from scoreSeed in Gen.Choose(0, 1000)
        select Build(bands, indicators, deductions, bonuses, kinds, minimum, scoreSeed);

    private static EvaluationScheme Build(GradeBand[] bands, EvaluationIndicator[] indicators, ItemRule[] deductions, ItemRule[] bonuses, SubmissionKind[] kinds, int? minimum, int scoreSeed)
    {
        var builder = new EvaluationSchemeBuilder { Name = "生成的方案", Description = scoreSeed % 2 == 0 ? null : "随机生成", MinimumItems = minimum };
        builder.ScoredKinds.Clear();
        builder.ScoredKinds.AddRange(kinds);
        builder.Indicators.AddRange(indicators.Select((indicator, i) => indicator with { Id = $"i{i}" }));
        builder.Deductions.AddRange(deductions.Select((rule, i) => rule with { Id = $"d{i}" }));
        builder.Bonuses.AddRange(bonuses.Select((rule, i) => rule with { Id = $"b{i}" }));
        builder.Grades.AddRange(bands);
        foreach (var manual in builder.Indicators.Where(i => i.Source == IndicatorSource.Manual))
        {
            for (var u = 0; u < Units.Length; u++)
            {
                if ((scoreSeed + u) % 3 != 0)
                {
                    builder.ManualScores.Add(new ManualScore { Indicator = manual.Id, Unit = Units[u], Points = Math.Round(manual.MaxPoints * ((scoreSeed + (7 * u)) % 11) / 10m, 2) });
                }
            }
        }

        return builder.Build();
    }

    private static Gen<GradeBand[]> BandsGen =>
        from count in Gen.Choose(1, 4)
        from minima in Gen.Shuffle(new[] { 95m, 90m, 85m, 75m, 60m, 50m })
        from shares in Gen.ArrayOf(Gen.Frequency((2, Gen.Constant((decimal?)null)), (1, Gen.Elements(0m, 0.15m, 0.2m, 0.5m, 1m).Select(s => (decimal?)s))), 4)
        from capMinima in Gen.ArrayOf(Gen.Choose(0, 2), 4)
        let scores = minima.Take(count - 1).OrderDescending().Append(0m).ToArray()
        select scores.Select((score, i) => new GradeBand
        {
            Name = $"等次{i}",
            MinScore = score,
            CapShare = i < scores.Length - 1 ? shares[i] : null,
            CapMinimum = capMinima[i],
        }).ToArray();

    private static Gen<EvaluationIndicator> IndicatorGen(GradeBand[] bands) =>
        from manual in Gen.Frequency((6, Gen.Constant(false)), (1, Gen.Constant(true)))
        from max in Gen.Choose(1, 400).Select(n => n / 10m)
        from populationCount in Gen.Choose(0, 2)
        from population in Gen.ArrayOf(ConditionGen, populationCount)
        from creditCount in Gen.Choose(1, 3)
        from credits in Gen.ArrayOf(CreditGen, creditCount)
        from never in Gen.Elements(true, false)
        from graded in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
        from levels in LevelsGen(max, bands)
        select manual
            ? new EvaluationIndicator { Id = "x", Name = "组织领导", MaxPoints = max, Source = IndicatorSource.Manual, NotApplicable = never ? NotApplicableRule.Never : NotApplicableRule.WhenNoData }
            : new EvaluationIndicator
            {
                Id = "x",
                Name = "指标",
                MaxPoints = max,
                Population = population.ToImmutableArray(),
                Credits = credits.ToImmutableArray(),
                NotApplicable = never ? NotApplicableRule.Never : NotApplicableRule.WhenNoData,
                Mapping = graded ? RateMapping.Graded : RateMapping.Proportional,
                Levels = graded ? levels : [],
            };

    private static Gen<IndicatorCredit> CreditGen =>
        from count in Gen.Choose(1, 2)
        from when in Gen.ArrayOf(ConditionGen, count)
        from weight in Gen.Elements(1m, 0.8m, 0.5m, 0.25m)
        select new IndicatorCredit { When = when.ToImmutableArray(), Weight = weight };

    private static Gen<ImmutableArray<RateLevel>> LevelsGen(decimal max, GradeBand[] bands) =>
        from count in Gen.Choose(1, 3)
        from rates in Gen.Shuffle(new[] { 1m, 0.95m, 0.9m, 0.8m, 0.6m, 0.5m })
        from fractions in Gen.Shuffle(new[] { 1m, 0.75m, 0.6m, 0.5m, 0.25m })
        from blocked in Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true))), 3)
        from blocker in ConditionGen
        from ceiling in Gen.Frequency((2, Gen.Constant((string?)null)), (1, Gen.Elements(bands).Select(b => (string?)b.Name)))
        let minRates = rates.Take(count - 1).OrderDescending().Append(0m).ToArray()
        let points = fractions.Take(count - 1).OrderDescending().Select(f => Math.Round(max * f, 2)).Append(0m).ToArray()
        select minRates.Select((rate, i) => new RateLevel
        {
            Name = $"级{i}",
            MinRate = rate,
            Points = points[i],
            BlockedBy = blocked[i] && i < count - 1 ? ImmutableArray.Create(blocker) : [],
            GradeCeiling = i == count - 1 ? ceiling : null,
        }).ToImmutableArray();

    private static Gen<ItemRule> RuleGen(GradeBand[] bands) =>
        from count in Gen.Choose(1, 2)
        from when in Gen.ArrayOf(ConditionGen, count)
        from points in Gen.Elements(0.5m, 1m, 2m, 5m)
        from cap in Gen.Frequency((1, Gen.Constant((decimal?)null)), (1, Gen.Elements(3m, 5m, 10m).Select(c => (decimal?)c)))
        from ceiling in Gen.Frequency((4, Gen.Constant((string?)null)), (1, Gen.Elements(bands).Select(b => (string?)b.Name)))
        select new ItemRule { Id = "x", Name = "规则", When = when.ToImmutableArray(), PointsPerItem = points, Cap = cap, GradeCeiling = ceiling };

    /// <summary>The same facts with another timeliness, result, final satisfaction or days before the deadline.</summary>
    public static EvaluationItem With(EvaluationItem item, ReportStatus? timeliness = null, ResultCategory? category = null, ItemSatisfaction? satisfaction = null, int? daysBeforeDeadline = null)
    {
        var f = item.Facts;
        var facts = new ItemFacts(
            f.Id,
            f.Kind,
            timeliness ?? f.Timeliness,
            f.LeadUnits,
            f.CoUnits,
            f.AssignedOn,
            category ?? f.Category,
            satisfaction ?? f.Satisfaction,
            f.IsKey,
            f.IsSupervised,
            f.Rehandling,
            f.FaceToFace,
            f.PhoneEmail,
            f.Visits);
        return new EvaluationItem(facts, item.Unit)
        {
            IsSeriouslyOverdue = item.IsSeriouslyOverdue,
            DaysBeforeDeadline = daysBeforeDeadline ?? item.DaysBeforeDeadline,
            DaysToReceive = item.DaysToReceive,
            CommunicatedBeforeReply = item.CommunicatedBeforeReply,
            IsFollowUpDue = item.IsFollowUpDue,
            IsNonStandardReply = item.IsNonStandardReply,
        };
    }
}
