using System.Collections.Immutable;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Model;
using LianLuo.Domain.Serialization;

namespace LianLuo.Domain.Tests.Evaluation;

/// <summary>The JSON form of schemes: the exact text of the default preset, reading back, and every problem at once.</summary>
public class EvaluationSchemeJsonTests
{
    private const string DefaultJson = """
        {
          "name": "默认考核方案",
          "description": "ledger.md §4：按时办复20分、沟通联系20分、办理实效30分、满意度30分，不适用指标不计并按适用指标满分折算为百分制；逾期未答复每件扣1分，最终不满意每件扣2分；重点建议提案办理结果为A类每件加1分，最多加5分；90分以上优秀（名额不超过参评单位的20%，至少1个）、75分以上良好、60分以上合格。",
          "scoredKinds": [
            "建议",
            "提案"
          ],
          "indicators": [
            {
              "id": "timeliness",
              "name": "按时办复",
              "maxPoints": 20,
              "source": "items",
              "population": [
                "due"
              ],
              "credits": [
                {
                  "when": [
                    "onTime"
                  ],
                  "weight": 1
                }
              ],
              "notApplicable": "whenNoData",
              "mapping": "proportional"
            },
            {
              "id": "communication",
              "name": "沟通联系",
              "maxPoints": 20,
              "source": "items",
              "population": [
                "all"
              ],
              "credits": [
                {
                  "when": [
                    "faceToFaceOrVisit"
                  ],
                  "weight": 1
                }
              ],
              "notApplicable": "never",
              "mapping": "proportional"
            },
            {
              "id": "effectiveness",
              "name": "办理实效",
              "maxPoints": 30,
              "source": "items",
              "population": [
                "hasResult"
              ],
              "credits": [
                {
                  "when": [
                    "result:A"
                  ],
                  "weight": 1
                },
                {
                  "when": [
                    "result:B"
                  ],
                  "weight": 0.5
                }
              ],
              "notApplicable": "whenNoData",
              "mapping": "proportional"
            },
            {
              "id": "satisfaction",
              "name": "满意度",
              "maxPoints": 30,
              "source": "items",
              "population": [
                "hasSatisfaction"
              ],
              "credits": [
                {
                  "when": [
                    "satisfied"
                  ],
                  "weight": 1
                },
                {
                  "when": [
                    "basicallySatisfied"
                  ],
                  "weight": 0.8
                }
              ],
              "notApplicable": "whenNoData",
              "mapping": "proportional"
            }
          ],
          "deductions": [
            {
              "id": "overdue",
              "name": "逾期未答复",
              "when": [
                "overdue"
              ],
              "pointsPerItem": 1
            },
            {
              "id": "unsatisfied",
              "name": "最终不满意",
              "when": [
                "unsatisfied"
              ],
              "pointsPerItem": 2
            }
          ],
          "bonuses": [
            {
              "id": "keyResultA",
              "name": "重点建议提案办理结果为A类",
              "when": [
                "key",
                "result:A"
              ],
              "pointsPerItem": 1,
              "cap": 5
            }
          ],
          "grades": [
            {
              "name": "优秀",
              "minScore": 90,
              "capShare": 0.2,
              "capMinimum": 1
            },
            {
              "name": "良好",
              "minScore": 75
            },
            {
              "name": "合格",
              "minScore": 60
            },
            {
              "name": "不合格",
              "minScore": 0
            }
          ],
          "manualScores": []
        }
        """;

    [Fact]
    public void Write_DefaultPreset_IsExactlyTheGoldenText()
    {
        Assert.Equal(DefaultJson, EvaluationSchemeJson.Write(EvaluationPresets.Default));
    }

    [Fact]
    public void Read_GoldenText_GivesTheDefaultPreset()
    {
        Assert.Equal(EvaluationPresets.Default, EvaluationSchemeJson.Read(DefaultJson));
    }

    [Theory]
    [InlineData("default")]
    [InlineData("shenzhen")]
    [InlineData("shijiazhuang")]
    public void Read_WrittenPreset_IsEqual(string name)
    {
        var scheme = EvaluationPresets.ByName[name];

        Assert.Equal(scheme, EvaluationSchemeJson.Read(EvaluationSchemeJson.Write(scheme)));
    }

    [Fact]
    public void Read_MinimalScheme_UsesTheDefaults()
    {
        var scheme = EvaluationSchemeJson.Read("""
            // a pure deduction scheme
            {
              "name": "扣分制",
              "deductions": [ { "id": "late", "name": "逾期答复或逾期未答复", "when": ["due", "not:onTime"], "pointsPerItem": 1.5 } ],
              "grades": [ { "name": "合格", "minScore": 60 }, { "name": "不合格", "minScore": 0 }, ],
            }
            """);

        Assert.Equal("扣分制", scheme.Name);
        Assert.Equal([SubmissionKind.Suggestion, SubmissionKind.Proposal], scheme.ScoredKinds.AsImmutableArray());
        Assert.Empty(scheme.Indicators);
        Assert.Equal(1.5m, Assert.Single(scheme.Deductions).PointsPerItem);
        Assert.Equal(1, scheme.Grades[0].CapMinimum);
        Assert.Null(scheme.Grades[0].CapShare);
    }

    [Fact]
    public void Read_SchemeWithManyProblems_ReportsEveryOneWithItsPath()
    {
        const string json = """
            {
              "name": "有问题的方案",
              "scoredKinds": ["建议", "请示"],
              "indicators": [
                { "id": "t", "name": "按时办复", "maxPoints": -5, "population": ["due"], "credits": [ { "when": ["ontime"], "weight": 1 } ] },
                { "id": "c", "name": "沟通", "maxPoints": "20", "credits": [ { "when": ["contacted"], "weight": 1 } ], "mapping": "linear" }
              ],
              "bonuses": [ { "id": "k", "name": "重点", "when": ["key"], "pointsPerItem": 1, "cap": 5, "colour": "red" } ],
              "grades": [
                { "name": "良好", "minScore": 75 },
                { "name": "优秀", "minScore": 90, "capShare": 1.5 },
                { "name": "不合格", "minScore": 0 }
              ]
            }
            """;

        Assert.False(EvaluationSchemeJson.TryRead(json, out var scheme, out var problems));

        Assert.Null(scheme);
        Assert.Equal(
            [
                (SchemeProblemKind.Json, "scoredKinds[1]"),
                (SchemeProblemKind.UnknownMetric, "indicators[0].credits[0].when[0]"),
                (SchemeProblemKind.Json, "indicators[1].maxPoints"),
                (SchemeProblemKind.Json, "indicators[1].mapping"),
                (SchemeProblemKind.Json, "bonuses[0].colour"),
                (SchemeProblemKind.OutOfOrder, "grades[1].minScore"),
                (SchemeProblemKind.CapOutOfRange, "grades[1].capShare"),
                (SchemeProblemKind.NotPositive, "indicators[0].maxPoints"),
            ],
            problems.Select(p => (p.Kind, p.Path)));
        Assert.Contains("unknown metric 'ontime'", problems[1].Message, StringComparison.Ordinal);
        var ex = Assert.Throws<InvalidSchemeException>(() => EvaluationSchemeJson.Read(json));
        Assert.Equal(problems, ex.Problems);
    }

    [Theory]
    [InlineData("{", SchemeProblemKind.Json, "$")]
    [InlineData("[]", SchemeProblemKind.Json, "$")]
    [InlineData("{\"grades\": [{\"name\": \"合格\", \"minScore\": 0}]}", SchemeProblemKind.Missing, "name")]
    [InlineData("{\"name\": \"x\"}", SchemeProblemKind.Missing, "grades")]
    [InlineData("{\"name\": \"x\", \"grades\": {}}", SchemeProblemKind.Json, "grades")]
    public void Read_MalformedJson_IsOneClearProblem(string json, SchemeProblemKind kind, string path)
    {
        Assert.False(EvaluationSchemeJson.TryRead(json, out _, out var problems));

        Assert.Contains(problems, p => p.Kind == kind && p.Path == path);
    }

    [Fact]
    public void Write_ManualScoresAndGradedLevels_RoundTrip()
    {
        var builder = EvaluationPresets.ShenzhenStyleGraded.ToBuilder();
        builder.Indicators.Add(new EvaluationIndicator { Id = "quality", Name = "答复质量", MaxPoints = 10.50m, Source = IndicatorSource.Manual, NotApplicable = NotApplicableRule.Never });
        builder.ManualScores.Add(new ManualScore { Indicator = "quality", Unit = "市教育局", Points = 9.25m });
        builder.MinimumItems = 3;
        builder.Deductions.Add(new ItemRule { Id = "veto", Name = "严重逾期", When = ImmutableArray.Create(ItemCondition.Parse("seriouslyOverdue")), PointsPerItem = 2m, GradeCeiling = "合格" });
        var scheme = builder.Build();

        var json = EvaluationSchemeJson.Write(scheme);

        Assert.Contains("\"maxPoints\": 10.50", json, StringComparison.Ordinal);
        Assert.Contains("\"blockedBy\": [", json, StringComparison.Ordinal);
        Assert.Equal(scheme, EvaluationSchemeJson.Read(json));
    }
}
