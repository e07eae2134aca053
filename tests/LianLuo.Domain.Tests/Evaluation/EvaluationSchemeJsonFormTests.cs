using System.Collections.Immutable;
using System.Text;
using System.Text.Json.Nodes;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Serialization;

namespace LianLuo.Domain.Tests.Evaluation;

/// <summary>
/// The form of a scheme file, problem by problem: each mistake of form is one problem with its kind, its JSON path and
/// its reason in our words (the value shown, cut at 40 characters), and nothing else is reported under that path. The
/// base scheme uses every key of every kind of object, so a key the reader does not know is caught by its first test.
/// </summary>
public class EvaluationSchemeJsonFormTests
{
    /// <summary>Every key of every object a scheme has (the object kinds of the scheme format), all valid.</summary>
    private const string Base = """
        {
          "name": "全键方案",
          "description": "每种对象的每个键都出现一次",
          "scoredKinds": ["建议", "提案"],
          "minimumItems": 2,
          "indicators": [
            {
              "id": "timeliness", "name": "按时办复", "maxPoints": 60, "source": "items",
              "population": ["due"],
              "credits": [ { "when": ["onTime"], "weight": 1 } ],
              "notApplicable": "whenNoData",
              "mapping": "graded",
              "levels": [
                { "name": "好", "minRate": 0.9, "points": 60, "blockedBy": ["overdue"], "gradeCeiling": "良好" },
                { "name": "差", "minRate": 0, "points": 0 }
              ]
            },
            { "id": "quality", "name": "答复质量", "maxPoints": 40, "source": "manual", "notApplicable": "never", "mapping": "proportional" }
          ],
          "deductions": [ { "id": "overdue", "name": "逾期", "when": ["overdue"], "pointsPerItem": 1, "cap": 10, "gradeCeiling": "合格" } ],
          "bonuses": [ { "id": "keyA", "name": "重点A", "when": ["key", "result:A"], "pointsPerItem": 1, "cap": 5 } ],
          "grades": [
            { "name": "优秀", "minScore": 90, "capShare": 0.2, "capMinimum": 1 },
            { "name": "良好", "minScore": 75 },
            { "name": "合格", "minScore": 60 },
            { "name": "不合格", "minScore": 0 }
          ],
          "manualScores": [ { "indicator": "quality", "unit": "市教育局", "points": 35.5 } ]
        }
        """;

    /// <summary>As a person writes the file: Chinese as it is, not as \u escapes.</summary>
    private static readonly System.Text.Json.JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static IReadOnlyList<SchemeProblem> Problems(string json)
    {
        Assert.False(EvaluationSchemeJson.TryRead(json, out var scheme, out var problems));
        Assert.Null(scheme);
        return problems;
    }

    private static string Edit(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(Base)!.AsObject();
        edit(root);
        return root.ToJsonString(Unescaped);
    }

    private static JsonObject At(JsonObject root, string key, int index) => root[key]![index]!.AsObject();

    private static void OneProblem(string json, SchemeProblemKind kind, string path, string message)
    {
        var problem = Assert.Single(Problems(json));
        Assert.Equal((kind, path, message), (problem.Kind, problem.Path, problem.Message));
    }

    [Fact]
    public void TheBaseScheme_IsValid_WithEveryKeyRead()
    {
        var valid = EvaluationSchemeJson.TryRead(Base, out var scheme, out var problems);
        Assert.Empty(problems.Select(p => $"{p.Path}: {p.Message}"));
        Assert.True(valid);
        Assert.NotNull(scheme);
        Assert.Equal("全键方案", scheme.Name);
        Assert.Equal("每种对象的每个键都出现一次", scheme.Description);
        Assert.Equal(2, scheme.MinimumItems);
        var graded = scheme.Indicators[0];
        Assert.Equal(("timeliness", "按时办复", 60m, IndicatorSource.Items, NotApplicableRule.WhenNoData, RateMapping.Graded), (graded.Id, graded.Name, graded.MaxPoints, graded.Source, graded.NotApplicable, graded.Mapping));
        Assert.Equal(["due"], graded.Population.Select(c => c.ToString()));
        Assert.Equal((1m, "onTime"), (graded.Credits[0].Weight, graded.Credits[0].When.Single().ToString()));
        Assert.Equal(("好", 0.9m, 60m, "overdue", "良好"), (graded.Levels[0].Name, graded.Levels[0].MinRate, graded.Levels[0].Points, graded.Levels[0].BlockedBy.Single().ToString(), graded.Levels[0].GradeCeiling));
        var manual = scheme.Indicators[1];
        Assert.Equal((IndicatorSource.Manual, NotApplicableRule.Never, RateMapping.Proportional), (manual.Source, manual.NotApplicable, manual.Mapping));
        var deduction = Assert.Single(scheme.Deductions);
        Assert.Equal(("overdue", "逾期", 1m, (decimal?)10m, "合格"), (deduction.Id, deduction.Name, deduction.PointsPerItem, deduction.Cap, deduction.GradeCeiling));
        Assert.Equal(["key", "result:A"], Assert.Single(scheme.Bonuses).When.Select(c => c.ToString()));
        Assert.Equal(("优秀", 90m, (decimal?)0.2m, 1), (scheme.Grades[0].Name, scheme.Grades[0].MinScore, scheme.Grades[0].CapShare, scheme.Grades[0].CapMinimum));
        var score = Assert.Single(scheme.ManualScores);
        Assert.Equal(("quality", "市教育局", 35.5m), (score.Indicator, score.Unit, score.Points));
    }

    [Theory]
    [InlineData("", "name, description, scoredKinds, minimumItems, indicators, deductions, bonuses, grades, manualScores")]
    [InlineData("indicators[0]", "id, name, maxPoints, source, population, credits, notApplicable, mapping, levels")]
    [InlineData("indicators[0].credits[0]", "when, weight")]
    [InlineData("indicators[0].levels[1]", "name, minRate, points, blockedBy, gradeCeiling")]
    [InlineData("deductions[0]", "id, name, when, pointsPerItem, cap, gradeCeiling")]
    [InlineData("bonuses[0]", "id, name, when, pointsPerItem, cap, gradeCeiling")]
    [InlineData("grades[2]", "name, minScore, capShare, capMinimum")]
    [InlineData("manualScores[0]", "indicator, unit, points")]
    public void AnUnknownKey_IsNamed_WithTheKeysOfThatObject(string path, string keys)
    {
        var json = Edit(root =>
        {
            JsonNode target = root;
            foreach (var step in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
            {
                var bracket = step.IndexOf('[', StringComparison.Ordinal);
                target = target[step[..bracket]]![int.Parse(step[(bracket + 1)..^1], null)]!;
            }

            target.AsObject()["colour"] = "red";
        });
        OneProblem(json, SchemeProblemKind.Json, path.Length == 0 ? "colour" : path + ".colour", $"unknown key 'colour'; expected one of: {keys}");
    }

    [Theory]
    [InlineData("indicators", 0, "id")]
    [InlineData("indicators", 0, "name")]
    [InlineData("indicators", 1, "name")]
    [InlineData("deductions", 0, "id")]
    [InlineData("deductions", 0, "name")]
    [InlineData("bonuses", 0, "pointsPerItem")]
    [InlineData("grades", 0, "name")]
    [InlineData("grades", 3, "minScore")]
    [InlineData("manualScores", 0, "indicator")]
    [InlineData("manualScores", 0, "unit")]
    [InlineData("manualScores", 0, "points")]
    public void ARequiredKey_IsMissing_AndNothingElseIsSaidOfIt(string list, int index, string key) =>
        OneProblem(Edit(r => At(r, list, index).Remove(key)), SchemeProblemKind.Missing, $"{list}[{index}].{key}", $"missing key '{key}'");

    [Theory]
    [InlineData("weight")]
    public void ACreditsWeight_IsRequired(string key) =>
        OneProblem(Edit(r => At(r, "indicators", 0)["credits"]![0]!.AsObject().Remove(key)), SchemeProblemKind.Missing, $"indicators[0].credits[0].{key}", $"missing key '{key}'");

    [Theory]
    [InlineData("name")]
    [InlineData("minRate")]
    [InlineData("points")]
    public void ALevelsKeys_AreRequired(string key) =>
        OneProblem(Edit(r => At(r, "indicators", 0)["levels"]![0]!.AsObject().Remove(key)), SchemeProblemKind.Missing, $"indicators[0].levels[0].{key}", $"missing key '{key}'");

    [Fact]
    public void TheSchemesName_IsRequired_AndNullIsMissing()
    {
        OneProblem(Edit(r => r.Remove("name")), SchemeProblemKind.Missing, "name", "missing key 'name'");
        OneProblem(Edit(r => r["name"] = null), SchemeProblemKind.Missing, "name", "missing key 'name'");

        // Without grades, the grade ceilings name no band either: the missing key comes first.
        var problems = Problems(Edit(r => r.Remove("grades")));
        Assert.Equal((SchemeProblemKind.Missing, "grades", "missing key 'grades' (the grade bands)"), (problems[0].Kind, problems[0].Path, problems[0].Message));
    }

    [Fact]
    public void ValuesOfTheWrongKind_SayWhatTheyMustBe_ShowingTheValue()
    {
        OneProblem(Edit(r => r["name"] = 12), SchemeProblemKind.Json, "name", "must be a string (value: 12)");
        OneProblem(Edit(r => r["minimumItems"] = 2.5), SchemeProblemKind.Json, "minimumItems", "must be a whole number (value: 2.5)");
        OneProblem(Edit(r => At(r, "grades", 1)["capMinimum"] = "2"), SchemeProblemKind.Json, "grades[1].capMinimum", "must be a whole number (value: \"2\")");
        OneProblem(Edit(r => At(r, "bonuses", 0)["cap"] = "5"), SchemeProblemKind.Json, "bonuses[0].cap", "must be a number (value: \"5\")");
        OneProblem(Edit(r => r["deductions"] = new JsonObject()), SchemeProblemKind.Json, "deductions", "must be an array (value: {})");
        OneProblem(Edit(r => r["bonuses"]![0] = 3), SchemeProblemKind.Json, "bonuses[0]", "must be an object (value: 3)");
        OneProblem(Edit(r => At(r, "indicators", 1)["mapping"] = "linear"), SchemeProblemKind.Json, "indicators[1].mapping", "must be one of proportional, graded (value: \"linear\")");
        OneProblem(Edit(r => At(r, "indicators", 0)["source"] = "survey"), SchemeProblemKind.Json, "indicators[0].source", "must be one of items, manual (value: \"survey\")");
        OneProblem(Edit(r => At(r, "indicators", 1)["notApplicable"] = "always"), SchemeProblemKind.Json, "indicators[1].notApplicable", "must be one of whenNoData, never (value: \"always\")");
        OneProblem(Edit(r => r["scoredKinds"]![1] = "请示"), SchemeProblemKind.Json, "scoredKinds[1]", "must be 建议, 提案 or 议案 (value: \"请示\")");
        OneProblem(Edit(r => r["scoredKinds"]![0] = 1), SchemeProblemKind.Json, "scoredKinds[0]", "must be 建议, 提案 or 议案 (value: 1)");
        OneProblem(Edit(r => At(r, "deductions", 0)["when"]![0] = 1), SchemeProblemKind.Json, "deductions[0].when[0]", "a condition must be a string such as \"onTime\" or \"result:A\" (value: 1)");
    }

    [Theory]
    [InlineData("description", "5", "must be a string (value: 5)")]
    [InlineData("grades[0].capShare", "\"x\"", "must be a number (value: \"x\")")]
    [InlineData("indicators[0].population", "\"due\"", "must be an array (value: \"due\")")]
    [InlineData("indicators[0].levels[0].blockedBy", "\"overdue\"", "must be an array (value: \"overdue\")")]
    [InlineData("indicators[0].levels[0].gradeCeiling", "1", "must be a string (value: 1)")]
    [InlineData("deductions[0].gradeCeiling", "1", "must be a string (value: 1)")]
    [InlineData("bonuses[0].when", "\"key\"", "must be an array (value: \"key\")")]
    public void AnOptionalValueOfTheWrongKind_IsNamedByItsPath(string path, string value, string message)
    {
        var json = Edit(root =>
        {
            JsonNode target = root;
            var steps = path.Split('.');
            foreach (var step in steps[..^1])
            {
                var bracket = step.IndexOf('[', StringComparison.Ordinal);
                target = bracket < 0 ? target[step]! : target[step[..bracket]]![int.Parse(step[(bracket + 1)..^1], null)]!;
            }

            target.AsObject()[steps[^1]] = JsonNode.Parse(value);
        });
        var problem = Problems(json)[0];
        Assert.Equal((SchemeProblemKind.Json, path, message), (problem.Kind, problem.Path, problem.Message));
    }

    [Fact]
    public void AMissingMaximum_IsOneProblem_NotAlsoAZeroMaximum()
    {
        // The validator would call a maximum of 0 not positive; the missing key is the one problem at that path.
        var problems = Problems(Edit(r => At(r, "indicators", 0).Remove("maxPoints")));
        Assert.Equal((SchemeProblemKind.Missing, "indicators[0].maxPoints", "missing key 'maxPoints'"), (problems[0].Kind, problems[0].Path, problems[0].Message));
        Assert.Single(problems, p => p.Path == "indicators[0].maxPoints");
    }

    [Fact]
    public void ASchemeThatIsNotAnObject_IsOneProblem_AndNoRuleIsChecked()
    {
        var problem = Assert.Single(Problems("[]"));
        Assert.Equal((SchemeProblemKind.Json, "$", "must be an object (value: [])"), (problem.Kind, problem.Path, problem.Message));
    }

    [Fact]
    public void AValueShown_IsCutAfter40Characters()
    {
        // A JSON string of 40 characters with its quotes is shown whole; one of 41 is cut to 40 and "…".
        var forty = "\"" + new string('x', 38) + "\"";
        var fortyOne = "\"" + new string('x', 39) + "\"";
        OneProblem(Edit(r => r["minimumItems"] = JsonNode.Parse(forty)), SchemeProblemKind.Json, "minimumItems", $"must be a whole number (value: {forty})");
        OneProblem(Edit(r => r["minimumItems"] = JsonNode.Parse(fortyOne)), SchemeProblemKind.Json, "minimumItems", $"must be a whole number (value: {fortyOne[..40]}…)");
    }

    [Fact]
    public void AKeyGivenTwice_IsADuplicate_NamingWhereItIs()
    {
        var top = Base.Replace("\"name\": \"全键方案\",", "\"name\": \"全键方案\",\n  \"name\": \"另一个\",", StringComparison.Ordinal);
        var problem = Assert.Single(Problems(top));
        Assert.Equal((SchemeProblemKind.Duplicate, "name", 3), (problem.Kind, problem.Path, problem.Line));
        Assert.Equal("the key 'name' is given more than once in the scheme; a scheme names each key once (value: \"另一个\")", problem.Message);

        var nested = Base.Replace("{ \"name\": \"良好\", \"minScore\": 75 }", "{ \"name\": \"良好\", \"minScore\": 75, \"minScore\": 70 }", StringComparison.Ordinal);
        problem = Assert.Single(Problems(nested));
        Assert.Equal((SchemeProblemKind.Duplicate, "grades[1].minScore"), (problem.Kind, problem.Path));
        Assert.Equal("the key 'minScore' is given more than once in grades[1]; a scheme names each key once (value: 70)", problem.Message);

        var deep = Base.Replace("{ \"when\": [\"onTime\"], \"weight\": 1 }", "{ \"when\": [\"onTime\"], \"weight\": 1, \"weight\": 2 }", StringComparison.Ordinal);
        problem = Assert.Single(Problems(deep));
        Assert.Equal("indicators[0].credits[0].weight", problem.Path);
        Assert.Equal("the key 'weight' is given more than once in indicators[0].credits[0]; a scheme names each key once (value: 2)", problem.Message);
    }

    [Fact]
    public void HalfACharacterEscaped_IsNotValidJson_NamingLineAndPosition()
    {
        // Line 2 is `  "name": "\uD800",`: the string starts at position 11.
        var json = Base.Replace("\"name\": \"全键方案\"", "\"name\": \"\\uD800\"", StringComparison.Ordinal);
        var problem = Assert.Single(Problems(json));
        Assert.Equal((SchemeProblemKind.Json, "$", 2), (problem.Kind, problem.Path, problem.Line));
        Assert.StartsWith("not valid JSON at line 2, position 11: a string escapes half of a character", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_AreUtf8_WithOrWithoutAByteOrderMark()
    {
        var utf8 = Encoding.UTF8.GetBytes(Base);
        Assert.True(EvaluationSchemeJson.TryRead(utf8, out var plain, out _));
        Assert.True(EvaluationSchemeJson.TryRead([0xEF, 0xBB, 0xBF, .. utf8], out var marked, out _));
        Assert.Equal(plain, marked);
        Assert.Equal("全键方案", marked.Name);
    }

    [Fact]
    public void BytesThatAreNotUtf8_AreOneProblem_NamingTheByteAndLine()
    {
        // `{` `\n` then `"name": "` (9 bytes): the byte 0xFF is at offset 11 of the file, on line 2; behind a BOM, at 14.
        byte[] bytes = [.. "{\n\"name\": \""u8, 0xFF, .. "\"}"u8];
        Assert.False(EvaluationSchemeJson.TryRead(bytes, out var scheme, out var problems));
        Assert.Null(scheme);
        var problem = Assert.Single(problems);
        Assert.Equal((SchemeProblemKind.Json, "$", 2), (problem.Kind, problem.Path, problem.Line));
        Assert.Equal("the file is not valid UTF-8: byte 11 (0xFF) starts no UTF-8 character; save the scheme as UTF-8", problem.Message);

        Assert.False(EvaluationSchemeJson.TryRead([0xEF, 0xBB, 0xBF, .. bytes], out _, out problems));
        Assert.Equal("the file is not valid UTF-8: byte 14 (0xFF) starts no UTF-8 character; save the scheme as UTF-8", Assert.Single(problems).Message);
    }

    [Fact]
    public void AManualIndicator_IsWrittenWithoutPopulationOrCredits_AndAProportionalOneWithoutLevels()
    {
        var scheme = EvaluationSchemeJson.Read(Base);
        var written = JsonNode.Parse(EvaluationSchemeJson.Write(scheme))!.AsObject();
        var graded = At(written, "indicators", 0);
        var manual = At(written, "indicators", 1);
        Assert.Equal(["id", "name", "maxPoints", "source", "population", "credits", "notApplicable", "mapping", "levels"], graded.Select(p => p.Key));
        Assert.Equal(["id", "name", "maxPoints", "source", "notApplicable", "mapping"], manual.Select(p => p.Key));
        Assert.Equal("manual", (string?)manual["source"]);
        Assert.Equal(["name", "minRate", "points", "blockedBy", "gradeCeiling"], graded["levels"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal(["name", "minRate", "points"], graded["levels"]![1]!.AsObject().Select(p => p.Key));
        Assert.Equal(scheme, EvaluationSchemeJson.Read(written.ToJsonString()));

        // An items indicator with no population still writes it (empty: every item).
        var builder = scheme.ToBuilder();
        builder.Indicators[0] = builder.Indicators[0] with { Population = ImmutableArray<ItemCondition>.Empty };
        var rewritten = JsonNode.Parse(EvaluationSchemeJson.Write(builder.Build()))!.AsObject();
        Assert.Empty(At(rewritten, "indicators", 0)["population"]!.AsArray());
    }

    [Fact]
    public void NullArguments_AreRefused()
    {
        using var stream = new MemoryStream();
        using var writer = new System.Text.Json.Utf8JsonWriter(stream);
        var scheme = EvaluationSchemeJson.Read(Base);
        Assert.Throws<ArgumentNullException>(() => EvaluationSchemeJson.Write(null!));
        Assert.Throws<ArgumentNullException>(() => EvaluationSchemeJson.Write(null!, scheme));
        Assert.Throws<ArgumentNullException>(() => EvaluationSchemeJson.Write(writer, null!));
        Assert.Throws<ArgumentNullException>(() => EvaluationSchemeJson.TryRead((string)null!, out _, out _));
    }
}
