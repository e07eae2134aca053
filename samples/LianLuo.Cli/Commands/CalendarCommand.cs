using System.Globalization;
using LianLuo.Domain.Calendars;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Cli.Commands;

/// <summary>
/// <c>lianluo calendar DATE [DATE2]</c>: whether a date is a working day or a rest day and why; with two dates, the number of
/// working days after the first up to and including the second (negative when the second is earlier).
/// <c>lianluo calendar --notice FILE [--format text|json] [--output FILE]</c>: the days of a State Council holiday notice,
/// in the china-holidays.json format with <c>--format json</c> (loadable with <c>--calendar FILE</c>).
/// </summary>
public static class CalendarCommand
{
    internal static readonly CommandSpec Spec = new(
        "calendar",
        "usage: lianluo calendar DATE [DATE2] [--calendar FILE] | lianluo calendar --notice FILE [--format text|json] [--output FILE]   (dates as YYYY-MM-DD)",
        """
        With one date: "working day" or "rest day", then why (weekend, holiday, make-up working day, provisional year).
        With two dates: the number of working days after DATE up to and including DATE2 (negative when DATE2 is earlier).
        With --notice: reads the text of a State Council holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知, UTF-8 or
        GB18030) and prints its days; --format json gives calendar additions for --calendar FILE.
        """,
        [
            new("--notice", "FILE", "the text of a State Council holiday notice to read"),
            new("--format", "text|json", "with --notice: the output; default: text"),
            new("--output", "FILE", "with --notice: write the output to FILE instead of standard output"),
            CalendarInput.Option,
        ],
        Positionals: "DATE [DATE2]");

    private static readonly string[] NoticeOnlyOptions = ["--format", "--output"];

    /// <summary>Runs the command with the arguments after <c>calendar</c>; returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var arguments = CommandArguments.Parse(Spec, args);
        var given = arguments.Positionals;
        if (arguments.Mentioned("--notice"))
        {
            return RunNotice(arguments, stdout, stderr);
        }

        foreach (var option in NoticeOnlyOptions.Where(arguments.Mentioned))
        {
            arguments.Error($"{option} goes with --notice FILE only.");
        }

        if (given.Count is < 1 or > 2)
        {
            arguments.Error($"expected one or two dates, got {given.Count.ToString(CultureInfo.InvariantCulture)} argument(s).");
        }

        var dates = given.Take(2).Select((a, i) => arguments.ParseDate(i == 0 ? "DATE" : "DATE2", a)).ToArray();
        if (arguments.Finish(stdout, stderr) is { } exit)
        {
            return exit;
        }

        if (CalendarInput.Load("calendar", arguments["--calendar"], stderr) is not { } calendar)
        {
            return CommandLine.BadInput;
        }

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
            var predicted = pending.All(calendar.PredictedYears.Contains);
            stdout.WriteLine(predicted
                ? $"暂定：{years}年放假安排尚未公布，按周末和法定节假日预测计算，不含调休（provisional: predicted, no notice yet for {years.Replace("、", ", ", StringComparison.Ordinal)}; weekends and statutory days）"
                : $"暂定：{years}年放假安排尚未公布，按周末计算（provisional: no notice yet for {years.Replace("、", ", ", StringComparison.Ordinal)}; weekends only）");
        }

        return CommandLine.Success;
    }

    private static int RunNotice(CommandArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        if (arguments.Positionals.Count > 0)
        {
            arguments.Error($"--notice FILE takes no dates (got {string.Join(" ", arguments.Positionals)}).");
        }

        if (arguments.Mentioned("--calendar"))
        {
            arguments.Error("--calendar goes with dates, not with --notice (the notice's output is what --calendar loads).");
        }

        var format = arguments.Choice("--format", ["text", "json"]);
        if (arguments.Finish(stdout, stderr) is { } exit)
        {
            return exit;
        }

        var file = arguments["--notice"]!;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"lianluo calendar: cannot read the notice {file}: {ex.Message}");
            return CommandLine.BadInput;
        }

        if (!HolidayNoticeParser.TryParse(bytes, out var notice, out var problems))
        {
            foreach (var problem in problems)
            {
                stderr.WriteLine($"{file}:{problem}");
            }

            return CommandLine.BadInput;
        }

        var output = format == "json" ? notice.ToJson() + "\n" : NoticeText(notice);
        if (arguments["--output"] is { } target)
        {
            try
            {
                File.WriteAllText(target, output, new System.Text.UTF8Encoding(false));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.WriteLine($"lianluo calendar: cannot write {target}: {ex.Message}");
                return CommandLine.BadInput;
            }

            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{target}: {notice.Year}年 {notice.OffDays.Count} days off, {notice.WorkDays.Count} make-up working days ({notice.Title})"));
        }
        else
        {
            stdout.Write(output);
        }

        return CommandLine.Success;
    }

    private static string NoticeText(HolidayNotice notice)
    {
        var text = new System.Text.StringBuilder();
        text.Append(notice.Title);
        var details = new[] { notice.DocumentNumber, notice.IssuedOn is { } d ? LocalDatePattern.Iso.Format(d) : null }.Where(x => x is not null).ToArray();
        text.Append(details.Length > 0 ? $"（{string.Join("，", details)}）\n" : "\n");
        text.Append(CultureInfo.InvariantCulture, $"{notice.Year}年：放假{notice.OffDays.Count}天，调休上班{notice.WorkDays.Count}天\n");
        foreach (var item in notice.Items)
        {
            text.Append(item.Label).Append('\n');
            foreach (var (first, last) in Runs(item.OffDays.Select(o => o.Date)))
            {
                var days = Period.Between(first, last, PeriodUnits.Days).Days + 1;
                text.Append(first == last
                    ? $"  放假 {LocalDatePattern.Iso.Format(first)}（{ChineseDayOfWeek(first)}）\n"
                    : string.Create(CultureInfo.InvariantCulture, $"  放假 {LocalDatePattern.Iso.Format(first)}（{ChineseDayOfWeek(first)}）至 {LocalDatePattern.Iso.Format(last)}（{ChineseDayOfWeek(last)}），{days}天\n"));
            }

            foreach (var day in item.WorkDays)
            {
                text.Append(CultureInfo.InvariantCulture, $"  上班 {LocalDatePattern.Iso.Format(day.Date)}（{ChineseDayOfWeek(day.Date)}）\n");
            }
        }

        return text.ToString();
    }

    private static IEnumerable<(LocalDate First, LocalDate Last)> Runs(IEnumerable<LocalDate> dates)
    {
        LocalDate? first = null;
        LocalDate? last = null;
        foreach (var date in dates.Order())
        {
            if (last is { } l && date == l.PlusDays(1))
            {
                last = date;
                continue;
            }

            if (first is { } f && last is { } e)
            {
                yield return (f, e);
            }

            (first, last) = (date, date);
        }

        if (first is { } ff && last is { } ee)
        {
            yield return (ff, ee);
        }
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
