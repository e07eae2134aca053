using LianLuo.Cli;

namespace LianLuo.Domain.Tests.Cli;

public class CalendarCommandTests
{
    private static (int Code, string[] Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), stderr.ToString());
    }

    [Theory]
    [InlineData("2025-10-01", "rest day", "法定节假日：国庆节、中秋节（2025年通知）")]
    [InlineData("2025-01-26", "working day", "调休上班：春节（2025年通知）")]
    [InlineData("2025-03-01", "rest day", "周末（星期六）")]
    [InlineData("2025-03-03", "working day", "工作日（星期一）")]
    [InlineData("2027-03-06", "rest day", "暂定：2027年放假安排尚未公布")]
    [InlineData("2027-03-08", "working day", "暂定：2027年放假安排尚未公布")]
    public void Calendar_OneDate_FirstLineThenWhy(string date, string first, string why)
    {
        var (code, lines, err) = Run("calendar", date);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, err);
        Assert.Equal(first, lines[0]);
        Assert.Contains(why, lines[1], StringComparison.Ordinal);
        Assert.StartsWith(date, lines[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-09-30", "2025-10-12", "3")]
    [InlineData("2025-10-12", "2025-09-30", "-3")]
    [InlineData("2024-12-31", "2025-12-31", "248")]
    [InlineData("2025-10-01", "2025-10-01", "0")]
    public void Calendar_TwoDates_FirstLineIsTheCount(string a, string b, string expected)
    {
        var (code, lines, _) = Run("calendar", a, b);
        Assert.Equal(0, code);
        Assert.Equal(expected, lines[0]);
        Assert.DoesNotContain(lines, l => l.StartsWith("暂定", StringComparison.Ordinal));
    }

    [Fact]
    public void Calendar_TwoDatesIntoUnannouncedYear_SaysProvisional()
    {
        var (_, lines, _) = Run("calendar", "2026-12-01", "2027-01-10");
        Assert.Equal("27", lines[0]); // 2027-01-01 is a predicted 元旦
        Assert.Contains("predicted, no notice yet for 2027", lines[^1], StringComparison.Ordinal);
        Assert.StartsWith("暂定：2027年放假安排尚未公布", lines[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "calendar" }, "expected one or two dates, got 0")]
    [InlineData(new[] { "calendar", "2025-01-01", "2025-01-02", "2025-01-03" }, "expected one or two dates, got 3")]
    [InlineData(new[] { "calendar", "2025-02-29" }, "DATE must be an existing date written YYYY-MM-DD (value: 2025-02-29)")]
    [InlineData(new[] { "calendar", "2025-01-01", "tomorrow" }, "DATE2 must be an existing date written YYYY-MM-DD (value: tomorrow)")]
    public void Calendar_BadArguments_Exit2WithAClearMessage(string[] args, string message)
    {
        var (code, lines, err) = Run(args);
        Assert.Equal(CommandLine.BadInput, code);
        Assert.Empty(lines);
        Assert.Contains(message, err, StringComparison.Ordinal);
    }
}
