using System.Text.Json;
using LianLuo.Cli;
using LianLuo.Domain.Calendars;

namespace LianLuo.Domain.Tests.Cli;

public class DeadlineCommandTests
{
    private static (int Code, string[] Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), stderr.ToString());
    }

    [Theory]
    [InlineData("--months", "3", "2025-07-01", "2025-10-09")]
    [InlineData("--months", "3", "2025-01-31", "2025-04-30")]
    [InlineData("--working-days", "5", "2025-01-24", "2025-02-07")]
    [InlineData("--days", "10", "2025-10-01", "2025-10-11")]
    public void Deadline_Text_FirstLineIsTheDate(string unit, string n, string start, string expected)
    {
        var (code, lines, err) = Run("deadline", "--start", start, unit, n);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, err);
        Assert.Equal(expected, lines[0]);
        Assert.Contains(lines, l => l.StartsWith("规则：", StringComparison.Ordinal));
        Assert.Contains($"日历版本：{WorkingCalendar.China.Version}", lines);
    }

    [Fact]
    public void Deadline_Json_HasTheContractKeys()
    {
        var (code, lines, _) = Run("deadline", "--format", "json", "--months", "3", "--start", "2026-11-15");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(string.Join('\n', lines));
        var root = json.RootElement;
        Assert.Equal(["start", "deadline", "provisional", "explanation"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2026-11-15", root.GetProperty("start").GetString());
        Assert.Equal("2027-02-15", root.GetProperty("deadline").GetString());
        Assert.True(root.GetProperty("provisional").GetBoolean());
        Assert.Contains(root.GetProperty("explanation").EnumerateArray(), l => l.GetString()!.Contains("2027年放假安排尚未公布", StringComparison.Ordinal));
    }

    [Fact]
    public void Deadline_Json_NotProvisional()
    {
        var (_, lines, _) = Run("deadline", "--start=2025-07-01", "--months=3", "--format=json");
        using var json = JsonDocument.Parse(string.Join('\n', lines));
        Assert.Equal("2025-10-09", json.RootElement.GetProperty("deadline").GetString());
        Assert.False(json.RootElement.GetProperty("provisional").GetBoolean());
    }

    // Hand-counted on the 2026 calendar: 03-20 + 3 months = 06-20, a Saturday of 端午节 (06-19..21 off), so Monday 06-22;
    // + 5 months (四川 2024: 提案 have 5 months, from 签收) = 08-20, a Thursday; 15 working days after 03-20 skip 清明节
    // (04-04..06) and end on 04-13.
    [Theory]
    [InlineData("2026-06-22", "--deadline", "reply", "--kind", "proposal")]
    [InlineData("2026-06-22", "--deadline", "reply", "--kind", "proposal", "--policy", "default")]
    [InlineData("2026-08-20", "--deadline", "reply", "--kind", "proposal", "--policy", "sichuan")]
    [InlineData("2026-06-22", "--deadline", "reply", "--kind", "suggestion", "--policy", "sichuan")]
    [InlineData("2026-04-13", "--deadline", "faceToFaceBeforeHandling")]
    [InlineData("2026-06-22", "--months", "3", "--policy", "sichuan")]
    public void Deadline_PolicyDeadline_CountsThePolicysPeriod(string expected, params string[] options)
    {
        var (code, lines, err) = Run(["deadline", "--start", "2026-03-20", .. options]);
        Assert.Equal(string.Empty, err);
        Assert.Equal(0, code);
        Assert.Equal(expected, lines[0]);
    }

    [Fact]
    public void Deadline_PolicyFile_IsReadAndItsProblemsNamed()
    {
        var folder = Directory.CreateTempSubdirectory("lianluo-deadline-");
        try
        {
            var good = Path.Combine(folder.FullName, "policy.json");
            File.WriteAllText(good, """{ "name": "五个月", "base": "default", "rules": [ { "deadline": "reply", "kind": "suggestion", "start": "assigned", "months": 5 } ] }""");
            var (code, lines, err) = Run("deadline", "--start", "2026-03-20", "--deadline", "reply", "--policy", good);
            Assert.Equal((0, string.Empty), (code, err));
            Assert.Equal("2026-08-20", lines[0]);

            var bad = Path.Combine(folder.FullName, "bad.json");
            File.WriteAllText(bad, """{ "name": "x", "rules": [ { "deadline": "replies", "kind": "suggestion", "months": 5 } ] }""");
            (code, lines, err) = Run("deadline", "--start", "2026-03-20", "--deadline", "reply", "--policy", bad);
            Assert.Equal(CommandLine.BadInput, code);
            Assert.Empty(lines);
            Assert.Contains("bad.json:1: $.rules[0].deadline:", err, StringComparison.Ordinal);
            Assert.Contains("is not a valid deadline policy", err, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(new[] { "deadline", "--start", "2026-03-20", "--deadline", "answer" }, "--deadline must be reply, complexReply,")]
    [InlineData(new[] { "deadline", "--start", "2026-03-20", "--deadline", "reply", "--kind", "petition" }, "--kind must be suggestion, proposal or motion (value: petition)")]
    [InlineData(new[] { "deadline", "--start", "2026-03-20", "--deadline", "reply", "--months", "3" }, "either a period (--months, --days, --working-days) or --deadline, not both")]
    [InlineData(new[] { "deadline", "--start", "2026-03-20", "--months", "3", "--kind", "proposal" }, "--kind goes with --deadline")]
    [InlineData(new[] { "deadline", "--start", "2026-03-20", "--months", "3", "--policy", "no-such-policy.json" }, "lianluo deadline: cannot read the policy")]
    public void Deadline_BadPolicyArguments_Exit2WithAClearMessage(string[] args, string message)
    {
        var (code, lines, err) = Run(args);
        Assert.Equal(CommandLine.BadInput, code);
        Assert.Empty(lines);
        Assert.Contains(message, err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "deadline", "--months", "3" }, "--start YYYY-MM-DD is required")]
    [InlineData(new[] { "deadline", "--start", "2025-02-30", "--months", "3" }, "--start must be an existing date written YYYY-MM-DD (value: 2025-02-30)")]
    [InlineData(new[] { "deadline", "--start", "2025/02/03", "--months", "3" }, "(value: 2025/02/03)")]
    [InlineData(new[] { "deadline", "--start", "2025-02-03" }, "one of --months N, --days N or --working-days N is required")]
    [InlineData(new[] { "deadline", "--start", "2025-02-03", "--months", "3", "--days", "2" }, "give only one of --months, --days and --working-days")]
    [InlineData(new[] { "deadline", "--start", "2025-02-03", "--months", "-1" }, "--months must be a whole number, 0 or more (value: -1)")]
    [InlineData(new[] { "deadline", "--start", "2025-02-03", "--working-days", "x" }, "--working-days must be a whole number, 0 or more (value: x)")]
    [InlineData(new[] { "deadline", "--start", "2025-02-03", "--months", "3", "--format", "xml" }, "--format must be text or json (value: xml)")]
    [InlineData(new[] { "deadline", "--start", "2025-02-03", "--months", "3", "--colour" }, "unknown option --colour")]
    [InlineData(new[] { "deadline", "--start", "2025-02-03", "--months" }, "--months needs a value")]
    [InlineData(new[] { "deadline", "--start", "2025-02-03", "--start", "2025-02-04", "--months", "3" }, "--start is given more than once")]
    [InlineData(new[] { "deadline", "--start", "9999-12-01", "--months", "3" }, "beyond the year 9999")]
    [InlineData(new[] { "deadline", "--start", "2025-01-01", "--working-days", "2147483647" }, "beyond the year 9999: the period of 2147483647 working days from 2025-01-01 ends after 9999-12-31")]
    public void Deadline_BadArguments_Exit2WithAClearMessage(string[] args, string message)
    {
        var (code, lines, err) = Run(args);
        Assert.Equal(CommandLine.BadInput, code);
        Assert.Empty(lines);
        Assert.Contains(message, err, StringComparison.Ordinal);
        Assert.StartsWith("lianluo deadline: ", err, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadline_BadArguments_ReportsEveryError()
    {
        var (code, _, err) = Run("deadline", "--start", "2025-13-01", "--days", "x", "--format", "csv");
        Assert.Equal(2, code);
        Assert.Contains("--start must be", err, StringComparison.Ordinal);
        Assert.Contains("--days must be", err, StringComparison.Ordinal);
        Assert.Contains("--format must be", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadline_Help_PrintsUsage()
    {
        var (code, lines, _) = Run("deadline", "--help");
        Assert.Equal(0, code);
        Assert.StartsWith("usage: lianluo deadline --start", lines[0], StringComparison.Ordinal);
    }
}
