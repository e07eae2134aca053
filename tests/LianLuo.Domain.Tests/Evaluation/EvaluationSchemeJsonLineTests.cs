using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Serialization;

namespace LianLuo.Domain.Tests.Evaluation;

/// <summary>Every problem of a scheme read from JSON carries the 1-based line where its value (or key) starts.</summary>
public class EvaluationSchemeJsonLineTests
{
    // Line numbers are written beside each line that holds a problem: the reader's (unknown key, wrong type, unknown
    // metric) and the validator's found after parsing (a duplicate id, the lowest band not at 0, a missing key).
    internal const string Scheme = """
        {
          "name": "行号测试",
          "colour": "red",
          "indicators": [
            {
              "id": "t",
              "name": "按时办复",
              "maxPoints": "ten",
              "credits": [{"when": ["ontime"], "weight": 1}]
            },
            {
              "id": "t",
              "name": "沟通",
              "maxPoints": 50,
              "credits": [
                {
                  "when": ["communicated"],
                  "weight": 1
                }
              ]
            }
          ],
          // a comment line is still a line
          "grades": [
            {"name": "合格", "minScore": 60},
            {"name": "差"}
          ]
        }
        """;

    [Fact]
    public void TryRead_SchemeWithProblems_GivesEachProblemItsLine()
    {
        Assert.False(EvaluationSchemeJson.TryRead(Scheme, out _, out var problems));

        Assert.Equal(
            [
                (3, "colour", SchemeProblemKind.Json),                                   // unknown key
                (8, "indicators[0].maxPoints", SchemeProblemKind.Json),                  // "ten" is not a number
                (9, "indicators[0].credits[0].when[0]", SchemeProblemKind.UnknownMetric), // ontime
                (17, "indicators[1].credits[0].when[0]", SchemeProblemKind.UnknownMetric), // communicated
                (26, "grades[1].minScore", SchemeProblemKind.Missing),                   // missing key: the line of grades[1]
                (12, "indicators[1].id", SchemeProblemKind.Duplicate),                   // found by the validator
            ],
            problems.Select(p => (p.Line ?? 0, p.Path, p.Kind)));
    }

    [Theory]
    [InlineData("{\n  \"name\": \"x\",\n  \"grades\": [\n    {\"name\": \"合格\", \"minScore\": 0},\n  ]\n  \"bonuses\": []\n}", 6)]
    [InlineData("{\n\n  \"name\": \"x\"\n", 4)]
    [InlineData("\n\n[1, 2", 3)]
    public void TryRead_MalformedJson_GivesTheLineOfTheReader(string json, int line)
    {
        Assert.False(EvaluationSchemeJson.TryRead(json, out _, out var problems));

        var problem = Assert.Single(problems);
        Assert.Equal((SchemeProblemKind.Json, "$", (int?)line), (problem.Kind, problem.Path, problem.Line));
        Assert.StartsWith($"not valid JSON at line {line}, position ", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\n{\"name\": \"x\"}", 2, "grades")]                                // a missing top-level key: the line of the root
    [InlineData("{\"name\": \"x\",\n\"grades\":\n  {}}", 2, "grades")]               // wrong type: the line of the key
    [InlineData("{\"name\": \"x\", \"grades\": [\n{\"name\": \"合格\", \"minScore\": 0}],\n\"scoredKinds\": [\"建议\",\n \"请示\"]}", 4, "scoredKinds[1]")]
    [InlineData("{\"name\": \"x\", \"grades\": [\n{\"name\": \"合格\", \"minScore\": 0}],\n\"scoredKinds\": [\"建议\",\n \"建议\"]}", 4, "scoredKinds[1]")]
    public void TryRead_OneProblem_IsOnItsLine(string json, int line, string path)
    {
        Assert.False(EvaluationSchemeJson.TryRead(json, out _, out var problems));

        var problem = Assert.Single(problems);
        Assert.Equal((path, (int?)line), (problem.Path, problem.Line));
    }

    [Fact]
    public void Validate_SchemeNotReadFromJson_HasNoLine()
    {
        var builder = EvaluationPresets.Default.ToBuilder();
        builder.Name = string.Empty;

        Assert.All(builder.Validate(), p => Assert.Null(p.Line));
    }
}
