using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LianLuo.Domain.Model;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Domain.Calendars;

/// <summary>
/// Reads the text of a State Council holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知) as published — title, 文号,
/// salutation, preamble, one numbered item per holiday, closing, signature and date — and returns every day it arranges,
/// or every problem found: nothing it cannot read is skipped. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Only the numbered items arrange days (a preamble restating the holiday rules, as in 2025, is not read). An item is read
/// sentence by sentence (。) and clause by clause (，；), and each clause must be one of: days off (<c>2月10日至17日放假调休</c>,
/// <c>1月1日（周三）放假1天</c>, <c>12月30日至2019年1月1日放假</c>, <c>4月7日（星期一）补休</c>), make-up working days
/// (<c>2月2日（星期六）、2月3日（星期日）上班</c>), a count checked against the days off (<c>共8天</c>), a marker (<c>与周末连休</c>:
/// the weekend so joined is not listed; <c>不调休</c>: no make-up day), or an explanation of the 2007-2008 kind
/// (<c>其中，1月1日（星期二）为法定节假日，12月29日（星期六）公休日调至12月31日（星期一）</c>) whose dates must be days the item
/// arranges. A sentence with 鼓励 (an encouragement, e.g. to rest on 除夕 in 2024) arranges nothing.
/// </para>
/// <para>
/// Dates: a day without a month takes the month and year of the date before it (<c>2月4日至10日</c>); a December date without a
/// year in a 元旦 item belongs to the year before the notice; any other date without a year to the notice year. Words in
/// brackets after a date are checked against it: weekdays (星期六, 周日) and 农历 dates (农历腊月二十八, 除夕, 正月初六,
/// 除夕至正月初六 after a range). A notice whose bracketed weekday or 农历 date disagrees with the date is refused, naming the item.
/// </para>
/// <para>
/// The notice as a whole is refused when a day is both off and worked, is listed by two items, a make-up working day is not
/// a Saturday or Sunday, or a date lies outside the notice year and the December before.
/// </para>
/// </remarks>
public static partial class HolidayNoticeParser
{
    private const string Placeholder = "◆";

    private static readonly string[] LunarMonths = ["正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊"];

    /// <summary>Reads a notice from its bytes: UTF-8 (with or without BOM), or GB18030 when the bytes are not valid UTF-8.</summary>
    /// <exception cref="CalendarDataException">The notice cannot be read; every problem is listed.</exception>
    public static HolidayNotice Parse(ReadOnlySpan<byte> bytes) =>
        TryParse(bytes, out var notice, out var problems) ? notice : throw new CalendarDataException(problems.Select(p => p.ToCalendarProblem()));

    /// <summary>Reads a notice from its text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="CalendarDataException">The notice cannot be read; every problem is listed.</exception>
    public static HolidayNotice Parse(string text) =>
        TryParse(text, out var notice, out var problems) ? notice : throw new CalendarDataException(problems.Select(p => p.ToCalendarProblem()));

    /// <summary>Like <see cref="Parse(ReadOnlySpan{byte})"/>, but returns every problem instead of throwing.</summary>
    public static bool TryParse(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out HolidayNotice? notice, out IReadOnlyList<HolidayNoticeProblem> problems)
    {
        if (Decode(bytes) is { } text)
        {
            return TryParse(text, out notice, out problems);
        }

        notice = null;
        problems = [new HolidayNoticeProblem(0, "(file)", "the bytes are neither UTF-8 nor GB18030 text", $"{bytes.Length.ToString(CultureInfo.InvariantCulture)} bytes")];
        return false;
    }

    /// <summary>Like <see cref="Parse(string)"/>, but returns every problem instead of throwing.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool TryParse(string text, [NotNullWhen(true)] out HolidayNotice? notice, out IReadOnlyList<HolidayNoticeProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<HolidayNoticeProblem>();
        notice = ParseNotice(text, found);
        problems = found;
        if (found.Count > 0)
        {
            notice = null;
        }

        return notice is not null;
    }

    /// <summary>一 … 九十九 for 1 … 99 (the numbering of items).</summary>
    internal static string ChineseNumber(int n)
    {
        const string Digits = "〇一二三四五六七八九";
        if (n is < 1 or > 99)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        if (n < 10)
        {
            return Digits[n].ToString();
        }

        var tens = n / 10;
        var units = n % 10;
        return (tens == 1 ? string.Empty : Digits[tens].ToString()) + "十" + (units == 0 ? string.Empty : Digits[units].ToString());
    }

    /// <summary>The value of 一 … 九十九 or of ASCII digits; null when the text is neither.</summary>
    internal static int? ParseNumber(string text)
    {
        if (text.Length > 0 && text.All(char.IsAsciiDigit))
        {
            return text.Length <= 4 ? int.Parse(text, CultureInfo.InvariantCulture) : null;
        }

        const string Digits = "〇一二三四五六七八九";
        if (text.Length == 0 || text.Length > 3)
        {
            return null;
        }

        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return text.Length == 1 && Digits.IndexOf(text[0], StringComparison.Ordinal) is var d and > 0 ? d : text == "两" ? 2 : null;
        }

        var tens = ten == 0 ? 1 : ten == 1 && Digits.IndexOf(text[0], StringComparison.Ordinal) is var t and > 1 ? t : -1;
        var rest = text[(ten + 1)..];
        var units = rest.Length == 0 ? 0 : rest.Length == 1 && Digits.IndexOf(rest[0], StringComparison.Ordinal) is var u and > 0 ? u : -1;
        return tens < 0 || units < 0 ? null : (tens * 10) + units;
    }

    /// <summary>UTF-8 (BOM stripped) when valid, else GB18030 when valid, else null.</summary>
    internal static string? Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
        }

        try
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static HolidayNotice? ParseNotice(string text, List<HolidayNoticeProblem> problems)
    {
        var lines = text.Split('\n').Select((l, i) => (Line: i + 1, Text: Clean(l))).Where(l => l.Text.Length > 0).ToList();
        if (lines.Count == 0)
        {
            problems.Add(new HolidayNoticeProblem(0, "(file)", "the text is empty; a notice starts with its title 国务院办公厅关于YYYY年部分节假日安排的通知", string.Empty));
            return null;
        }

        var (titleLine, title) = lines[0];
        var titleMatch = TitleRegex().Match(title);
        if (!titleMatch.Success)
        {
            problems.Add(new HolidayNoticeProblem(titleLine, "title", "the first line must be the title 国务院办公厅关于YYYY年部分节假日安排的通知, which names the notice year", title));
            return null;
        }

        var year = int.Parse(titleMatch.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < 1949 or > 2100)
        {
            problems.Add(new HolidayNoticeProblem(titleLine, "title", "the notice year must be from 1949 to 2100", title));
            return null;
        }

        var index = 1;
        string? documentNumber = null;
        if (index < lines.Count && DocumentNumberRegex().IsMatch(lines[index].Text))
        {
            documentNumber = lines[index++].Text;
        }

        string? salutation = null;
        if (index < lines.Count && !ItemRegex().IsMatch(lines[index].Text) && (lines[index].Text.EndsWith('：') || lines[index].Text.EndsWith(':')) && lines[index].Text.StartsWith('各'))
        {
            salutation = lines[index++].Text;
        }

        var items = new List<HolidayNoticeItem>();
        string? issuer = null;
        LocalDate? issuedOn = null;
        for (; index < lines.Count; index++)
        {
            var (lineNumber, line) = lines[index];
            var match = ItemRegex().Match(line);
            if (match.Success)
            {
                var number = ParseNumber(match.Groups["num"].Value) ?? 0;
                var heading = match.Groups["heading"].Value;
                var label = $"{match.Groups["num"].Value}、{heading}";
                if (number != items.Count + 1)
                {
                    problems.Add(new HolidayNoticeProblem(lineNumber, label, $"items must be numbered in order; expected {ChineseNumber(items.Count + 1)}、", line));
                }

                var item = new ItemReader(year, number, heading, label, lineNumber, problems).Read(match.Groups["body"].Value);
                items.Add(item);
                continue;
            }

            if (items.Count == 0)
            {
                continue; // the preamble: it may restate the holiday rules, with dates that arrange nothing
            }

            if (IssuerRegex().IsMatch(line))
            {
                issuer = line;
                continue;
            }

            var dateMatch = IssuedOnRegex().Match(line);
            if (dateMatch.Success)
            {
                var parsed = LocalDatePattern.CreateWithInvariantCulture("uuuu'年'M'月'd'日'").Parse(line);
                if (parsed.Success)
                {
                    issuedOn = parsed.Value;
                }
                else
                {
                    problems.Add(new HolidayNoticeProblem(lineNumber, "date", "the date under the signature must be an existing date", line));
                }

                continue;
            }

            if (LooseDateRegex().IsMatch(line) && !line.Contains("鼓励", StringComparison.Ordinal))
            {
                problems.Add(new HolidayNoticeProblem(lineNumber, "after the items", "a paragraph after the numbered items names a date; every arrangement must be inside a numbered item (一、元旦：…)", line));
            }
        }

        if (items.Count == 0)
        {
            problems.Add(new HolidayNoticeProblem(titleLine, "items", "the notice has no numbered item (一、元旦：…); nothing to read", title));
            return null;
        }

        CheckNotice(year, items, problems);
        return new HolidayNotice(year, title, documentNumber, salutation, [.. items], issuer, issuedOn);
    }

    private static void CheckNotice(int year, List<HolidayNoticeItem> items, List<HolidayNoticeProblem> problems)
    {
        var offBy = new Dictionary<LocalDate, HolidayNoticeItem>();
        foreach (var item in items)
        {
            foreach (var day in item.OffDays)
            {
                if (offBy.TryGetValue(day.Date, out var other) && other != item)
                {
                    problems.Add(new HolidayNoticeProblem(item.Line, item.Label, $"{Iso(day.Date)} is made a day off by item {other.Label} too", item.Text));
                }

                offBy.TryAdd(day.Date, item);
            }
        }

        var workBy = new Dictionary<LocalDate, HolidayNoticeItem>();
        foreach (var item in items)
        {
            foreach (var day in item.WorkDays)
            {
                if (offBy.TryGetValue(day.Date, out var offItem))
                {
                    problems.Add(new HolidayNoticeProblem(item.Line, item.Label, $"{Iso(day.Date)} is made a working day here and a day off by item {offItem.Label}; a day cannot be both", item.Text));
                }

                if (workBy.TryGetValue(day.Date, out var other) && other != item)
                {
                    problems.Add(new HolidayNoticeProblem(item.Line, item.Label, $"{Iso(day.Date)} is made a working day by item {other.Label} too", item.Text));
                }

                workBy.TryAdd(day.Date, item);
            }
        }

        foreach (var item in items)
        {
            foreach (var day in item.OffDays.Concat(item.WorkDays))
            {
                var inYear = day.Date.Year == year || (day.Date.Year == year - 1 && day.Date.Month == 12);
                if (!inYear)
                {
                    problems.Add(new HolidayNoticeProblem(item.Line, item.Label, string.Create(CultureInfo.InvariantCulture, $"{Iso(day.Date)} is outside the notice year {year}: a notice arranges days of its year and of the December before (元旦)"), item.Text));
                }
            }
        }
    }

    private static string Clean(string line)
    {
        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (c is >= '０' and <= '９')
            {
                builder.Append((char)(c - '０' + '0'));
            }
            else if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string ChineseWeekday(IsoDayOfWeek day) => "一二三四五六日"[(int)day - 1].ToString();

    [GeneratedRegex(@"^国务院办公厅关于(?<year>[0-9]{4})年(部分)?节假日安排的通知$")]
    private static partial Regex TitleRegex();

    [GeneratedRegex(@"^国办发(明电)?[〔\[［(（][0-9]{4}[〕\]］)）][0-9]+号$")]
    private static partial Regex DocumentNumberRegex();

    [GeneratedRegex(@"^(?<num>[一二三四五六七八九十]+)、(?<heading>[^：:。，]+)[：:](?<body>.*)$")]
    private static partial Regex ItemRegex();

    [GeneratedRegex(@"^国务院(办公厅)?$")]
    private static partial Regex IssuerRegex();

    [GeneratedRegex(@"^[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日$")]
    private static partial Regex IssuedOnRegex();

    [GeneratedRegex(@"[0-9]{1,2}月[0-9]{1,2}日")]
    private static partial Regex LooseDateRegex();

    [GeneratedRegex(@"(?:(?<y>[0-9]{4})年)?(?:(?<m>[0-9]{1,2})月)?(?<d>[0-9]{1,2})日(?:[（(](?<a>[^（()）]*)[）)])?")]
    private static partial Regex DateTokenRegex();

    [GeneratedRegex(@"^(?<list>◆(?:[至—–－\-~～到]◆)?(?:、◆(?:[至—–－\-~～到]◆)?)*)(?<rest>.*)$")]
    private static partial Regex DateListRegex();

    [GeneratedRegex(@"^(?:放假|放假调休|调休放假)(?:(?<n>[0-9一二三四五六七八九十两]+)天)?$")]
    private static partial Regex OffRestRegex();

    [GeneratedRegex(@"^(?:补休|休息|放假补休)$")]
    private static partial Regex MakeUpRestRegex();

    [GeneratedRegex(@"^(?:上班|调休上班|照常上班)$")]
    private static partial Regex WorkRestRegex();

    [GeneratedRegex(@"^共(?<n>[0-9一二三四五六七八九十两]+)天$")]
    private static partial Regex CountRegex();

    [GeneratedRegex(@"^(?:星期|周|礼拜)(?<d>[一二三四五六日天])$")]
    private static partial Regex WeekdayRegex();

    [GeneratedRegex(@"^(?<m>正|一|二|三|四|五|六|七|八|九|十|冬|十一|腊|十二)月(?<d>初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十|廿[一二三四五六七八九]|二十[一二三四五六七八九]|三十)$")]
    private static partial Regex LunarDateRegex();

    /// <summary>A date written in an item, with the words in brackets after it.</summary>
    private readonly record struct DateToken(LocalDate? Date, string Words, string? Annotation);

    /// <summary>One element of a list of dates: a single date or a range (inclusive).</summary>
    private readonly record struct DateUnit(DateToken First, DateToken? Last);

    /// <summary>Reads one numbered item.</summary>
    private sealed class ItemReader(int year, int number, string heading, string label, int line, List<HolidayNoticeProblem> problems)
    {
        private readonly List<LocalDate> off = [];
        private readonly List<LocalDate> work = [];
        private readonly List<(LocalDate Date, string Words)> explained = [];
        private readonly List<(int Count, string Words)> counts = [];
        private readonly bool isNewYear = heading.Contains("元旦", StringComparison.Ordinal);
        private LocalDate? previous;
        private bool noMakeUp;
        private string body = string.Empty;

        internal HolidayNoticeItem Read(string text)
        {
            body = text;
            foreach (var sentence in text.Split('。'))
            {
                if (sentence.Contains("鼓励", StringComparison.Ordinal))
                {
                    continue; // an encouragement (e.g. to rest on 除夕), not an arrangement
                }

                foreach (var clause in SplitClauses(sentence))
                {
                    ReadClause(clause);
                }
            }

            var offSet = off.ToHashSet();
            var workSet = work.ToHashSet();
            foreach (var (count, words) in counts)
            {
                if (count != offSet.Count)
                {
                    Problem(string.Create(CultureInfo.InvariantCulture, $"the item says {count} days off but its dates make {offSet.Count}"), words);
                }
            }

            foreach (var (date, words) in explained)
            {
                if (!offSet.Contains(date) && !workSet.Contains(date))
                {
                    Problem($"{Iso(date)} is explained but the item does not make it a day off or a working day", words);
                }
            }

            if (noMakeUp && work.Count > 0)
            {
                Problem("the item says 不调休 (no make-up day) but names make-up working days", body);
            }

            if (off.Count == 0 && work.Count == 0 && problems.Count == 0)
            {
                Problem("the item arranges no day off and no working day", body);
            }

            foreach (var date in off.GroupBy(d => d).Where(g => g.Count() > 1).Select(g => g.Key))
            {
                Problem($"{Iso(date)} is made a day off twice", body);
            }

            foreach (var date in work.GroupBy(d => d).Where(g => g.Count() > 1).Select(g => g.Key))
            {
                Problem($"{Iso(date)} is made a working day twice", body);
            }

            foreach (var date in work.Where(d => d.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)).Distinct())
            {
                Problem($"{Iso(date)} is a {date.DayOfWeek} (星期{ChineseWeekday(date.DayOfWeek)}); a make-up working day (上班) must be a Saturday or a Sunday", body);
            }

            return new HolidayNoticeItem(
                number,
                heading,
                line,
                text,
                new EquatableArray<ArrangedDay>(off.Distinct().Order().Select(d => new ArrangedDay(d, heading))),
                new EquatableArray<ArrangedDay>(work.Distinct().Order().Select(d => new ArrangedDay(d, heading))));
        }

        private static IEnumerable<string> SplitClauses(string sentence)
        {
            var depth = 0;
            var start = 0;
            for (var i = 0; i < sentence.Length; i++)
            {
                var c = sentence[i];
                if (c is '（' or '(')
                {
                    depth++;
                }
                else if (c is '）' or ')')
                {
                    depth = Math.Max(0, depth - 1);
                }
                else if (depth == 0 && c is '，' or ',' or '；' or ';' or '：' or ':')
                {
                    yield return sentence[start..i];
                    start = i + 1;
                }
            }

            yield return sentence[start..];
        }

        private void ReadClause(string clause)
        {
            if (clause.StartsWith("其中", StringComparison.Ordinal))
            {
                clause = clause[2..];
            }

            if (clause.Length == 0)
            {
                return;
            }

            var tokens = new List<DateToken>();
            var skeleton = DateTokenRegex().Replace(clause, m =>
            {
                tokens.Add(Resolve(m));
                return Placeholder;
            });

            if (tokens.Count == 0)
            {
                ReadWords(clause);
                return;
            }

            var list = DateListRegex().Match(skeleton);
            var rest = list.Success ? list.Groups["rest"].Value : skeleton;
            if (list.Success && OffRestRegex().Match(rest) is { Success: true } offMatch)
            {
                var days = Units(list.Groups["list"].Value, tokens).SelectMany(Expand).ToList();
                off.AddRange(days);
                if (offMatch.Groups["n"].Success)
                {
                    var n = ParseNumber(offMatch.Groups["n"].Value);
                    if (n != days.Count)
                    {
                        Problem(string.Create(CultureInfo.InvariantCulture, $"the clause says {offMatch.Groups["n"].Value} days off but its dates make {days.Count}"), clause);
                    }
                }
            }
            else if (list.Success && MakeUpRestRegex().IsMatch(rest))
            {
                off.AddRange(Units(list.Groups["list"].Value, tokens).SelectMany(Expand));
            }
            else if (list.Success && WorkRestRegex().IsMatch(rest))
            {
                work.AddRange(Units(list.Groups["list"].Value, tokens).SelectMany(Expand));
            }
            else if (IsExplanation(skeleton))
            {
                foreach (var token in tokens)
                {
                    CheckAnnotation(token, null);
                    if (token.Date is { } date)
                    {
                        explained.Add((date, clause));
                    }
                }
            }
            else
            {
                Problem("cannot read the clause: expected days off (…放假/放假调休/补休), make-up working days (…上班), 共N天, 与周末连休, 不调休 or an explanation (…为法定节假日, …调至…)", clause);
            }
        }

        private static bool IsExplanation(string skeleton) =>
            skeleton.StartsWith('将')
            || skeleton.Contains("调至", StringComparison.Ordinal)
            || skeleton.Contains("公休", StringComparison.Ordinal)
            || skeleton.Contains("为法定", StringComparison.Ordinal);

        private void ReadWords(string clause)
        {
            if (CountRegex().Match(clause) is { Success: true } count)
            {
                if (ParseNumber(count.Groups["n"].Value) is { } n)
                {
                    counts.Add((n, clause));
                }
                else
                {
                    Problem("cannot read the number of days", clause);
                }
            }
            else if (clause is "不调休")
            {
                noMakeUp = true;
            }
            else if (clause is "与周末连休" or "放假调休" or "调休")
            {
                // A marker: the weekend so joined is an ordinary weekend and is not listed.
            }
            else
            {
                Problem("cannot read the clause: it names no date and is not 共N天, 与周末连休 or 不调休", clause);
            }
        }

        private IEnumerable<DateUnit> Units(string list, List<DateToken> tokens)
        {
            var next = 0;
            foreach (var part in list.Split('、'))
            {
                var first = tokens[next++];
                if (part.Length > 1)
                {
                    var last = tokens[next++];
                    CheckAnnotation(first, null);
                    CheckAnnotation(last, first.Date);
                    yield return new DateUnit(first, last);
                }
                else
                {
                    CheckAnnotation(first, null);
                    yield return new DateUnit(first, null);
                }
            }
        }

        private IEnumerable<LocalDate> Expand(DateUnit unit)
        {
            if (unit.First.Date is not { } start)
            {
                yield break;
            }

            if (unit.Last is not { } lastToken)
            {
                yield return start;
                yield break;
            }

            if (lastToken.Date is not { } end)
            {
                yield break;
            }

            var length = Period.Between(start, end, PeriodUnits.Days).Days;
            if (length is < 1 or > 31)
            {
                Problem($"a range must end after it starts and span at most 31 days ({Iso(start)} to {Iso(end)})", $"{unit.First.Words}至{lastToken.Words}");
                yield break;
            }

            // Counted, not stepped past the end: a range may end on 9999-12-31, the last date there is.
            for (var i = 0; i <= length; i++)
            {
                yield return start.PlusDays(i);
            }
        }

        private DateToken Resolve(Match m)
        {
            var words = m.Value;
            var annotation = m.Groups["a"].Success ? m.Groups["a"].Value : null;
            var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            int month;
            int dateYear;
            if (m.Groups["m"].Success)
            {
                month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
                dateYear = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)
                    : month == 12 && isNewYear ? year - 1
                    : year;
            }
            else if (m.Groups["y"].Success)
            {
                Problem("a date with a year must name its month", words);
                return new DateToken(null, words, annotation);
            }
            else if (previous is { } before)
            {
                (dateYear, month) = (before.Year, before.Month);
            }
            else
            {
                Problem("a day without a month must follow a date with one (e.g. 2月4日至10日)", words);
                return new DateToken(null, words, annotation);
            }

            if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(dateYear, month))
            {
                Problem("no such date", words);
                return new DateToken(null, words, annotation);
            }

            var date = new LocalDate(dateYear, month, day);
            previous = date;
            return new DateToken(date, words, annotation);
        }

        private void CheckAnnotation(DateToken token, LocalDate? rangeStart)
        {
            if (token.Annotation is not { } annotation || token.Date is not { } date)
            {
                return;
            }

            foreach (var part in annotation.Split(['、', '，', ','], StringSplitOptions.RemoveEmptyEntries))
            {
                if (WeekdayRegex().Match(part) is { Success: true } weekday)
                {
                    var written = weekday.Groups["d"].Value is "天" ? "日" : weekday.Groups["d"].Value;
                    var actual = ChineseWeekday(date.DayOfWeek);
                    if (written != actual)
                    {
                        Problem($"{Iso(date)} is a {date.DayOfWeek} (星期{actual}), but the notice says {part}", token.Words);
                    }

                    continue;
                }

                var lunar = part.StartsWith("农历", StringComparison.Ordinal) ? part[2..] : part;
                var to = lunar.IndexOf('至', StringComparison.Ordinal);
                if (to > 0 && rangeStart is { } from)
                {
                    CheckLunar(lunar[..to], from, token.Words);
                    CheckLunar(lunar[(to + 1)..].Replace("农历", string.Empty, StringComparison.Ordinal), date, token.Words);
                }
                else
                {
                    CheckLunar(lunar, date, token.Words);
                }
            }
        }

        private void CheckLunar(string lunar, LocalDate date, string words)
        {
            (int Month, int Day)? expected = lunar switch
            {
                "除夕" => null,
                "春节" or "大年初一" => (1, 1),
                "元宵" or "元宵节" => (1, 15),
                "端午" or "端午节" => (5, 5),
                "中秋" or "中秋节" => (8, 15),
                _ => ParseLunar(lunar),
            };
            if (expected is null && lunar != "除夕")
            {
                Problem("cannot read the words in brackets: expected a weekday (星期六, 周日) or a 农历 date (农历腊月二十八, 除夕, 正月初七)", words);
                return;
            }

            (int Month, int Day, bool Leap) actual;
            try
            {
                actual = LunarDates.ToLunar(date);
            }
            catch (ArgumentOutOfRangeException)
            {
                Problem("the 农历 date cannot be checked: the date is outside the 农历 table (1901-2100)", words);
                return;
            }

            var agrees = lunar == "除夕"
                ? LunarDates.ToLunar(date.PlusDays(1)) is (1, 1, false)
                : !actual.Leap && (actual.Month, actual.Day) == expected;
            if (!agrees)
            {
                Problem($"{Iso(date)} is 农历{(actual.Leap ? "闰" : string.Empty)}{LunarMonths[actual.Month - 1]}月{LunarDay(actual.Day)}, but the notice says {lunar}", words);
            }
        }

        private static (int Month, int Day)? ParseLunar(string text)
        {
            var m = LunarDateRegex().Match(text);
            if (!m.Success)
            {
                return null;
            }

            var month = m.Groups["m"].Value switch
            {
                "正" => 1,
                "冬" => 11,
                "腊" => 12,
                var other => ParseNumber(other) ?? 0,
            };
            var dayText = m.Groups["d"].Value;
            var day = dayText.StartsWith('初') ? ParseNumber(dayText[1..]) ?? 0
                : dayText.StartsWith('廿') ? 20 + (ParseNumber(dayText[1..]) ?? 0)
                : ParseNumber(dayText) ?? 0;
            return (month, day);
        }

        private static string LunarDay(int day) => day switch
        {
            <= 10 => "初" + ChineseNumber(day),
            < 20 => ChineseNumber(day),
            20 => "二十",
            < 30 => "二十" + ChineseNumber(day - 20),
            _ => "三十",
        };

        private void Problem(string reason, string words) => problems.Add(new HolidayNoticeProblem(line, label, reason, words));
    }
}
