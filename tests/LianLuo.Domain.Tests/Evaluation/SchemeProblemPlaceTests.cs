using System.Collections.Immutable;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Model;

namespace LianLuo.Domain.Tests.Evaluation;

/// <summary>
/// Every rule of a scheme, broken alone in an otherwise valid scheme (the default preset, ledger.md §4, or the
/// graded Shenzhen-style preset): exactly one problem, of its kind, at its path, and a reason that says what is wrong
/// and, where there is one, with the value given.
/// </summary>
public class SchemeProblemPlaceTests
{
    private static ImmutableArray<ItemCondition> When(params string[] conditions) => [.. conditions.Select(ItemCondition.Parse)];

    private static readonly EvaluationIndicator ManualLeadership = new() { Id = "leadership", Name = "领导重视", MaxPoints = 10m, Source = IndicatorSource.Manual };

    private static void Indicator(EvaluationSchemeBuilder b, int i, Func<EvaluationIndicator, EvaluationIndicator> change) => b.Indicators[i] = change(b.Indicators[i]);

    private static void Level(EvaluationSchemeBuilder b, int l, Func<RateLevel, RateLevel?> change) =>
        b.Indicators[0] = b.Indicators[0] with { Levels = b.Indicators[0].Levels.AsImmutableArray().SetItem(l, change(b.Indicators[0].Levels[l])!) };

    private static void WithManual(EvaluationSchemeBuilder b, params ManualScore?[] scores)
    {
        b.Indicators.Add(ManualLeadership);
        b.ManualScores.AddRange(scores!);
    }

    private static readonly Dictionary<string, (bool Graded, Action<EvaluationSchemeBuilder> Break, SchemeProblemKind Kind, string Path, string Reason)> Cases = new()
    {
        ["no name"] = (false, b => b.Name = "  ", SchemeProblemKind.Missing, "name", "name (方案名称) must not be empty"),
        ["no kind scored"] = (false, b => b.ScoredKinds.Clear(), SchemeProblemKind.Missing, "scoredKinds", "at least one kind of item"),
        ["an undefined kind"] = (false, b => b.ScoredKinds.Add((SubmissionKind)9), SchemeProblemKind.OutOfRange, "scoredKinds[2]", "undefined kind (9)"),
        ["a kind twice"] = (false, b => b.ScoredKinds.Add(SubmissionKind.Proposal), SchemeProblemKind.Duplicate, "scoredKinds[2]", "names 提案 more than once"),
        ["minimumItems 0"] = (false, b => b.MinimumItems = 0, SchemeProblemKind.OutOfRange, "minimumItems", "1 or more, or absent to rank every unit (value: 0)"),
        ["no grade band"] = (false, b => b.Grades.Clear(), SchemeProblemKind.Missing, "grades", "at least one grade band (等次)"),
        ["a null band"] = (false, b => b.Grades[1] = null!, SchemeProblemKind.Missing, "grades[1]", "a grade band must not be null"),
        ["a band without name"] = (false, b => b.Grades[1] = b.Grades[1] with { Name = "" }, SchemeProblemKind.Missing, "grades[1].name", "name (等次名称) must not be empty"),
        ["a band named twice"] = (false, b => b.Grades[1] = b.Grades[1] with { Name = "优秀" }, SchemeProblemKind.Duplicate, "grades[1].name", "grade band '优秀' appears more than once"),
        ["a band above 100"] = (false, b => b.Grades[0] = b.Grades[0] with { MinScore = 100.5m }, SchemeProblemKind.OutOfRange, "grades[0].minScore", "must be in [0, 100] (value: 100.5)"),
        ["bands out of order"] = (false, b => b.Grades[2] = b.Grades[2] with { MinScore = 75m }, SchemeProblemKind.OutOfOrder, "grades[2].minScore", "from the highest minScore down; 75 is not below 75"),
        ["a cap above 100 %"] = (false, b => b.Grades[0] = b.Grades[0] with { CapShare = 1.01m }, SchemeProblemKind.CapOutOfRange, "grades[0].capShare", "share in [0, 1] (0-100 %) (value: 1.01)"),
        ["a negative cap share"] = (false, b => b.Grades[0] = b.Grades[0] with { CapShare = -0.1m }, SchemeProblemKind.CapOutOfRange, "grades[0].capShare", "(value: -0.1)"),
        ["a negative cap minimum"] = (false, b => b.Grades[0] = b.Grades[0] with { CapMinimum = -1 }, SchemeProblemKind.OutOfRange, "grades[0].capMinimum", "capMinimum must be 0 or more (value: -1)"),
        ["the lowest band capped"] = (false, b => b.Grades[3] = b.Grades[3] with { CapShare = 0.5m }, SchemeProblemKind.Inconsistent, "grades[3].capShare", "the lowest grade band cannot be capped"),
        ["the lowest band above 0"] = (false, b => b.Grades[3] = b.Grades[3] with { MinScore = 30m }, SchemeProblemKind.OutOfOrder, "grades[3].minScore", "must start at 0 so that every score has a grade (value: 30)"),
        ["a null indicator"] = (false, b => b.Indicators[1] = null!, SchemeProblemKind.Missing, "indicators[1]", "an indicator must not be null"),
        ["an indicator without id"] = (false, b => Indicator(b, 1, i => i with { Id = " " }), SchemeProblemKind.Missing, "indicators[1].id", "an indicator's id must not be empty"),
        ["an indicator without name"] = (false, b => Indicator(b, 1, i => i with { Name = "" }), SchemeProblemKind.Missing, "indicators[1].name", "name (指标名称) must not be empty"),
        ["an indicator id twice"] = (false, b => Indicator(b, 2, i => i with { Id = "timeliness" }), SchemeProblemKind.Duplicate, "indicators[2].id", "indicator id 'timeliness' appears more than once"),
        ["no points"] = (false, b => Indicator(b, 0, i => i with { MaxPoints = -5m }), SchemeProblemKind.NotPositive, "indicators[0].maxPoints", "maxPoints (分值) must be positive (value: -5)"),
        ["an undefined not-applicable rule"] = (false, b => Indicator(b, 0, i => i with { NotApplicable = (NotApplicableRule)7 }), SchemeProblemKind.OutOfRange, "indicators[0].notApplicable", "no such value (7)"),
        ["an undefined mapping"] = (false, b => Indicator(b, 0, i => i with { Mapping = (RateMapping)7 }), SchemeProblemKind.OutOfRange, "indicators[0].mapping", "no such value (7)"),
        ["an undefined source"] = (false, b => Indicator(b, 0, i => i with { Source = (IndicatorSource)7 }), SchemeProblemKind.OutOfRange, "indicators[0].source", "no such value (7)"),
        ["no credit"] = (false, b => Indicator(b, 0, i => i with { Credits = EquatableArray<IndicatorCredit>.Empty }), SchemeProblemKind.Missing, "indicators[0].credits", "at least one credit"),
        ["a null credit"] = (false, b => Indicator(b, 2, i => i with { Credits = ImmutableArray.Create(i.Credits[0], null!) }), SchemeProblemKind.Missing, "indicators[2].credits[1]", "a credit must not be null"),
        ["a credit of weight 0"] = (false, b => Indicator(b, 2, i => i with { Credits = ImmutableArray.Create(i.Credits[0], i.Credits[1] with { Weight = 0m }) }), SchemeProblemKind.OutOfRange, "indicators[2].credits[1].weight", "in (0, 1] so that the rate stays in [0, 1] (value: 0)"),
        ["a manual indicator with a population"] = (false, b => b.Indicators.Add(ManualLeadership with { Population = When("all") }), SchemeProblemKind.Inconsistent, "indicators[4].source", "a manual indicator takes no population or credits"),
        ["a graded manual indicator"] = (false, b => b.Indicators.Add(ManualLeadership with { Mapping = RateMapping.Graded, Levels = ImmutableArray.Create(new RateLevel { Name = "合格", MinRate = 0m, Points = 5m }) }), SchemeProblemKind.Inconsistent, "indicators[4].mapping", "its mapping must be proportional"),
        ["levels on a proportional indicator"] = (false, b => Indicator(b, 0, i => i with { Levels = ImmutableArray.Create(new RateLevel { Name = "合格", MinRate = 0m, Points = 5m }) }), SchemeProblemKind.Inconsistent, "indicators[0].levels", "levels are only for a graded indicator"),
        ["a graded indicator without levels"] = (true, b => Indicator(b, 0, i => i with { Levels = EquatableArray<RateLevel>.Empty }), SchemeProblemKind.Missing, "indicators[0].levels", "a graded indicator needs at least one level"),
        ["a null level"] = (true, b => Level(b, 1, _ => null), SchemeProblemKind.Missing, "indicators[0].levels[1]", "a level must not be null"),
        ["a level without name"] = (true, b => Level(b, 1, l => l with { Name = " " }), SchemeProblemKind.Missing, "indicators[0].levels[1].name", "a level's name (良好, 合格, …) must not be empty"),
        ["a level named twice"] = (true, b => Level(b, 1, l => l with { Name = "良好" }), SchemeProblemKind.Duplicate, "indicators[0].levels[1].name", "level '良好' appears more than once"),
        ["a level's rate above 1"] = (true, b => Level(b, 0, l => l with { MinRate = 1.5m }), SchemeProblemKind.OutOfRange, "indicators[0].levels[0].minRate", "a rate in [0, 1] (value: 1.5)"),
        ["a level above the indicator's points"] = (true, b => Level(b, 0, l => l with { Points = 10.5m }), SchemeProblemKind.OutOfRange, "indicators[0].levels[0].points", "in [0, maxPoints = 10] (value: 10.5)"),
        ["a lower level with more points"] = (true, b => Level(b, 2, l => l with { Points = 6m }), SchemeProblemKind.OutOfOrder, "indicators[0].levels[2].points", "must not earn more points than the level above (6 > 5)"),
        ["levels out of order"] = (true, b => Level(b, 1, l => l with { MinRate = 1m }), SchemeProblemKind.OutOfOrder, "indicators[0].levels[1].minRate", "from the highest minRate down (equal only below a level with blockedBy); 1 is not below 1"),
        ["the lowest level above 0"] = (true, b => Level(b, 2, l => l with { MinRate = 0.5m }), SchemeProblemKind.OutOfOrder, "indicators[0].levels[2].minRate", "must start at a rate of 0 so that every rate has a level (value: 0.5)"),
        ["a level's unknown grade ceiling"] = (true, b => Level(b, 2, l => l with { GradeCeiling = "差" }), SchemeProblemKind.UnknownReference, "indicators[0].levels[2].gradeCeiling", "gradeCeiling '差' names no grade band"),
        ["a null rule"] = (false, b => b.Deductions[1] = null!, SchemeProblemKind.Missing, "deductions[1]", "a rule must not be null"),
        ["a rule without id"] = (false, b => b.Bonuses[0] = b.Bonuses[0] with { Id = "" }, SchemeProblemKind.Missing, "bonuses[0].id", "a rule's id must not be empty"),
        ["a rule id twice"] = (false, b => b.Deductions[1] = b.Deductions[1] with { Id = "overdue" }, SchemeProblemKind.Duplicate, "deductions[1].id", "rule id 'overdue' appears more than once in deductions"),
        ["a rule without name"] = (false, b => b.Deductions[0] = b.Deductions[0] with { Name = " " }, SchemeProblemKind.Missing, "deductions[0].name", "a rule's name must not be empty"),
        ["a rule without condition"] = (false, b => b.Bonuses[0] = b.Bonuses[0] with { When = EquatableArray<ItemCondition>.Empty }, SchemeProblemKind.Missing, "bonuses[0].when", "at least one condition (use 'all' for every item)"),
        ["a rule of no points"] = (false, b => b.Deductions[0] = b.Deductions[0] with { PointsPerItem = 0m }, SchemeProblemKind.NotPositive, "deductions[0].pointsPerItem", "pointsPerItem must be positive (value: 0)"),
        ["a rule capped at 0"] = (false, b => b.Bonuses[0] = b.Bonuses[0] with { Cap = 0m }, SchemeProblemKind.NotPositive, "bonuses[0].cap", "cap must be positive, or absent for no cap (value: 0)"),
        ["a rule's unknown grade ceiling"] = (false, b => b.Deductions[0] = b.Deductions[0] with { GradeCeiling = "差" }, SchemeProblemKind.UnknownReference, "deductions[0].gradeCeiling", "gradeCeiling '差' names no grade band"),
        ["an unknown metric"] = (false, b => b.Deductions[0] = b.Deductions[0] with { When = ImmutableArray.Create(default(ItemCondition)) }, SchemeProblemKind.UnknownMetric, "deductions[0].when[0]", "names no metric of the catalogue"),
        ["a null manual score"] = (false, b => WithManual(b, [null]), SchemeProblemKind.Missing, "manualScores[0]", "a manual score must not be null"),
        ["a manual score without unit"] = (false, b => WithManual(b, new ManualScore { Indicator = "leadership", Unit = " ", Points = 5m }), SchemeProblemKind.Missing, "manualScores[0].unit", "unit (单位) must not be empty"),
        ["a manual score of no indicator"] = (false, b => WithManual(b, new ManualScore { Indicator = "lead", Unit = "市教育局", Points = 5m }), SchemeProblemKind.UnknownReference, "manualScores[0].indicator", "indicator 'lead' is not an indicator of the scheme"),
        ["a manual score for an item indicator"] = (false, b => WithManual(b, new ManualScore { Indicator = "timeliness", Unit = "市教育局", Points = 5m }), SchemeProblemKind.Inconsistent, "manualScores[0].indicator", "indicator 'timeliness' is computed from items"),
        ["a manual score above its points"] = (false, b => WithManual(b, new ManualScore { Indicator = "leadership", Unit = "市教育局", Points = 10.5m }), SchemeProblemKind.OutOfRange, "manualScores[0].points", "in [0, maxPoints = 10] of 'leadership' (value: 10.5)"),
        ["a negative manual score"] = (false, b => WithManual(b, new ManualScore { Indicator = "leadership", Unit = "市教育局", Points = -1m }), SchemeProblemKind.OutOfRange, "manualScores[0].points", "(value: -1)"),
        ["a unit scored twice"] = (false, b => WithManual(b, new ManualScore { Indicator = "leadership", Unit = "市教育局", Points = 5m }, new ManualScore { Indicator = "leadership", Unit = " 市教育局", Points = 6m }), SchemeProblemKind.Duplicate, "manualScores[1]", "unit ' 市教育局' has more than one manual score for 'leadership'"),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void EachBrokenRule_IsOneProblemAtItsPlace(string name)
    {
        var (graded, breakIt, kind, path, reason) = Cases[name];
        var builder = (graded ? EvaluationPresets.ShenzhenStyleGraded : EvaluationPresets.Default).ToBuilder();
        Assert.Empty(builder.Validate());
        breakIt(builder);

        var problem = Assert.Single(builder.Validate());
        Assert.Equal((kind, path), (problem.Kind, problem.Path));
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
    }
}
