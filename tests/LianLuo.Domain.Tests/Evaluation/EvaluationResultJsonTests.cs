using System.Text.Json;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Model;
using LianLuo.Domain.Serialization;

namespace LianLuo.Domain.Tests.Evaluation;

/// <summary>
/// The JSON of a result (<c>score --format json</c>, cli.md): every member of the result, each unit, each indicator and
/// each rule, in the order the class's documentation lists them, with the values of a hand-built result. Numbers are
/// JSON numbers with their decimals; a unit with too few items has null <c>rank</c> and <c>grade</c>; an indicator that
/// is not applicable has null <c>rate</c>, <c>points</c> and <c>level</c> and says why.
/// </summary>
public class EvaluationResultJsonTests
{
    private static readonly string[] UnitMembers =
    [
        "unit", "items", "score", "rank", "grade", "deductions", "bonus", "base", "standing", "scoreGrade", "gradeNotes",
        "indicators", "deductionRules", "bonusRules", "explanation",
    ];

    private static EvaluationResult HandBuilt() => new()
    {
        Scheme = "某市2025年度建议办理考核",
        UnitsRanked = 1,
        Units =
        [
            new UnitEvaluation
            {
                Unit = "市教育局",
                Items = 12,
                Score = 91.25m,
                Base = 92.50m,
                Deductions = 3m,
                Bonus = 1.75m,
                Standing = UnitStanding.Ranked,
                Rank = 1,
                Grade = "良好",
                ScoreGrade = "优秀",
                GradeNotes = ["优秀名额已满"],
                Indicators =
                [
                    new IndicatorScore
                    {
                        Id = "timeliness", Name = "按时办复", MaxPoints = 20m, Applicable = true, Numerator = 11m, Denominator = 12,
                        Rate = 0.9167m, Points = 18.33m, Level = "较好",
                    },
                    new IndicatorScore
                    {
                        Id = "visits", Name = "走访", MaxPoints = 10m, Applicable = false, Manual = true, Numerator = 0m, Denominator = 0,
                        NotApplicableReason = "没有录入",
                    },
                ],
                DeductionRules =
                [
                    new RuleScore { Id = "overdue", Name = "逾期", Items = [new ItemId("J1"), new ItemId("J7")], OmittedItems = 1, PointsPerItem = 1m, Points = 3m },
                ],
                BonusRules =
                [
                    new RuleScore { Id = "keyA", Name = "重点A", Items = [new ItemId("J3")], PointsPerItem = 1.75m, Points = 1.75m, Capped = true },
                ],
                Explanation = "基础分92.5，扣3分，加1.75分",
            },
            new UnitEvaluation
            {
                Unit = "市民政局",
                Items = 2,
                Score = 80m,
                Base = 80m,
                Deductions = 0m,
                Bonus = 0m,
                Standing = UnitStanding.TooFewItems,
                Indicators = [],
                DeductionRules = [],
                BonusRules = [],
                Explanation = "件数不足",
            },
        ],
        NotScored = [new ItemId("Y1"), new ItemId("Y2")],
        OmittedNotScored = 4,
        NotApplicable = ["满意度：没有反馈"],
    };

    private static JsonElement Parse(EvaluationResult result) => JsonDocument.Parse(EvaluationResultJson.Write(result)).RootElement;

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    private static string?[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString())];

    [Fact]
    public void TheResult_HasItsMembers_InOrder()
    {
        var root = Parse(HandBuilt());
        Assert.Equal(["scheme", "unitsRanked", "units", "notScored", "notScoredOmitted", "notApplicable"], Names(root));
        Assert.Equal("某市2025年度建议办理考核", root.GetProperty("scheme").GetString());
        Assert.Equal(1, root.GetProperty("unitsRanked").GetInt32());
        Assert.Equal(["Y1", "Y2"], Strings(root.GetProperty("notScored")));
        Assert.Equal(4, root.GetProperty("notScoredOmitted").GetInt32());
        Assert.Equal(["满意度：没有反馈"], Strings(root.GetProperty("notApplicable")));
        Assert.Equal(["市教育局", "市民政局"], root.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unit").GetString()));
    }

    [Fact]
    public void ARankedUnit_HasEveryMember_WithItsValue()
    {
        var unit = Parse(HandBuilt()).GetProperty("units")[0];
        Assert.Equal(UnitMembers, Names(unit));
        Assert.Equal(12, unit.GetProperty("items").GetInt32());
        Assert.Equal(91.25m, unit.GetProperty("score").GetDecimal());
        Assert.Equal(1, unit.GetProperty("rank").GetInt32());
        Assert.Equal("良好", unit.GetProperty("grade").GetString());
        Assert.Equal(3m, unit.GetProperty("deductions").GetDecimal());
        Assert.Equal(1.75m, unit.GetProperty("bonus").GetDecimal());
        Assert.Equal(92.50m, unit.GetProperty("base").GetDecimal());
        Assert.Equal("ranked", unit.GetProperty("standing").GetString());
        Assert.Equal("优秀", unit.GetProperty("scoreGrade").GetString());
        Assert.Equal(["优秀名额已满"], Strings(unit.GetProperty("gradeNotes")));
        Assert.Equal("基础分92.5，扣3分，加1.75分", unit.GetProperty("explanation").GetString());
    }

    [Fact]
    public void Indicators_HaveEveryMember_AndANotApplicableOneSaysWhy()
    {
        var indicators = Parse(HandBuilt()).GetProperty("units")[0].GetProperty("indicators");
        Assert.Equal(2, indicators.GetArrayLength());
        var timeliness = indicators[0];
        Assert.Equal(["id", "name", "maxPoints", "applicable", "manual", "numerator", "denominator", "rate", "points", "level"], Names(timeliness));
        Assert.Equal("timeliness", timeliness.GetProperty("id").GetString());
        Assert.Equal("按时办复", timeliness.GetProperty("name").GetString());
        Assert.Equal(20m, timeliness.GetProperty("maxPoints").GetDecimal());
        Assert.True(timeliness.GetProperty("applicable").GetBoolean());
        Assert.False(timeliness.GetProperty("manual").GetBoolean());
        Assert.Equal(11m, timeliness.GetProperty("numerator").GetDecimal());
        Assert.Equal(12, timeliness.GetProperty("denominator").GetInt32());
        Assert.Equal(0.9167m, timeliness.GetProperty("rate").GetDecimal());
        Assert.Equal(18.33m, timeliness.GetProperty("points").GetDecimal());
        Assert.Equal("较好", timeliness.GetProperty("level").GetString());

        var visits = indicators[1];
        Assert.Equal(["id", "name", "maxPoints", "applicable", "manual", "numerator", "denominator", "rate", "points", "level", "notApplicableReason"], Names(visits));
        Assert.False(visits.GetProperty("applicable").GetBoolean());
        Assert.True(visits.GetProperty("manual").GetBoolean());
        Assert.Equal(JsonValueKind.Null, visits.GetProperty("rate").ValueKind);
        Assert.Equal(JsonValueKind.Null, visits.GetProperty("points").ValueKind);
        Assert.Equal(JsonValueKind.Null, visits.GetProperty("level").ValueKind);
        Assert.Equal("没有录入", visits.GetProperty("notApplicableReason").GetString());
    }

    [Fact]
    public void Rules_HaveEveryMember_AndACutListCountsWhatIsLeftOut()
    {
        var unit = Parse(HandBuilt()).GetProperty("units")[0];
        var overdue = unit.GetProperty("deductionRules")[0];
        Assert.Equal(["id", "name", "items", "omittedItems", "pointsPerItem", "points", "capped"], Names(overdue));
        Assert.Equal("overdue", overdue.GetProperty("id").GetString());
        Assert.Equal("逾期", overdue.GetProperty("name").GetString());
        Assert.Equal(["J1", "J7"], Strings(overdue.GetProperty("items")));
        Assert.Equal(1, overdue.GetProperty("omittedItems").GetInt32());
        Assert.Equal(1m, overdue.GetProperty("pointsPerItem").GetDecimal());
        Assert.Equal(3m, overdue.GetProperty("points").GetDecimal());
        Assert.False(overdue.GetProperty("capped").GetBoolean());

        var keyA = unit.GetProperty("bonusRules")[0];
        Assert.Equal(["id", "name", "items", "pointsPerItem", "points", "capped"], Names(keyA));
        Assert.Equal("keyA", keyA.GetProperty("id").GetString());
        Assert.Equal("重点A", keyA.GetProperty("name").GetString());
        Assert.Equal(["J3"], Strings(keyA.GetProperty("items")));
        Assert.Equal(1.75m, keyA.GetProperty("pointsPerItem").GetDecimal());
        Assert.Equal(1.75m, keyA.GetProperty("points").GetDecimal());
        Assert.True(keyA.GetProperty("capped").GetBoolean());
    }

    [Fact]
    public void AUnitWithTooFewItems_HasNullRankAndGrade()
    {
        var unit = Parse(HandBuilt()).GetProperty("units")[1];
        Assert.Equal(UnitMembers, Names(unit));
        Assert.Equal("市民政局", unit.GetProperty("unit").GetString());
        Assert.Equal(2, unit.GetProperty("items").GetInt32());
        Assert.Equal(JsonValueKind.Null, unit.GetProperty("rank").ValueKind);
        Assert.Equal(JsonValueKind.Null, unit.GetProperty("grade").ValueKind);
        Assert.Equal(JsonValueKind.Null, unit.GetProperty("scoreGrade").ValueKind);
        Assert.Equal("tooFewItems", unit.GetProperty("standing").GetString());
        Assert.Equal(0, unit.GetProperty("gradeNotes").GetArrayLength());
        Assert.Equal(0, unit.GetProperty("indicators").GetArrayLength());
        Assert.Equal(0, unit.GetProperty("deductionRules").GetArrayLength());
        Assert.Equal(0, unit.GetProperty("bonusRules").GetArrayLength());
    }

    [Fact]
    public void NothingLeftOut_WritesNoOmittedCounts()
    {
        var root = Parse(HandBuilt() with { OmittedNotScored = 0, NotApplicable = [] });
        Assert.Equal(["scheme", "unitsRanked", "units", "notScored", "notApplicable"], Names(root));
        Assert.Equal(0, root.GetProperty("notApplicable").GetArrayLength());
    }

    [Fact]
    public void TheText_IsIndented_WithChineseUnescaped()
    {
        var text = EvaluationResultJson.Write(HandBuilt());
        Assert.Contains("\"scheme\": \"某市2025年度建议办理考核\"", text, StringComparison.Ordinal);
        Assert.Contains("\n  \"unitsRanked\": 1,", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToAWriter_WritesTheSameJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            EvaluationResultJson.Write(writer, HandBuilt());
        }

        using var compact = JsonDocument.Parse(stream.ToArray());
        using var indented = JsonDocument.Parse(EvaluationResultJson.Write(HandBuilt()));
        Assert.True(JsonElement.DeepEquals(compact.RootElement, indented.RootElement));
        Assert.DoesNotContain((byte)'\n', stream.ToArray());
        Assert.Equal("市教育局", compact.RootElement.GetProperty("units")[0].GetProperty("unit").GetString());
    }

    [Fact]
    public void NullArguments_AreRefused()
    {
        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream);
        Assert.Throws<ArgumentNullException>(() => EvaluationResultJson.Write(null!));
        Assert.Throws<ArgumentNullException>(() => EvaluationResultJson.Write(null!, HandBuilt()));
        Assert.Throws<ArgumentNullException>(() => EvaluationResultJson.Write(writer, null!));
    }
}
