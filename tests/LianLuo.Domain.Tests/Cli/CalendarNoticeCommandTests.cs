using LianLuo.Cli;
using LianLuo.Domain.Calendars;

namespace LianLuo.Domain.Tests.Cli;

public sealed class CalendarNoticeCommandTests : IDisposable
{
    // An invented 2027 notice in the style of 2026 (the real one is not out): 春节 from 除夕 2027-02-05 for 9 days.
    private const string Notice2027 = """
        国务院办公厅关于2027年部分节假日安排的通知
        国办发明电〔2026〕9号

        各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

        经国务院批准，现将2027年元旦、春节等放假调休日期的具体安排通知如下。

        一、元旦：1月1日（周五）至3日（周日）放假，共3天。

        二、春节：2月5日（农历除夕、周五）至13日（农历正月初八、周六）放假调休，共9天。1月31日（周日）、2月20日（周六）上班。

        国务院办公厅
        2026年11月20日
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("lianluo-notice-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Notice_Json_GivesTheEmbeddedYear()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Calendars", "Notices", "2026.txt");
        var (code, output, err) = Run("calendar", "--notice", file, "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, err);
        var loaded = WorkingCalendar.FromJson(output);
        Assert.Equal(
            WorkingCalendar.China.GetNoticeYear(2026)!.Value.OffDays.Select(d => d.ToString()),
            loaded.GetNoticeYear(2026)!.Value.OffDays.Select(d => d.ToString()));
    }

    [Fact]
    public void Notice_Text_ListsEachItemWithItsRanges()
    {
        var (code, output, _) = Run("calendar", "--notice", Write("2027.txt", Notice2027));
        Assert.Equal(0, code);
        Assert.Contains("2027年：放假12天，调休上班2天", output, StringComparison.Ordinal);
        Assert.Contains("  放假 2027-02-05（星期五）至 2027-02-13（星期六），9天", output, StringComparison.Ordinal);
        Assert.Contains("  上班 2027-01-31（星期日）", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Notice_OutputThenCalendar_UpdatesEveryDeadlineInOneCommand()
    {
        var json = Path.Combine(folder, "2027.json");
        var (code, output, _) = Run("calendar", "--notice", Write("2027.txt", Notice2027), "--format", "json", "--output", json);
        Assert.Equal(0, code);
        Assert.Contains("12 days off, 2 make-up working days", output, StringComparison.Ordinal);

        var (before, after) = (Run("deadline", "--start", "2027-01-29", "--working-days", "10", "--format", "json"), Run("deadline", "--start", "2027-01-29", "--working-days", "10", "--format", "json", "--calendar", json));
        Assert.Contains("\"provisional\": true", before.Out, StringComparison.Ordinal);
        Assert.Contains("\"provisional\": false", after.Out, StringComparison.Ordinal);
        Assert.Contains("\"deadline\": \"2027-02-19\"", after.Out, StringComparison.Ordinal); // 01-31 worked, 02-05..02-13 off
        Assert.Equal("working day", Run("calendar", "2027-01-31", "--calendar", json).Out.Split('\n')[0]);
    }

    [Fact]
    public void Notice_WrongWeekday_IsRefusedAsFileLineItemReason()
    {
        var file = Write("bad.txt", Notice2027.Replace("1月31日（周日）", "1月31日（周六）", StringComparison.Ordinal));
        var (code, output, err) = Run("calendar", "--notice", file);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"{file}:10: 二、春节: 2027-01-31 is a Sunday (星期日), but the notice says 周六 (1月31日（周六）)", err.TrimEnd());
    }

    [Theory]
    [InlineData("calendar", "2027-02-01")]
    [InlineData("deadline", "--start", "2027-02-01", "--days", "3")]
    [InlineData("report")]
    [InlineData("score")]
    [InlineData("validate")]
    public void Calendar_InvalidAdditions_AreRefusedAsFileLinePathReasonOnEveryCommand(params string[] args)
    {
        var file = Write("bad.json", "{\"years\": {\"2027\": {\n  \"offDays\": [],\n  \"workDays\": [{\"date\": \"2027-02-08\", \"name\": \"春节\"}]}}}");
        var (code, _, err) = Run([.. args, "--calendar", file]);
        Assert.Equal(2, code);
        Assert.Equal($"{file}:3: years.2027.workDays[0]: 2027-02-08 is a Monday; a make-up working day (调休上班) must be a Saturday or a Sunday.", err.TrimEnd());
    }

    [Fact]
    public void Calendar_FormatWithoutNotice_IsAnArgumentError()
    {
        var (code, _, err) = Run("calendar", "2027-02-01", "--format", "json");
        Assert.Equal(2, code);
        Assert.Contains("--format goes with --notice FILE only.", err, StringComparison.Ordinal);
    }
}
