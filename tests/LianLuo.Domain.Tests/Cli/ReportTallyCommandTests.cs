using System.Text;
using LianLuo.Cli.Commands;
using NodaTime;
using NodaTime.Testing;
using LianLuo.Domain.Serialization;

namespace LianLuo.Domain.Tests.Cli;

/// <summary><c>lianluo report --format tally</c> and <c>--merge</c>: two cities' ledgers merged equal the two reported together.</summary>
public sealed class ReportTallyCommandTests : IDisposable
{
    // 甲市: J1 on time (deadline 2025-06-03), A, 满意; J2 late (06-04), B. 乙市: T1 not replied → overdue on 2026-01-15;
    // J3 on time, C, 不满意.
    private const string ItemsA = """
        编号,类别,标题,领衔人,主办单位,会办单位,交办日期,答复日期,办理结果,反馈日期,满意度,面商人次,电话邮件人次
        J1,建议,关于改善校园周边交通的建议,王代表,市教育局,市公安局,2025-03-03,2025-05-20,A,2025-06-01,满意,1,2
        J2,建议,关于增加学位供给的建议,赵代表,市教育局,,2025-03-03,2025-06-04,B,,,,
        """;

    private const string ItemsB = """
        编号,类别,标题,领衔人,主办单位,会办单位,交办日期,答复日期,办理结果,反馈日期,满意度,面商人次,电话邮件人次
        T1,提案,关于加强养老服务的提案,李委员,市民政局,,2025-03-03,,,,,,
        J3,建议,关于修缮老旧小区的建议,孙代表,市住房城乡建设局,,2025-03-03,2025-05-20,C,2025-06-01,不满意,,
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("lianluo-tally-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = ReportCommand.Run(args, stdout, stderr, new FakeClock(Instant.FromUtc(2026, 1, 14, 18, 0)));
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void Merge_OfTwoCitiesTallies_GivesTheReportOfBothLedgers()
    {
        var a = Path.Combine(folder, "甲市.tally.json");
        var b = Path.Combine(folder, "乙市.tally.json");
        Assert.Equal(0, Run("--items", Write("a.csv", ItemsA), "--format", "tally", "--output", a).Code);
        Assert.Equal(0, Run("--items", Write("b.csv", ItemsB), "--format", "tally", "--name", "乙市", "--output", b).Code);
        Assert.Equal("甲市", ReportTallyJson.ReadFile(a).Name); // from the file name

        var (code, stdout, stderr) = Run("--merge", a, b, "--format", "json");
        Assert.Equal(string.Empty, stderr);
        Assert.Equal(0, code);
        var merged = AnnualReportJson.Read(stdout);
        var together = AnnualReportJson.Read(Run("--items", Write("ab.csv", ItemsA + "\n" + string.Join("\n", ItemsB.Split('\n').Skip(1))), "--format", "json").Out);
        Assert.Equal(together, merged);
        // By hand: 3 建议 + 1 提案; replied 3 (J1 on time, J2 late, J3 on time), T1 overdue: 2 ÷ (3 + 1) = 50.0%.
        Assert.Equal((3, 1, 3, 2, 1, 1), (merged.Suggestions, merged.Proposals, merged.Timeliness.Replied, merged.Timeliness.OnTime, merged.Timeliness.Late, merged.Timeliness.Overdue));
        Assert.Equal(50.0m, merged.Timeliness.OnTimeRate);
        Assert.Contains("\"byCity\"", stdout, StringComparison.Ordinal);

        var markdown = Run("--merge", a, b, "--format", "markdown").Out;
        Assert.Contains("## 按地区", markdown, StringComparison.Ordinal);
        Assert.Contains("| 甲市 | 2 | 0 | 2 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_TheSameTallyTwice_IsRefusedNamingTheFiles()
    {
        var a = Path.Combine(folder, "甲市.tally.json");
        Assert.Equal(0, Run("--items", Write("a.csv", ItemsA), "--format", "tally", "--output", a).Code);
        var copy = Path.Combine(folder, "copy.tally.json");
        File.Copy(a, copy);
        var (code, _, stderr) = Run("--merge", a, copy);
        Assert.Equal(2, code);
        Assert.Contains($"{a} and {copy}", stderr, StringComparison.Ordinal);
        Assert.Contains("given twice", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_WithItems_IsABadArgument()
    {
        var (code, _, stderr) = Run("--merge", "x.tally.json", "--items", "a.csv");
        Assert.Equal(2, code);
        Assert.Contains("--items does not go with --merge", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Tally_WithoutAName_IsABadArgument()
    {
        var (code, _, stderr) = Run("--format", "tally");
        Assert.Equal(2, code);
        Assert.Contains("--format tally needs the name", stderr, StringComparison.Ordinal);
    }
}
