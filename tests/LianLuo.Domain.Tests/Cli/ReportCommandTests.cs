using System.Globalization;
using System.Text;
using System.Text.Json;
using LianLuo.Cli;
using LianLuo.Cli.Commands;
using LianLuo.Domain.Reporting;
using NodaTime;
using NodaTime.Testing;
using LianLuo.Domain.Serialization;

namespace LianLuo.Domain.Tests.Cli;

/// <summary><c>lianluo report</c> as cli.md says: text, JSON and Markdown, --year, --lenient, the bundled sample, exit 2 on bad input.</summary>
public sealed class ReportCommandTests : IDisposable
{
    // J1 on time (deadline 2025-06-03, a Tuesday: 03-03 + 3 months), A, 满意;
    // J2 late (06-04), B; T1 not replied → overdue on 2026-01-15; Y1 a motion.
    private const string Items = """
        编号,类别,标题,领衔人,主办单位,会办单位,交办日期,答复日期,办理结果,反馈日期,满意度,面商人次,电话邮件人次
        J1,建议,关于改善校园周边交通的建议,王代表,市教育局,市公安局,2025-03-03,2025-05-20,A,2025-06-01,满意,1,2
        J2,建议,关于增加学位供给的建议,赵代表,市教育局,,2025-03-03,2025-06-04,B,,,,
        T1,提案,关于加强养老服务的提案,李委员,市民政局,,2025-03-03,,,,,,
        Y1,议案,关于制定养老服务条例的议案,陈代表,市民政局,市财政局,2025-03-03,,,,,,
        """;

    private const string Activities = """
        日期,类型,主题,领导人次,代表委员人次
        2025-04-10,专题协商,营商环境,3,12
        2025-05-10,政情通报,一季度经济运行,1,30
        2024-05-10,政情通报,去年的通报,1,30
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("lianluo-report-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = ReportCommand.Run(args[1..], stdout, stderr, new FakeClock(Instant.FromUtc(2026, 1, 14, 18, 0)));
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void Report_Json_GivesTheFiguresOfTheLedgers()
    {
        var (code, stdout, stderr) = Run("report", "--items", Write("items.csv", Items), "--activities", Write("activities.csv", Activities), "--format", "json", "--year", "2025");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        var report = AnnualReportJson.Read(stdout);
        Assert.Equal(new LocalDate(2026, 1, 15), report.AsOf); // 18:00 UTC on 01-14 is 02:00 on 01-15 in Shanghai
        Assert.Equal((2, 1, 3, 1), (report.Suggestions, report.Proposals, report.Total, report.Motions));
        Assert.Equal(3, report.Units);
        Assert.Equal(2, report.MotionUnits);
        Assert.Equal(new TimelinessFigures(2, 1, 1, 1, 0, 33.3m), report.Timeliness);
        Assert.Equal(new CommunicationFigures(1, 2, 0), report.Communication);
        Assert.Equal(1, report.Activities.TopicConsultations);
        Assert.Equal(1, report.Activities.Briefings);
        using var document = JsonDocument.Parse(stdout);
        Assert.Equal(50.0m, document.RootElement.GetProperty("results").GetProperty("A").GetProperty("percent").GetDecimal());
    }

    [Fact]
    public void Report_Text_IsTheChineseSummary()
    {
        var (code, stdout, _) = Run("report", "--items", Write("items.csv", Items), "--activities", Write("activities.csv", Activities));
        Assert.Equal(0, code);
        Assert.StartsWith("2025年度人大政协联络工作总结", stdout, StringComparison.Ordinal);
        Assert.Contains("共提出建议2件、提案1件，共计3件", stdout, StringComparison.Ordinal);
        Assert.Contains("通报经济社会发展情况2次", stdout, StringComparison.Ordinal); // no --year: last year's briefing counts too
    }

    [Fact]
    public void Report_Markdown_HasTablesByUnitAndCategory()
    {
        var (code, stdout, _) = Run("report", "--items", Write("items.csv", Items), "--format", "markdown", "--as-of", "2026-01-15");
        Assert.Equal(0, code);
        Assert.Contains("## 按办理结果类别", stdout, StringComparison.Ordinal);
        Assert.Contains("## 按承办单位（主办）", stdout, StringComparison.Ordinal);
        Assert.Contains("| 市教育局 | 2 | 2 | 1 | 1 | 0 |", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_BadLedger_Exits2WithEveryError_UnlessLenient()
    {
        var items = Write("bad.csv", Items + "\nJ9,建议,坏行,某代表,市教育局,,2025-02-30,,,,,,\nJ1,建议,重复编号,某代表,市教育局,,2025-03-03,,,,,,\n");
        var (code, stdout, stderr) = Run("report", "--items", items, "--as-of", "2026-01-15");
        Assert.Equal(CommandLine.BadInput, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("bad.csv:6: 交办日期:", stderr, StringComparison.Ordinal);
        Assert.Contains("(2025-02-30)", stderr, StringComparison.Ordinal);
        Assert.Contains("bad.csv:7: 编号:", stderr, StringComparison.Ordinal);

        var lenient = Run("report", "--items", items, "--as-of", "2026-01-15", "--lenient", "--format", "json");
        Assert.Equal(0, lenient.Code);
        Assert.Equal(3, AnnualReportJson.Read(lenient.Out).Total);
        Assert.Contains("2 of 6 rows", lenient.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Issuer_DecidesTheWordsAndSignsTheSummary()
    {
        var (code, stdout, stderr) = Run("report", "--items", Write("items.csv", Items), "--activities", Write("activities.csv", Activities), "--issuer", "城关区人民政府");

        Assert.Equal((0, string.Empty), (code, stderr));
        Assert.Contains("2025年，城关区人民政府认真贯彻落实中央和省、市、区关于人大政协工作的决策部署", stdout, StringComparison.Ordinal);
        Assert.Contains("区人大代表、区政协委员全年共提出建议2件、提案1件，共计3件", stdout, StringComparison.Ordinal);
        Assert.Contains("认真办理区人民代表大会确定的议案", stdout, StringComparison.Ordinal);
        Assert.Contains("全年配合区政协开展专题协商1次。区政府领导参加政协协商活动3人次。", stdout, StringComparison.Ordinal);
        Assert.EndsWith("\n\n城关区人民政府\n2026年1月15日\n", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("市人大代表", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("市政协", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_NoIssuer_IsTheCityGovernment()
    {
        var (code, stdout, _) = Run("report", "--items", Write("items.csv", Items), "--activities", Write("activities.csv", Activities));

        Assert.Equal(0, code);
        Assert.Contains("2025年，市政府认真贯彻落实中央和省、市关于人大政协工作的决策部署", stdout, StringComparison.Ordinal);
        Assert.EndsWith("\n\n市政府\n2026年1月15日\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_UnrecognisedIssuer_Exit2NamingTheOptionAndValue()
    {
        var (code, stdout, stderr) = Run("report", "--issuer", "教育局", "--format", "json");

        Assert.Equal((2, string.Empty), (code, stdout));
        Assert.StartsWith("lianluo report: --issuer (发文机关) must name a government whose level is recognised: ", stderr, StringComparison.Ordinal);
        Assert.Contains(" (value: 教育局).\nusage: lianluo report ", stderr.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--year", "二〇二五")]
    [InlineData("--as-of", "2025/01/01")]
    [InlineData("--bogus", "1")]
    [InlineData("--items")]
    public void Report_BadArguments_Exit2(params string[] arguments)
    {
        var (code, stdout, stderr) = Run(["report", .. arguments]);
        Assert.Equal(CommandLine.BadInput, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("lianluo report", stderr, StringComparison.Ordinal);
    }

    /// <summary>
    /// The §3 figures of the bundled sample city (samples/data/items.csv and activities.csv) as of 2026-01-15,
    /// computed outside the code under test by <c>python3 tests/tools/sample_figures.py --as-of 2026-01-15</c>: Python's
    /// csv module, deadlines counted per ledger.md §2 on shared/data/china-holidays.json, the §3 definitions as written.
    /// Rerun the script and paste its output here when the sample data is regenerated.
    /// </summary>
    private const string BundledSampleFigures = """
        {
          "asOf": "2026-01-15",
          "suggestions": 164,
          "proposals": 133,
          "total": 297,
          "motions": 3,
          "units": 26,
          "motionUnits": 3,
          "timeliness": { "replied": 278, "onTime": 254, "late": 24, "overdue": 13, "pending": 6, "onTimeRate": 87.3 },
          "results": {
            "A": { "count": 164, "percent": 59.0 },
            "B": { "count": 89, "percent": 32.0 },
            "C": { "count": 25, "percent": 9.0 }
          },
          "satisfaction": {
            "satisfied": 195, "basicallySatisfied": 57, "unsatisfied": 8, "noFeedback": 18,
            "satisfiedRate": 75.0, "satisfiedOrBasicallyRate": 96.9
          },
          "rehandling": { "rehandled": 10, "onTime": 7 },
          "keySupervised": 25,
          "communication": { "faceToFace": 445, "phoneEmail": 444, "visits": 109 },
          "activities": {
            "topicConsultations": 4, "counterpartConsultations": 11, "sectorConsultations": 9, "proposalConsultations": 12,
            "consultationLeaderAttendances": 58, "briefings": 5, "executiveMeetingAttendances": 58,
            "symposiumAttendances": 202, "motionProgressMeetings": 6, "studyMeetings": 2
          }
        }
        """;

    [Fact]
    public void Report_NoFiles_GivesTheIndependentlyComputedFiguresOfTheBundledSampleCity()
    {
        var (code, stdout, stderr) = Run("report", "--as-of", "2026-01-15", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        Assert.Equal(Flatten(BundledSampleFigures), Flatten(stdout));
    }

    /// <summary>Every leaf of a JSON document as "path = value", in path order (numbers compared as decimals).</summary>
    private static List<string> Flatten(string json)
    {
        using var document = JsonDocument.Parse(json);
        var leaves = new List<string>();
        Walk(document.RootElement, "$");
        leaves.Sort(StringComparer.Ordinal);
        return leaves;

        void Walk(JsonElement element, string path)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        Walk(property.Value, path + "." + property.Name);
                    }

                    break;
                case JsonValueKind.Number:
                    leaves.Add($"{path} = {element.GetDecimal().ToString("0.0###", CultureInfo.InvariantCulture)}");
                    break;
                default:
                    leaves.Add($"{path} = {element}");
                    break;
            }
        }
    }

    [Fact]
    public void Report_ThroughTheCommandLine_IsDispatched()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Equal(0, CommandLine.Run(["report", "--as-of", "2026-01-15"], stdout, stderr));
        Assert.Contains("一、基本情况", stdout.ToString(), StringComparison.Ordinal);
    }
}
