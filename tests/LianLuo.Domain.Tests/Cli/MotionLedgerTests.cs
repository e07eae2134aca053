using System.Text.Json;
using LianLuo.Domain.Reporting;
using LianLuo.Domain.Serialization;

namespace LianLuo.Domain.Tests.Cli;

/// <summary>
/// A ledger whose 议案 rows are replied without a 办理结果 (ledger.md §1.1: 议案 are not classified) goes through report, score
/// and validate with the spec's figures; a 建议 replied without one is still an error.
/// </summary>
public sealed class MotionLedgerTests() : CliFixture("lianluo-motion-")
{
    // J1: deadline 2025-06-03 (03-03 + 3 months), replied 05-20 on time, A, 满意. Y1: a 议案 replied 08-29 with no result
    // (its deadline is 6 months: 2025-09-03). Y2: a 议案 not replied (its deadline 09-03 has passed by 2026-01-15).
    private const string Items = """
        编号,类别,标题,领衔人,主办单位,交办日期,答复日期,办理结果,反馈日期,满意度
        J1,建议,关于改善校园周边交通的建议,王代表,市教育局,2025-03-03,2025-05-20,A,2025-06-01,满意
        Y1,议案,关于制定养老服务条例的议案,陈代表,市民政局,2025-03-03,2025-08-29,,,
        Y2,议案,关于修订物业管理条例的议案,刘代表,市住房城乡建设局,2025-03-03,,,,
        """;

    [Fact]
    public void Report_RepliedMotionWithoutResult_GivesTheSpecsFigures()
    {
        var (code, stdout, stderr) = Run("report", "--items", Write("items.csv", Items), "--activities", Write("a.csv", "日期,类型\n"), "--as-of", "2026-01-15", "--format", "json");

        Assert.Equal((0, string.Empty), (code, stderr));
        var report = AnnualReportJson.Read(stdout);
        Assert.Equal((1, 0, 1, 2), (report.Suggestions, report.Proposals, report.Total, report.Motions));
        Assert.Equal((1, 2), (report.Units, report.MotionUnits));
        Assert.Equal(new TimelinessFigures(1, 1, 0, 0, 0, 100.0m), report.Timeliness);
        Assert.Equal([("A", 1, 100.0m), ("B", 0, 0.0m), ("C", 0, 0.0m)], report.Results.Select(r => (r.Code, r.Count, r.Percent!.Value)));
    }

    [Fact]
    public void Score_And_Validate_TakeTheLedger()
    {
        var items = Write("items.csv", Items);

        var (code, stdout, stderr) = Run("score", "--items", items, "--as-of", "2026-01-15", "--format", "json");
        Assert.Equal((0, string.Empty), (code, stderr));
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(["市教育局"], json.RootElement.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unit").GetString()));
        Assert.Equal(["Y1", "Y2"], json.RootElement.GetProperty("notScored").EnumerateArray().Select(e => e.GetString()));

        var validate = Run("validate", "--items", items, "--as-of", "2026-01-15");
        Assert.Equal((0, string.Empty), (validate.Code, validate.Err));
    }

    [Fact]
    public void Validate_SuggestionRepliedWithoutResult_IsStillAnError()
    {
        var items = Write("items.csv", Items.Replace("2025-05-20,A,", "2025-05-20,,", StringComparison.Ordinal));

        var (code, _, stderr) = Run("validate", "--items", items, "--as-of", "2026-01-15");

        Assert.Equal(2, code);
        Assert.Contains(":2: 办理结果: a 答复日期 without a 办理结果", stderr, StringComparison.Ordinal);
    }
}
