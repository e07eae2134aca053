using System.Globalization;
using LianLuo.Domain.Calendars;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Cli.Commands;

/// <summary>
/// <c>lianluo calendar DATE [DATE2]</c>: whether a date is a working day or a rest day and why; with two dates, the number of
/// working days after the first up to and including the second (negative when the second is earlier).
/// </summary>
public static class CalendarCommand
{
    internal static readonly CommandSpec Spec = new(
        "calendar",
        "usage: lianluo calendar DATE [DATE2]   (dates as YYYY-MM-DD)",
        """
        With one date: "working day" or "rest day", then why (weekend, holiday, make-up working day, provisional year).
        With two dates: the number of working days after DATE up to and including DATE2 (negative when DATE2 is earlier).
        """,
        [],
        Positionals: "DATE [DATE2]");

    /// <summary>Runs the command with the arguments after <c>calendar</c>; returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var arguments = CommandArguments.Parse(Spec, args);
        var given = arguments.Positionals;
        if (given.Count is < 1 or > 2)
        {
            arguments.Error($"expected one or two dates, got {given.Count.ToString(CultureInfo.InvariantCulture)} argument(s).");
        }

        var dates = given.Take(2).Select((a, i) => arguments.ParseDate(i == 0 ? "DATE" : "DATE2", a)).ToArray();
        if (arguments.Finish(stdout, stderr) is { } exit)
        {
            return exit;
        }

        var calendar = WorkingCalendar.China;
        if (dates.Length == 1)
        {
            var day = calendar.Describe(dates[0]!.Value);
            stdout.WriteLine(day.IsWorkingDay ? "working day" : "rest day");
            stdout.WriteLine($"{LocalDatePattern.Iso.Format(day.Date)}（{ChineseDayOfWeek(day.Date)}）：{day.ReasonChinese}");
            stdout.WriteLine($"{LocalDatePattern.Iso.Format(day.Date)} ({day.Date.DayOfWeek}): {day.ReasonEnglish}");
            return CommandLine.Success;
        }

        var (start, end) = (dates[0]!.Value, dates[1]!.Value);
        var count = calendar.WorkingDaysBetween(start, end);
        stdout.WriteLine(count.ToString(CultureInfo.InvariantCulture));
        var (from, to) = start <= end ? (start, end) : (end, start);
        stdout.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"自{LocalDatePattern.Iso.Format(from)}（不含）至{LocalDatePattern.Iso.Format(to)}（含）共{Math.Abs(count)}个工作日{(start > end ? "，第二个日期较早，取负数" : string.Empty)}"));
        stdout.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{Math.Abs(count)} working day(s) after {LocalDatePattern.Iso.Format(from)} up to and including {LocalDatePattern.Iso.Format(to)}{(start > end ? "; negative because the second date is earlier" : string.Empty)}"));
        var pending = from < to ? calendar.PendingNoticeYears(from.PlusDays(1), to) : [];
        if (pending.Count > 0)
        {
            var years = string.Join("、", pending.Select(y => y.ToString(CultureInfo.InvariantCulture)));
            stdout.WriteLine($"暂定：{years}年放假安排尚未公布，按周末计算（provisional: no notice yet for {years.Replace("、", ", ", StringComparison.Ordinal)}; weekends only）");
        }

        return CommandLine.Success;
    }

    private static string ChineseDayOfWeek(LocalDate date) => date.DayOfWeek switch
    {
        IsoDayOfWeek.Monday => "星期一",
        IsoDayOfWeek.Tuesday => "星期二",
        IsoDayOfWeek.Wednesday => "星期三",
        IsoDayOfWeek.Thursday => "星期四",
        IsoDayOfWeek.Friday => "星期五",
        IsoDayOfWeek.Saturday => "星期六",
        _ => "星期日",
    };
}
