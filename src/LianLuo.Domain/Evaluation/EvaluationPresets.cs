using System.Collections.Frozen;
using System.Collections.Immutable;
using LianLuo.Domain.Timeliness;

namespace LianLuo.Domain.Evaluation;

/// <summary>
/// Ready-made schemes. <see cref="Default"/> is exactly ledger.md §4; the other two show how local schemes are written
/// as data (modelled on the kinds of scheme cities use, not copies of any city's official text). Thread-safe; each
/// property returns the same immutable scheme.
/// </summary>
public static class EvaluationPresets
{
    private static readonly Lazy<EvaluationScheme> DefaultScheme = new(BuildDefault);
    private static readonly Lazy<EvaluationScheme> GradedScheme = new(BuildShenzhenStyle);
    private static readonly Lazy<EvaluationScheme> DeductionScheme = new(BuildShijiazhuangStyle);
    private static readonly Lazy<FrozenDictionary<string, EvaluationScheme>> Named = new(() => new Dictionary<string, EvaluationScheme>(StringComparer.Ordinal)
    {
        ["default"] = Default,
        ["shenzhen"] = ShenzhenStyleGraded,
        ["shijiazhuang"] = ShijiazhuangStyleDeduction,
    }.ToFrozenDictionary(StringComparer.Ordinal));

    /// <summary>
    /// The default assessment (ledger.md §4): 按时办复 20 (the on-time rate, 按期答复率, under the name §4 gives the
    /// dimension), 沟通联系 20, 办理实效 30 (A + 0.5 × B), 满意度 30 (满意 + 0.8 × 基本满意); not-applicable indicators drop
    /// out and the rest are scaled to 100; −1 per overdue item (逾期未答复), −2 per item finally 不满意; +1 per key item with
    /// result A, at most 5; bands 90/75/60 with at most max(1, ⌊20 % × units⌋) 优秀.
    /// </summary>
    public static EvaluationScheme Default => DefaultScheme.Value;

    /// <summary>
    /// A graded scheme in the style of Shenzhen's 2007 rules: 及时签收 (signed within 7 days: 100 % 良好, 90 % 合格),
    /// 按时办复 (80 % 按期答复 with none 逾期答复 or 逾期未答复 良好; none 逾期未答复 合格) and 满意度 (80 % 满意 with no 不满意 良好;
    /// no 不满意 合格) are each graded 良好 (10 points), 合格 (5) or 不合格 (0); any 不合格 makes the unit 不合格, two or
    /// more 良好 (a base of 80 or more) make it 良好, otherwise it is 合格. No 优秀 and no cap.
    /// </summary>
    public static EvaluationScheme ShenzhenStyleGraded => GradedScheme.Value;

    /// <summary>
    /// A deduction scheme in the style of Shijiazhuang's 百分基数制: every unit starts from 100; −1 per item not replied on
    /// time (late or overdue, at most 20), −2 per non-standard reply (at most 30), −5 per item finally 不满意 (at most 30);
    /// +1 per reply 10 or more days before the deadline (at most 5); bands 90/75/60 with at most max(1, ⌊15 % × units⌋) 优秀.
    /// </summary>
    public static EvaluationScheme ShijiazhuangStyleDeduction => DeductionScheme.Value;

    /// <summary>Every preset by its short name: <c>default</c>, <c>shenzhen</c>, <c>shijiazhuang</c>.</summary>
    public static IReadOnlyDictionary<string, EvaluationScheme> ByName => Named.Value;

    private static ImmutableArray<ItemCondition> When(params string[] conditions) => [.. conditions.Select(ItemCondition.Parse)];

    private static IndicatorCredit Credit(decimal weight, params string[] conditions) => new() { When = When(conditions), Weight = weight };

    private static EvaluationScheme BuildDefault()
    {
        var builder = new EvaluationSchemeBuilder
        {
            Name = "默认考核方案",
            Description = "ledger.md §4：按时办复20分、沟通联系20分、办理实效30分、满意度30分，不适用指标不计并按适用指标满分折算为百分制；逾期未答复每件扣1分，最终不满意每件扣2分；重点建议提案办理结果为A类每件加1分，最多加5分；90分以上优秀（名额不超过参评单位的20%，至少1个）、75分以上良好、60分以上合格。",
        };
        builder.Indicators.AddRange(
        [
            new EvaluationIndicator
            {
                Id = "timeliness",
                Name = TimelinessNames.AssessmentDimension,
                MaxPoints = 20m,
                Population = When("due"),
                Credits = ImmutableArray.Create(Credit(1m, "onTime")),
            },
            new EvaluationIndicator
            {
                Id = "communication",
                Name = "沟通联系",
                MaxPoints = 20m,
                Population = When("all"),
                Credits = ImmutableArray.Create(Credit(1m, "faceToFaceOrVisit")),
                NotApplicable = NotApplicableRule.Never,
            },
            new EvaluationIndicator
            {
                Id = "effectiveness",
                Name = "办理实效",
                MaxPoints = 30m,
                Population = When("hasResult"),
                Credits = ImmutableArray.Create(Credit(1m, "result:A"), Credit(0.5m, "result:B")),
            },
            new EvaluationIndicator
            {
                Id = "satisfaction",
                Name = "满意度",
                MaxPoints = 30m,
                Population = When("hasSatisfaction"),
                Credits = ImmutableArray.Create(Credit(1m, "satisfied"), Credit(0.8m, "basicallySatisfied")),
            },
        ]);
        builder.Deductions.AddRange(
        [
            new ItemRule { Id = "overdue", Name = TimelinessNames.Overdue, When = When("overdue"), PointsPerItem = 1m },
            new ItemRule { Id = "unsatisfied", Name = "最终不满意", When = When("unsatisfied"), PointsPerItem = 2m },
        ]);
        builder.Bonuses.Add(new ItemRule { Id = "keyResultA", Name = "重点建议提案办理结果为A类", When = When("key", "result:A"), PointsPerItem = 1m, Cap = 5m });
        builder.Grades.AddRange(
        [
            new GradeBand { Name = "优秀", MinScore = 90m, CapShare = 0.2m, CapMinimum = 1 },
            new GradeBand { Name = "良好", MinScore = 75m },
            new GradeBand { Name = "合格", MinScore = 60m },
            new GradeBand { Name = "不合格", MinScore = 0m },
        ]);
        return builder.Build();
    }

    private static EvaluationScheme BuildShenzhenStyle()
    {
        var builder = new EvaluationSchemeBuilder
        {
            Name = "深圳式分级评定（2007年式）",
            Description = "按深圳市2007年将办理代表建议情况纳入绩效评估的做法：网上签收（交办后7日内签收，100%为良好，90%以上为合格）、按时办复（按期答复80%以上且无逾期答复、逾期未答复为良好，无逾期未答复为合格）、满意度（满意80%以上且无不满意为良好，无不满意为合格）三项分别评为良好、合格、不合格；任一项不合格的单位为不合格，两项以上良好的单位为良好，其余为合格。",
        };
        builder.Indicators.AddRange(
        [
            new EvaluationIndicator
            {
                Id = "signIn",
                Name = "及时签收",
                MaxPoints = 10m,
                Population = When("all"),
                Credits = ImmutableArray.Create(Credit(1m, "receivedWithin:7")),
                Mapping = RateMapping.Graded,
                Levels = Levels((1m, []), (0.9m, [])),
            },
            new EvaluationIndicator
            {
                Id = "onTime",
                Name = TimelinessNames.AssessmentDimension,
                MaxPoints = 10m,
                Population = When("due"),
                Credits = ImmutableArray.Create(Credit(1m, "onTime")),
                Mapping = RateMapping.Graded,
                Levels = Levels((0.8m, ["late", "overdue"]), (0m, ["overdue"])),
            },
            new EvaluationIndicator
            {
                Id = "satisfaction",
                Name = "满意度",
                MaxPoints = 10m,
                Population = When("hasSatisfaction"),
                Credits = ImmutableArray.Create(Credit(1m, "satisfied")),
                Mapping = RateMapping.Graded,
                Levels = Levels((0.8m, ["unsatisfied"]), (0m, ["unsatisfied"])),
            },
        ]);
        builder.Grades.AddRange(
        [
            new GradeBand { Name = "良好", MinScore = 80m },
            new GradeBand { Name = "合格", MinScore = 50m },
            new GradeBand { Name = "不合格", MinScore = 0m },
        ]);
        return builder.Build();
    }

    private static ImmutableArray<RateLevel> Levels((decimal MinRate, string[] BlockedBy) good, (decimal MinRate, string[] BlockedBy) pass) =>
    [
        new RateLevel { Name = "良好", MinRate = good.MinRate, Points = 10m, BlockedBy = When(good.BlockedBy) },
        new RateLevel { Name = "合格", MinRate = pass.MinRate, Points = 5m, BlockedBy = When(pass.BlockedBy) },
        new RateLevel { Name = "不合格", MinRate = 0m, Points = 0m, GradeCeiling = "不合格" },
    ];

    private static EvaluationScheme BuildShijiazhuangStyle()
    {
        var builder = new EvaluationSchemeBuilder
        {
            Name = "石家庄式百分基数考核",
            Description = "按石家庄市百分基数制的做法：各单位以100分为基数，未按时办结每件扣1分（最多扣20分），答复不规范每件扣2分（最多扣30分），代表委员表示不满意每件扣5分（最多扣30分）；提前10天以上办结每件加1分（最多加5分）；90分以上优秀（名额不超过参评单位的15%，至少1个）、75分以上良好、60分以上合格。",
        };
        builder.Deductions.AddRange(
        [
            new ItemRule { Id = "notOnTime", Name = "未按时办结", When = When("due", "not:onTime"), PointsPerItem = 1m, Cap = 20m },
            new ItemRule { Id = "nonStandard", Name = "答复不规范", When = When("nonStandardReply"), PointsPerItem = 2m, Cap = 30m },
            new ItemRule { Id = "unsatisfied", Name = "代表委员不满意", When = When("unsatisfied"), PointsPerItem = 5m, Cap = 30m },
        ]);
        builder.Bonuses.Add(new ItemRule { Id = "early", Name = "提前10天以上办结", When = When("repliedEarly:10"), PointsPerItem = 1m, Cap = 5m });
        builder.Grades.AddRange(
        [
            new GradeBand { Name = "优秀", MinScore = 90m, CapShare = 0.15m, CapMinimum = 1 },
            new GradeBand { Name = "良好", MinScore = 75m },
            new GradeBand { Name = "合格", MinScore = 60m },
            new GradeBand { Name = "不合格", MinScore = 0m },
        ]);
        return builder.Build();
    }
}
