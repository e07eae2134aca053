using System.Text.Json;
using LianLuo.Cli.Commands;
using LianLuo.Domain.Evaluation;
using NodaTime;
using NodaTime.Testing;
using LianLuo.Domain.Serialization;

namespace LianLuo.Domain.Tests.Cli;

/// <summary><c>lianluo score</c> as cli.md says: default preset or --scheme, text and JSON, the bundled sample, exit 2 on bad input.</summary>
public sealed class ScoreCommandTests() : CliFixture("lianluo-score-")
{
    private const string Items = """
        编号,类别,标题,领衔人,主办单位,交办日期,答复日期,办理结果,反馈日期,满意度,面商人次
        J1,建议,关于改善校园周边交通的建议,王代表,市教育局,2025-03-03,2025-05-20,A,2025-06-01,满意,1
        J2,建议,关于增加学位供给的建议,赵代表,市教育局,2025-03-03,2025-06-04,B,,,
        J3,提案,关于加强养老服务的提案,李委员,市民政局,2025-03-03,,,,,
        Y1,议案,关于制定养老服务条例的议案,陈代表,市民政局,2025-03-03,,,,,
        """;

    [Fact]
    public void Score_SmallLedger_DefaultPreset_JsonMatchesTheHandComputation()
    {
        // 市教育局: 按时办复 1/2 → 10, 沟通联系 1/2 → 10, 办理实效 1.5/2 → 22.5, 满意度 1/1 → 30 → 72.50 合格.
        // 市民政局: J3 overdue: 按时办复 0/1, 沟通联系 0/1, the rest not applicable → base 0, −1 → 0.00. 议案 Y1 not scored.
        var (code, output, err) = Run("score", "--items", Write("items.csv", Items), "--as-of", "2025-07-01", "--format", "json");

        Assert.Equal((0, string.Empty), (code, err));
        using var json = JsonDocument.Parse(output);
        var units = json.RootElement.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(
            [("市教育局", 2, 72.50m, 1, "合格", 0m, 0m), ("市民政局", 1, 0.00m, 2, "不合格", 1m, 0m)],
            units.Select(u => (
                u.GetProperty("unit").GetString()!,
                u.GetProperty("items").GetInt32(),
                u.GetProperty("score").GetDecimal(),
                u.GetProperty("rank").GetInt32(),
                u.GetProperty("grade").GetString()!,
                u.GetProperty("deductions").GetDecimal(),
                u.GetProperty("bonus").GetDecimal())));
        Assert.Contains("\"score\": 72.50", output, StringComparison.Ordinal);
        var effectiveness = units[0].GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "effectiveness");
        Assert.Equal((1.5m, 2, 0.75m, 22.5m), (effectiveness.GetProperty("numerator").GetDecimal(), effectiveness.GetProperty("denominator").GetInt32(), effectiveness.GetProperty("rate").GetDecimal(), effectiveness.GetProperty("points").GetDecimal()));
        Assert.Equal(["Y1"], json.RootElement.GetProperty("notScored").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Score_SchemeFile_IsUsedInsteadOfTheDefault_AndRulesNeedingAbsentColumnsDoNotApply()
    {
        // Shijiazhuang style on a ledger without 计划完成日期 and 未解决原因 columns: 答复不规范 cannot be judged, so it is not
        // applied (it used to deduct for every B and C reply). 市教育局 −1 (J2 replied 06-04, deadline 06-03) +1 (J1 replied
        // 14 days before 06-03) → 100; 市民政局 −1 (J3 overdue) → 99. One 优秀 place (max(1, ⌊15 % × 2⌋)): 市教育局.
        var scheme = Write("scheme.json", EvaluationSchemeJson.Write(EvaluationPresets.ShijiazhuangStyleDeduction));

        var (code, output, err) = Run("score", "--items", Write("items.csv", Items), "--as-of", "2025-07-01", "--scheme", scheme);

        Assert.Equal((0, string.Empty), (code, err));
        var lines = output.Split('\n');
        Assert.Equal("石家庄式百分基数考核（截至2025-07-01，参加排名单位2个）", lines[0]);
        Assert.Equal("名次\t单位\t件数\t得分\t等次\t基础分\t扣分\t加分", lines[1]);
        Assert.Equal("1\t市教育局\t2\t100.00\t优秀\t100.00\t1\t1", lines[2]);
        Assert.Equal("2\t市民政局\t1\t99.00\t良好\t100.00\t1\t0", lines[3]);
        Assert.Contains("市民政局主办建议提案1件。基础分100.00分。未按时办结1件扣1分。", output, StringComparison.Ordinal);
        Assert.Contains("答复不规范不适用：数据未记录计划完成日期、未解决原因。", output, StringComparison.Ordinal);
        Assert.Contains("不计分：Y1（共1件，类别不在考核范围内）", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_LedgerWithThePlannedDateAndReasonColumns_JudgesNonStandardReplies()
    {
        // The same ledger with the two columns: J2's B reply gives no 计划完成日期, so 答复不规范 −2: 市教育局 −1 −2 +1 → 98.
        var rows = Items.Split('\n');
        var items = string.Join('\n', rows.Select((row, i) => i == 0 ? row + ",计划完成日期,未解决原因" : row + ",,"));
        var scheme = Write("scheme.json", EvaluationSchemeJson.Write(EvaluationPresets.ShijiazhuangStyleDeduction));

        var (code, output, err) = Run("score", "--items", Write("items.csv", items), "--as-of", "2025-07-01", "--scheme", scheme);

        Assert.Equal((0, string.Empty), (code, err));
        var lines = output.Split('\n');
        Assert.Equal("1\t市民政局\t1\t99.00\t优秀\t100.00\t1\t0", lines[2]);
        Assert.Equal("2\t市教育局\t2\t98.00\t良好\t100.00\t3\t1", lines[3]);
        Assert.DoesNotContain("不适用：数据未记录", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_ShenzhenStyleOnALedgerWithoutSignInDates_LeavesTheSignInIndicatorOut()
    {
        // The bundled sample has no 签收日期 column: 及时签收 is not applicable for every unit, instead of rating each 不合格.
        var scheme = Write("scheme.json", EvaluationSchemeJson.Write(EvaluationPresets.ShenzhenStyleGraded));

        var (code, output, err) = Run("score", "--as-of", "2026-01-15", "--scheme", scheme, "--format", "json");

        Assert.Equal((0, string.Empty), (code, err));
        using var json = JsonDocument.Parse(output);
        var signIn = json.RootElement.GetProperty("units").EnumerateArray()
            .Select(u => u.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "signIn"))
            .ToList();
        Assert.NotEmpty(signIn);
        Assert.All(signIn, i => Assert.False(i.GetProperty("applicable").GetBoolean()));
        Assert.All(signIn, i => Assert.Equal("及时签收不适用：数据未记录签收日期", i.GetProperty("notApplicableReason").GetString()));
        Assert.Equal(["及时签收不适用：数据未记录签收日期"], json.RootElement.GetProperty("notApplicable").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Score_BundledSample_RanksEveryLeadUnit()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 1, 0, 0));

        var code = ScoreCommand.Run(["--format", "json"], stdout, stderr, clock);

        Assert.Equal((0, string.Empty), (code, stderr.ToString()));
        using var json = JsonDocument.Parse(stdout.ToString());
        var units = json.RootElement.GetProperty("units").EnumerateArray().ToList();
        Assert.NotEmpty(units);
        foreach (var unit in units)
        {
            foreach (var key in new[] { "unit", "items", "score", "rank", "grade", "deductions", "bonus", "indicators" })
            {
                Assert.True(unit.TryGetProperty(key, out _), key);
            }

            Assert.InRange(unit.GetProperty("score").GetDecimal(), 0m, 100m);
        }

        var ranks = units.Select(u => u.GetProperty("rank").GetInt32()).ToList();
        Assert.Equal(ranks.Order(), ranks);
        Assert.Equal(1, ranks[0]);
        Assert.True(units.Count(u => u.GetProperty("grade").GetString() == "优秀") <= Math.Max(1, units.Count / 5));
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--as-of", "2025/07/01")]
    [InlineData("--colour", "red")]
    [InlineData("--items")]
    [InlineData("--scheme", "/no/such/scheme.json")]
    [InlineData("--items", "/no/such/items.csv")]
    public void Score_BadArguments_ExitTwo(params string[] args)
    {
        var (code, output, err) = Run(["score", .. args]);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.NotEqual(string.Empty, err);
    }

    [Fact]
    public void Score_BadScheme_ListsEveryProblemWithItsPath()
    {
        var scheme = Write("bad.json", """{"name": "坏方案", "indicators": [{"id": "t", "name": "按时办复", "maxPoints": 0, "credits": [{"when": ["ontime"], "weight": 1}]}], "grades": [{"name": "合格", "minScore": 60}]}""");

        var (code, _, err) = Run("score", "--items", Write("items.csv", Items), "--as-of", "2025-07-01", "--scheme", scheme);

        Assert.Equal(2, code);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains($"{scheme}:1: indicators[0].credits[0].when[0]: unknown metric 'ontime'", err, StringComparison.Ordinal);
        Assert.Contains($"{scheme}:1: indicators[0].maxPoints:", err, StringComparison.Ordinal);
        Assert.Contains($"{scheme}:1: grades[0].minScore:", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_BadSchemeOnManyLines_PrintsFileLinePathAndReasonForEveryProblem()
    {
        var scheme = Write("lines.json", Evaluation.EvaluationSchemeJsonLineTests.Scheme);

        var (code, output, err) = Run("score", "--items", Write("items.csv", Items), "--scheme", scheme);

        Assert.Equal((2, string.Empty), (code, output));
        Assert.Equal(
            [
                $"{scheme}:3: colour: unknown key 'colour'; expected one of: name, description, scoredKinds, minimumItems, indicators, deductions, bonuses, grades, manualScores",
                $"{scheme}:8: indicators[0].maxPoints: must be a number (value: \"ten\")",
                $"{scheme}:9: indicators[0].credits[0].when[0]: unknown metric 'ontime'; known metrics: ",
                $"{scheme}:17: indicators[1].credits[0].when[0]: unknown metric 'communicated'; known metrics: ",
                $"{scheme}:26: grades[1].minScore: missing key 'minScore'",
                $"{scheme}:12: indicators[1].id: indicator id 't' appears more than once",
            ],
            err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Contains("known metrics: ", StringComparison.Ordinal) ? l[..(l.IndexOf("known metrics: ", StringComparison.Ordinal) + 15)] : l));
    }

    [Fact]
    public void Score_SchemeNotJson_PrintsTheLineOfTheReader()
    {
        var scheme = Write("broken.json", "{\n  \"name\": \"x\",\n  \"grades\": [}\n");

        var (code, _, err) = Run("score", "--items", Write("items.csv", Items), "--scheme", scheme);

        Assert.Equal(2, code);
        Assert.StartsWith($"{scheme}:3: $: not valid JSON at line 3, position 14: '}}' cannot start a value", Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public void Score_LedgerWithErrors_ExitsTwoUnlessLenient()
    {
        var items = Write("items.csv", Items + "\nJ9,建议,坏行,孙代表,市教育局,2025-02-30,,,,,\n");

        var strict = Run("score", "--items", items, "--as-of", "2025-07-01");
        var lenient = Run("score", "--items", items, "--as-of", "2025-07-01", "--lenient", "--format", "json");

        Assert.Equal(2, strict.Code);
        Assert.Equal(string.Empty, strict.Out);
        Assert.Contains($"{items}:6: 交办日期:", strict.Err, StringComparison.Ordinal);
        Assert.Equal(0, lenient.Code);
        Assert.Contains("1 of 5 rows", lenient.Err, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(lenient.Out);
        Assert.Equal(72.50m, json.RootElement.GetProperty("units")[0].GetProperty("score").GetDecimal());
    }
}
