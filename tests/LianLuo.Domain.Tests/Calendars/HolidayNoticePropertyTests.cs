using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LianLuo.Domain.Calendars;
using NodaTime;

namespace LianLuo.Domain.Tests.Calendars;

/// <summary>How an item is written: the weekday words, the range word, whether 农历 is annotated, and the closing words.</summary>
public sealed record NoticeStyle(string WeekdayPrefix, string RangeWord, bool DayOnlyEnd, bool Lunar, bool Count, bool AdjustedWord, bool MonthOnWorkDays, bool Markers);

/// <summary>One generated holiday: a run of days off (possibly crossing into a new month) and its make-up days.</summary>
public sealed record GeneratedHoliday(string Name, LocalDate First, int Length, IReadOnlyList<LocalDate> WorkDays)
{
    public IEnumerable<LocalDate> OffDays => Enumerable.Range(0, Length).Select(First.PlusDays);

    public override string ToString() => $"{Name} {First}+{Length} worked [{string.Join(", ", WorkDays)}]";
}

/// <summary>A generated notice: its year, holidays in date order (the first may start in the December before) and its style.</summary>
public sealed record GeneratedNotice(int Year, IReadOnlyList<GeneratedHoliday> Holidays, NoticeStyle Style)
{
    public override string ToString() => $"{Year}: {string.Join("; ", Holidays)} {Style}";
}

public static class NoticeArbitraries
{
    private static readonly string[] Names = ["元旦", "春节", "清明节", "劳动节", "端午节", "国庆节、中秋节"];

    public static Arbitrary<GeneratedNotice> Notices() =>
        (from year in Gen.Choose(2008, 2090)
         from count in Gen.Choose(1, Names.Length)
         from starts in Gen.Choose(0, 40).ArrayOf(count)
         from lengths in Gen.Choose(1, 9).ArrayOf(count)
         from picks in Gen.Choose(0, 3).ArrayOf(count)
         from style in Styles()
         select Build(year, starts, lengths, picks, style)).ToArbitrary();

    private static Gen<NoticeStyle> Styles() =>
        from weekday in Gen.Elements("星期", "周", string.Empty)
        from range in Gen.Elements("至", "—")
        from dayOnly in Gen.Elements(true, false)
        from lunar in Gen.Elements(true, false)
        from count in Gen.Elements(true, false)
        from adjusted in Gen.Elements(true, false)
        from month in Gen.Elements(true, false)
        from markers in Gen.Elements(true, false)
        select new NoticeStyle(weekday, range, dayOnly, lunar, count, adjusted, month, markers);

    // Holiday k lives in its own two-month slot (元旦 from 26 December), so that no two holidays overlap.
    private static GeneratedNotice Build(int year, int[] starts, int[] lengths, int[] picks, NoticeStyle style)
    {
        var holidays = new List<GeneratedHoliday>();
        for (var k = 0; k < starts.Length; k++)
        {
            var slot = k == 0 ? new LocalDate(year - 1, 12, 26) : new LocalDate(year, (2 * k) + 1, 1);
            var first = slot.PlusDays(k == 0 ? starts[k] % 6 : starts[k]);
            var length = k == 0 ? Math.Min(lengths[k], 3) : lengths[k];
            var last = first.PlusDays(length - 1);

            // Make-up days: weekend days of the week before and the week after, as many as picked.
            var candidates = Enumerable.Range(1, 7).Select(i => first.PlusDays(-i))
                .Concat(Enumerable.Range(1, 7).Select(last.PlusDays))
                .Where(d => d.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
                .Where(d => d.Year == year || (d.Year == year - 1 && d.Month == 12))
                .Order()
                .ToList();
            var work = candidates.Where((_, i) => ((picks[k] >> (i % 2)) & 1) == 1 && i < 2 * picks[k]).Take(3).ToList();
            holidays.Add(new GeneratedHoliday(Names[k], first, length, work));
        }

        return new GeneratedNotice(year, holidays, style);
    }
}

[Properties(Arbitrary = [typeof(NoticeArbitraries)])]
public class HolidayNoticePropertyTests
{
    private const string Weekdays = "一二三四五六日";
    private static readonly string[] LunarMonths = ["正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊"];

    [Property]
    public bool Parse_RenderedNotice_GivesBackTheArrangement(GeneratedNotice generated)
    {
        var text = Render(generated);
        if (!HolidayNoticeParser.TryParse(text, out var notice, out var problems))
        {
            throw new InvalidOperationException($"{text}\n{string.Join("\n", problems)}");
        }

        var expectedOff = generated.Holidays.SelectMany(h => h.OffDays.Select(d => new ArrangedDay(d, h.Name))).OrderBy(d => d.Date);
        var expectedWork = generated.Holidays.SelectMany(h => h.WorkDays.Select(d => new ArrangedDay(d, h.Name))).OrderBy(d => d.Date);
        return notice.Year == generated.Year && notice.OffDays.SequenceEqual(expectedOff) && notice.WorkDays.SequenceEqual(expectedWork);
    }

    [Property]
    public bool Parse_RenderedNoticeWithOneWeekdayWrong_IsRefusedNamingTheItem(GeneratedNotice generated)
    {
        var style = generated.Style with { WeekdayPrefix = "周", Lunar = false };
        var holiday = generated.Holidays[^1];
        var wrong = holiday.First.PlusDays(1);
        var good = $"{Date(holiday.First, null, generated.Year)}（周{Weekdays[(int)holiday.First.DayOfWeek - 1]}）";
        var bad = $"{Date(holiday.First, null, generated.Year)}（周{Weekdays[(int)wrong.DayOfWeek - 1]}）";
        var text = Render(generated with { Style = style }).Replace(good, bad, StringComparison.Ordinal);
        return !HolidayNoticeParser.TryParse(text, out _, out var problems)
            && problems.Any(p => p.Item.EndsWith(holiday.Name, StringComparison.Ordinal) && p.Reason.Contains("but the notice says 周", StringComparison.Ordinal));
    }

    private static string Render(GeneratedNotice notice)
    {
        var items = notice.Holidays.Select((h, i) => $"{HolidayNoticeParser.ChineseNumber(i + 1)}、{h.Name}：{RenderItem(h, notice.Year, notice.Style)}");
        return $"国务院办公厅关于{notice.Year}年部分节假日安排的通知\n国办发明电〔{notice.Year - 1}〕9号\n\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n\n"
            + $"经国务院批准，现将{notice.Year}年元旦、春节等放假调休日期的具体安排通知如下。\n\n{string.Join("\n\n", items)}\n\n"
            + $"节假日期间，各地区、各部门要妥善安排好值班工作。\n\n国务院办公厅\n{notice.Year - 1}年11月20日\n";
    }

    private static string RenderItem(GeneratedHoliday holiday, int year, NoticeStyle style)
    {
        var first = holiday.First;
        var last = holiday.OffDays.Last();
        string text;
        if (holiday.Length == 1)
        {
            text = style.Markers ? $"{Date(first, null, year)}{Note(first, style)}放假，与周末连休" : $"{Date(first, null, year)}{Note(first, style)}放假1天";
        }
        else
        {
            var end = style.DayOnlyEnd && last.Month == first.Month && last.Year == first.Year ? $"{last.Day}日" : Date(last, first, year);
            text = $"{Date(first, null, year)}{Note(first, style)}{style.RangeWord}{end}{Note(last, style)}{(style.AdjustedWord ? "放假调休" : "放假")}";
            if (style.Count)
            {
                text += $"，共{holiday.Length}天";
            }
        }

        text += "。";
        if (holiday.WorkDays.Count > 0)
        {
            LocalDate? previous = null;
            var parts = new List<string>();
            foreach (var day in holiday.WorkDays)
            {
                var date = !style.MonthOnWorkDays && previous is { } p && p.Month == day.Month && p.Year == day.Year ? $"{day.Day}日" : Date(day, previous, year);
                parts.Add($"{date}（{(style.WeekdayPrefix.Length == 0 ? "星期" : style.WeekdayPrefix)}{Weekdays[(int)day.DayOfWeek - 1]}）");
                previous = day;
            }

            text += $"{string.Join("、", parts)}上班。";
        }
        else if (style.Markers)
        {
            text += "不调休。";
        }

        return text;
    }

    // A date as a notice writes it: the year only when it is not the notice year (or follows a date of another year).
    private static string Date(LocalDate date, LocalDate? previous, int year) =>
        date.Year != year || (previous is { } p && p.Year != date.Year) ? $"{date.Year}年{date.Month}月{date.Day}日" : $"{date.Month}月{date.Day}日";

    private static string Note(LocalDate date, NoticeStyle style)
    {
        var parts = new List<string>();
        if (style.Lunar && date.Year <= 2100)
        {
            var (month, day, leap) = LunarDates.ToLunar(date);
            if (!leap)
            {
                parts.Add($"农历{LunarMonths[month - 1]}月{LunarDay(day)}");
            }
        }

        if (style.WeekdayPrefix.Length > 0)
        {
            parts.Add($"{style.WeekdayPrefix}{Weekdays[(int)date.DayOfWeek - 1]}");
        }

        return parts.Count == 0 ? string.Empty : $"（{string.Join("、", parts)}）";
    }

    private static string LunarDay(int day) => day switch
    {
        <= 10 => "初" + HolidayNoticeParser.ChineseNumber(day),
        20 => "二十",
        30 => "三十",
        _ => HolidayNoticeParser.ChineseNumber(day),
    };
}
