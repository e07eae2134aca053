using System.Text;
using LianLuo.Cli.Commands;
using LianLuo.Domain.Tests.Serialization;
using NodaTime;
using NodaTime.Testing;

namespace LianLuo.Domain.Tests.Cli;

/// <summary><c>lianluo convert</c> both ways, and <c>report|score|validate --items FILE.json</c>.</summary>
public sealed class ConvertCommandTests : IDisposable
{
    private const string Items = """
        编号,类别,标题,领衔人,主办单位,会办单位,交办日期,答复日期,办理结果,反馈日期,满意度,面商人次,电话邮件人次
        J1,建议,关于改善校园周边交通的建议,王代表,市教育局,市公安局,2025-03-03,2025-05-20,A,2025-06-01,满意,1,2
        J2,建议,关于增加学位供给的建议,赵代表,市教育局,,2025-03-03,2025-06-04,B,,,,
        T1,提案,关于加强养老服务的提案,李委员,市民政局,,2025-03-03,,,,,,
        """;

    private const string Activities = """
        日期,类型,主题,领导人次,代表委员人次
        2025-04-10,专题协商,营商环境,3,12
        """;

    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 1, 14, 18, 0));

    private readonly string folder = Directory.CreateTempSubdirectory("lianluo-convert-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private static (int Code, string Out, string Err) Run(Func<IReadOnlyList<string>, TextWriter, TextWriter, IClock, int> command, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = command(args, stdout, stderr, Clock);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Convert_LedgerToDocument_ReportsTheSameFigures()
    {
        var items = Write("items.csv", Items);
        var activities = Write("activities.csv", Activities);
        var output = Path.Combine(folder, "items.json");

        var (code, stdout, stderr) = Run(ConvertCommand.Run, "--items", items, "--activities", activities, "--output", output);

        Assert.Equal((0, string.Empty), (code, stderr));
        Assert.Equal($"wrote {output}: 3 items, 1 activities\n", stdout.ReplaceLineEndings("\n"));
        var fromLedger = Run(ReportCommand.Run, "--items", items, "--activities", activities, "--format", "json");
        var fromDocument = Run(ReportCommand.Run, "--items", output, "--format", "json"); // activities from the document
        Assert.Equal(0, fromDocument.Code);
        Assert.Equal(fromLedger.Out, fromDocument.Out);
        Assert.Equal(Run(ScoreCommand.Run, "--items", items, "--format", "json").Out, Run(ScoreCommand.Run, "--items", output, "--format", "json").Out);
    }

    [Fact]
    public void Convert_DocumentToLedger_GivesTheLedgerBack()
    {
        var items = Write("items.csv", Items);
        var json = Path.Combine(folder, "items.json");
        Assert.Equal(0, Run(ConvertCommand.Run, "--items", items, "--output", json).Code);
        var csv = Path.Combine(folder, "back.csv");

        var (code, _, stderr) = Run(ConvertCommand.Run, "--items", json, "--output", csv);

        Assert.Equal((0, string.Empty), (code, stderr));
        Assert.Equal(Run(ReportCommand.Run, "--items", items, "--format", "json").Out, Run(ReportCommand.Run, "--items", csv, "--format", "json").Out);
    }

    [Fact]
    public void Convert_DocumentALedgerCannotHold_NamesEachItem()
    {
        const string separate = """
            {"schemaVersion": 1, "items": [
              {"id": "F1", "kind": "proposal", "title": "关于优化公交线路的提案", "proposer": "李四", "events": [
                {"type": "assigned", "date": "2025-03-03", "units": [{"unit": "市交通局", "role": "separate"}, {"unit": "市公安局", "role": "separate"}]}]},
              {"id": "J1", "kind": "suggestion", "title": "关于加强校园周边交通安全管理的建议", "proposer": "张三", "events": [
                {"type": "assigned", "date": "2025-03-03", "units": [{"unit": "市教育局", "role": "lead"}]}]}
            ]}
            """;
        var document = Write("spec.json", separate);
        var output = Path.Combine(folder, "out.csv");

        var (code, _, stderr) = Run(ConvertCommand.Run, "--items", document, "--output", output, "--lenient");
        Assert.Equal(2, Run(ConvertCommand.Run, "--items", Write("spec2.json", ItemDocumentReaderTests.SpecExample), "--output", output).Code);

        Assert.Equal(0, code);
        Assert.Contains("item F1 cannot be written to a ledger: it is handled separately (分办) by 市交通局、市公安局", stderr, StringComparison.Ordinal);
        Assert.Contains("J1,", File.ReadAllText(output), StringComparison.Ordinal);
        Assert.DoesNotContain("F1,", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DocumentWithErrors_PrintsFileLinePathReasonValueAndExits2()
    {
        var bad = ItemDocumentReaderTests.SpecExample.Replace("\"persons\": 2", "\"persons\": 0", StringComparison.Ordinal);
        var document = Write("bad.json", bad);

        var (code, _, stderr) = Run(ValidateCommand.Run, "--items", document);

        Assert.Equal(2, code);
        Assert.Equal($"{document}:15: $.items[0].events[3].persons: 'persons' must be a whole number of at least 1 (0)\n", stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Validate_DocumentByContent_IsReadAsADocument()
    {
        var document = Write("items.txt", ItemDocumentReaderTests.SpecExample);

        var (code, stdout, _) = Run(ValidateCommand.Run, "--items", document);

        Assert.Equal(0, code);
        Assert.Contains("1 items in", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_MissingOutput_IsAnArgumentError()
    {
        var (code, _, stderr) = Run(ConvertCommand.Run, "--items", "x.csv");

        Assert.Equal(2, code);
        Assert.Contains("--output", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_BadPolicy_PrintsEveryProblemWithFileAndLineAndExits2()
    {
        var policy = Write("policy.json", "{\n  \"rules\": [\n    { \"deadline\": \"reply\", \"weeks\": 3 }\n  ]\n}\n");

        var (code, _, stderr) = Run(ReportCommand.Run, "--items", Write("items.csv", Items), "--policy", policy);

        Assert.Equal(2, code);
        Assert.StartsWith($"{policy}:3: $.rules[0].weeks: unknown member 'weeks'", stderr, StringComparison.Ordinal);
        Assert.Contains($"{policy}:3: $.rules[0]: a rule needs its length", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_PolicyFromReceipt_JudgesOnTheSameEngine()
    {
        // A policy of 1 month from 交办 makes J1 (replied 2025-05-20, assigned 03-03) late, so the timeliness indicator falls.
        var policy = Write("policy.json", """{ "rules": [ { "deadline": "reply", "months": 1 }, { "deadline": "complexReply", "months": 1 } ] }""");
        var items = Write("items.csv", Items);

        var strict = Run(ScoreCommand.Run, "--items", items, "--format", "json", "--policy", policy);
        var loose = Run(ScoreCommand.Run, "--items", items, "--format", "json");

        Assert.Equal(0, strict.Code);
        Assert.NotEqual(loose.Out, strict.Out);
    }
}
