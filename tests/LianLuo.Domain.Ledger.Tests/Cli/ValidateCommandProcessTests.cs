using System.Text;
using LianLuo.TestSupport;
using static LianLuo.Domain.Ledger.Tests.LedgerTestKit;

namespace LianLuo.Domain.Ledger.Tests.Cli;

/// <summary>Runs <c>lianluo validate</c> as a real process (<c>dotnet lianluo.dll</c>), as scripts and offices do.</summary>
public sealed class ValidateCommandProcessTests : IDisposable
{
    private static readonly string ValidLedger = Csv(Row());

    private readonly string directory = Directory.CreateTempSubdirectory("lianluo-validate-").FullName;

    /// <summary>One broken ledger for each kind of error the reader can find in a file.</summary>
    public static TheoryData<LedgerErrorKind, bool, string> BrokenLedgers()
    {
        const string Header = "编号,类别,标题,领衔人,主办单位,交办日期\n";
        var replied = Row().With("答复日期", "2025-05-06").With("办理结果", "A");
        var unsatisfied = Row().With("答复日期", "2025-05-06").With("办理结果", "A").With("反馈日期", "2025-05-20").With("满意度", "不满意");
        return new TheoryData<LedgerErrorKind, bool, string>
        {
            { LedgerErrorKind.MissingColumn, true, "编号,类别,标题,领衔人,交办日期\nJY-1,建议,标题,王伟,2025-03-10\n" },
            { LedgerErrorKind.DuplicateColumn, true, Header.TrimEnd('\n') + ",id\nJY-1,建议,标题,王伟,市教育局,2025-03-10,X\n" },
            { LedgerErrorKind.MissingValue, true, Csv(Row().With("标题", "")) },
            { LedgerErrorKind.UnknownKind, true, Csv(Row().With("类别", "请示")) },
            { LedgerErrorKind.UnknownActivityType, false, "日期,类型\n2025-05-01,茶话会\n" },
            { LedgerErrorKind.UnknownResult, true, Csv(replied.With("办理结果", "D")) },
            { LedgerErrorKind.UnknownSatisfaction, true, Csv(unsatisfied.With("满意度", "一般")) },
            { LedgerErrorKind.BadDate, true, Csv(Row().With("交办日期", "2025-02-30")) },
            { LedgerErrorKind.BadNumber, true, Csv(Row().With("面商人次", "-1")) },
            { LedgerErrorKind.BadBoolean, true, Csv(Row().With("重点", "也许")) },
            { LedgerErrorKind.DuplicateId, true, Csv(Row("JY-1"), Row("JY-1")) },
            { LedgerErrorKind.DuplicateUnit, true, Csv(Row().With("会办单位", "市教育局")) },
            { LedgerErrorKind.ResultWithoutReply, true, Csv(Row().With("办理结果", "A")) },
            { LedgerErrorKind.SatisfactionWithoutReply, true, Csv(Row().With("反馈日期", "2025-05-20").With("满意度", "满意")) },
            { LedgerErrorKind.SatisfactionWithoutFeedbackDate, true, Csv(Row().With("答复日期", "2025-05-06").With("办理结果", "A").With("满意度", "满意")) },
            { LedgerErrorKind.FeedbackDateWithoutSatisfaction, true, Csv(Row().With("答复日期", "2025-05-06").With("办理结果", "A").With("反馈日期", "2025-05-20")) },
            { LedgerErrorKind.ReplyWithoutResult, true, Csv(Row().With("答复日期", "2025-05-06")) },
            { LedgerErrorKind.ReplyBeforeAssignment, true, Csv(Row().With("答复日期", "2025-03-01").With("办理结果", "A")) },
            { LedgerErrorKind.FeedbackBeforeReply, true, Csv(Row().With("答复日期", "2025-05-06").With("办理结果", "A").With("反馈日期", "2025-05-01").With("满意度", "满意")) },
            { LedgerErrorKind.RehandlingWithoutDissatisfaction, true, Csv(Row().With("答复日期", "2025-05-06").With("办理结果", "A").With("反馈日期", "2025-05-20").With("满意度", "满意").With("重办答复日期", "2025-06-01")) },
            { LedgerErrorKind.RereplyBeforeFeedback, true, Csv(Row().With("答复日期", "2025-05-06").With("办理结果", "A").With("反馈日期", "2025-05-20").With("满意度", "不满意").With("重办答复日期", "2025-05-10")) },
            { LedgerErrorKind.ResatisfactionWithoutRereply, true, Csv(Row().With("答复日期", "2025-05-06").With("办理结果", "A").With("反馈日期", "2025-05-20").With("满意度", "不满意").With("重办满意度", "满意")) },
            { LedgerErrorKind.ExtensionNotAfterRegularDeadline, true, Csv(Row().With("延期至", "2025-06-01")) },
            { LedgerErrorKind.ExtensionTooLate, true, Csv(Row().With("延期至", "2025-12-01")) },
            { LedgerErrorKind.DateAfterAsOf, true, Csv(Row().With("交办日期", "2026-02-01")) },
            { LedgerErrorKind.DateAfterAsOf, false, "日期,类型\n2026-02-01,政情通报\n" },
            { LedgerErrorKind.FieldCount, true, Header + "JY-1,建议,标题,王伟,市教育局\n" },
            { LedgerErrorKind.MalformedCsv, true, Header + "JY-1,建议,\"标题\"x,王伟,市教育局,2025-03-10\n" },
            { LedgerErrorKind.BadEncoding, true, Header + "JY-1,建议,\uFFFD,王伟,市教育局,2025-03-10\n" },
            { LedgerErrorKind.NoHeader, false, "\n\n" },
        };
    }

    [Theory]
    [MemberData(nameof(BrokenLedgers))]
    public void Validate_BrokenLedger_ExitsTwoWithEveryErrorOnStandardError(LedgerErrorKind kind, bool isItems, string text)
    {
        var path = Path.Combine(directory, isItems ? "items.csv" : "activities.csv");
        // The bad-encoding ledger is GB18030 (as Excel writes it on a Chinese Windows) with one byte that is invalid there too.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = kind == LedgerErrorKind.BadEncoding
            ? Encoding.GetEncoding(54936).GetBytes(text.Replace("\uFFFD", "\u0001", StringComparison.Ordinal)).Select(b => b == 0x01 ? (byte)0xFF : b).ToArray()
            : Encoding.UTF8.GetBytes(text);
        File.WriteAllBytes(path, bytes);
        var options = new LedgerReadOptions(AsOf);
        var expected = isItems ? LedgerReader.ReadItemsFile(path, options).Errors : LedgerReader.ReadActivitiesFile(path, options).Errors;

        var (exit, stdout, stderr) = Run("validate", isItems ? "--items" : "--activities", path, "--as-of", "2026-01-15");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains(expected, e => e.Kind == kind);
        Assert.All(expected, e => Assert.True(e.Kind == kind || kind == LedgerErrorKind.FieldCount, $"unexpected {e}"));
        Assert.Equal(expected.Select(e => e.ToString()).ToArray(), Lines(stderr));
        Assert.All(Lines(stderr), line => Assert.Matches(@"^.+:\d+: .+: .+ \(.*\)$", line));
    }

    [Fact]
    public void Validate_BundledSample_PrintsOneSummaryLineAndExitsZero()
    {
        var (exit, stdout, stderr) = Run("validate", "--as-of", "2026-01-15");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        var line = Assert.Single(Lines(stdout));
        Assert.StartsWith("valid as of 2026-01-15: 300 items in ", line, StringComparison.Ordinal);
        Assert.Contains(" activities in ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoAsOf_UsesTodayInShanghaiAndTheSampleIsValid()
    {
        var (exit, stdout, _) = Run("validate");

        Assert.Equal(0, exit);
        Assert.Matches(@"^valid as of \d{4}-\d{2}-\d{2}: ", Assert.Single(Lines(stdout)));
    }

    [Fact]
    public void Validate_SampleAsOfMidYear_ReportsTheLaterEvents()
    {
        var (exit, stdout, stderr) = Run("validate", "--as-of", "2025-06-30");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.All(Lines(stderr), line => Assert.Contains("is after the as-of date 2025-06-30", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ValidFileGiven_ChecksOnlyThatFile()
    {
        var path = Path.Combine(directory, "mine.csv");
        File.WriteAllText(path, ValidLedger, new UTF8Encoding(true));

        var (exit, stdout, _) = Run("validate", "--items", path, "--as-of", "2026-01-15");

        Assert.Equal(0, exit);
        Assert.Equal($"valid as of 2026-01-15: 1 items in {path}", Assert.Single(Lines(stdout)));
    }

    [Theory]
    [InlineData("validate", "--as-of", "2026-13-01")]
    [InlineData("validate", "--as-of")]
    [InlineData("validate", "--format", "json")]
    [InlineData("validate", "--items", "/no/such/ledger.csv")]
    public void Validate_BadArguments_ExitTwo(params string[] args)
    {
        var (exit, stdout, stderr) = Run(args);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith("lianluo validate: ", stderr, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    private static (int Exit, string Stdout, string Stderr) Run(params string[] args) => Repository.RunLianLuo(TimeSpan.FromMinutes(1), args);
}
