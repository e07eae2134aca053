using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Domain.Calendars;

/// <summary>
/// A working calendar: which dates are working days and which are rest days, and why. <see cref="China"/> holds the
/// official arrangements of the State Council notices (国务院办公厅关于部分节假日安排的通知) for 2007-2026, embedded in
/// the library. A year with no notice is counted with weekends plus the statutory days off of the 全国年节及纪念日放假办法
/// then in force (<see cref="StatutoryHolidays"/>; no make-up working day can be predicted), and every answer about it is
/// marked provisional.
/// </summary>
/// <remarks>
/// <para>
/// Immutable and thread-safe. <see cref="WithYear"/>, <see cref="WithYearsFromJson"/>, <see cref="WithExtraRestDays"/> and
/// <see cref="WithExtraWorkingDays"/> return new calendars and leave this one unchanged; they validate their input and
/// report every problem at once in a <see cref="CalendarDataException"/>.
/// </para>
/// <para>
/// Working-day arithmetic (<see cref="AddWorkingDays"/>, <see cref="WorkingDaysBetween"/>, <see cref="NextWorkingDay"/>,
/// <see cref="PreviousWorkingDay"/>) takes constant time whatever the span: a precomputed index ranks every working day of
/// the years the data covers, and outside them the weekend-only rank is computed in closed form. No call allocates.
/// </para>
/// <para>
/// The supported range: any ISO date of <see cref="LocalDate"/> (-9998-01-01 to 9999-12-31) can be asked about; calendar data
/// (notice years, their days, extra days) is taken for the years 1900-9999, and data outside them is a
/// <see cref="CalendarProblem"/> naming the value, never an exception of the framework. An answer that would fall outside
/// <see cref="LocalDate"/>'s range (the working day after 9999-12-31, 2147483647 working days from 2025) is an
/// <see cref="ArgumentOutOfRangeException"/> whose message says what was asked and which end it passes, in our words and
/// with no parameter name: <c>1 working day after 9999-12-31 falls after 9999-12-31, the last date a working calendar counts.</c>
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var calendar = WorkingCalendar.China;
/// // 2025 国庆节、中秋节: 10月1日至8日放假调休; 9月28日（周日）、10月11日（周六）上班.
/// bool madeUp = calendar.IsWorkingDay(new LocalDate(2025, 9, 28));          // true: a make-up working day
/// LocalDate next = calendar.AddWorkingDays(new LocalDate(2025, 9, 30), 1);  // 2025-10-09
/// </code>
/// </example>
public sealed class WorkingCalendar
{
    /// <summary>From this day of December on, a date may be arranged by the next year's notice (its 元旦 holiday).</summary>
    internal const int LateDecemberFrom = 25;

    private const int MinYear = 1900;
    private const int MaxYear = 9999;
    private const byte WorkingFlag = 1;
    private const byte ProvisionalFlag = 2;

    /// <summary>In <see cref="roll"/>: the distance to the next working day is not stored (it lies past the index or too far).</summary>
    private const byte NoRoll = 0xFF;
    private const byte RollProvisionalBit = 0x80;
    private const int MaxRollDistance = 0x7E;

    private static readonly Lazy<WorkingCalendar> ChinaCalendar = new(LoadChina, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ImmutableSortedDictionary<int, NoticeYearData> years;
    private readonly ImmutableArray<ArrangedDay> extraRestDays;
    private readonly ImmutableArray<ArrangedDay> extraWorkingDays;
    private readonly FrozenDictionary<int, DayEntry> entries;
    private readonly FrozenSet<int> noticeYearSet;
    private readonly bool predicts;

    // The index covers day numbers [indexStart, indexEnd]; it is empty when indexEnd < indexStart.
    private readonly int indexStart;
    private readonly int indexEnd;
    private readonly byte[] flags;
    private readonly int[] ranks;
    private readonly int[] working;
    private readonly LocalDate[] workingDates;
    private readonly int[] provisionalPrefix;

    // For each index day: the distance (bits 0-6) to the first working day on or after it, with bit 7 set when a day from it
    // to that working day is provisional; NoRoll when that day is past the index or more than MaxRollDistance days away.
    // With dates (the date of every index day) it gives a deadline's roll-forward in two reads (RollForwardInIndex).
    private readonly byte[] roll;
    private readonly LocalDate[] dates;

    // The offset in the index of the first day of each month of the index's years (January of the first year first), and
    // the index's length at the end: a month's length is the difference of two neighbours.
    private readonly int indexFirstYear;
    private readonly int[] monthStarts;
    private readonly long weekdayRankBeforeStart;
    private readonly long weekdayRankAtEnd;
    private readonly long lastRank;

    private WorkingCalendar(ImmutableSortedDictionary<int, NoticeYearData> years, ImmutableArray<ArrangedDay> extraRestDays, ImmutableArray<ArrangedDay> extraWorkingDays, bool predicts)
    {
        this.years = years;
        this.extraRestDays = extraRestDays;
        this.extraWorkingDays = extraWorkingDays;
        this.predicts = predicts;
        entries = BuildEntries(years, extraRestDays, extraWorkingDays, predicts);
        PredictedYears = predicts
            ? [.. Enumerable.Range(StatutoryHolidays.FirstYear, StatutoryHolidays.LastYear - StatutoryHolidays.FirstYear + 1).Where(y => !years.ContainsKey(y))]
            : [];

        var allYears = years.Keys.Concat(entries.Keys.Select(dn => DayNumbers.ToDate(dn).Year)).ToArray();
        if (allYears.Length == 0)
        {
            indexStart = 0;
            indexEnd = -1;
        }
        else
        {
            indexStart = DayNumbers.FromCivil(allYears.Min(), 1, 1);
            indexEnd = DayNumbers.FromCivil(allYears.Max(), 12, 31);
        }

        var length = Math.Max(0, indexEnd - indexStart + 1);
        flags = new byte[length];
        ranks = new int[length];
        provisionalPrefix = new int[length + 1];
        roll = new byte[length];
        dates = new LocalDate[length];
        indexFirstYear = length == 0 ? 0 : DayNumbers.ToDate(indexStart).Year;
        var indexYears = length == 0 ? 0 : DayNumbers.ToDate(indexEnd).Year - indexFirstYear + 1;
        monthStarts = new int[(indexYears * 12) + 1];
        for (var m = 0; m < indexYears * 12; m++)
        {
            monthStarts[m] = DayNumbers.FromCivil(indexFirstYear + (m / 12), (m % 12) + 1, 1) - indexStart;
        }

        monthStarts[^1] = length;
        var workingList = new List<int>(length);
        var workingDateList = new List<LocalDate>(length);
        noticeYearSet = years.Keys.ToFrozenSet();
        var covered = years.Keys.ToHashSet();
        var rank = 0;
        for (var i = 0; i < length; i++)
        {
            // The date is derived from the day number, never stepped past the last one: the index may end on 9999-12-31.
            var dn = indexStart + i;
            var date = DayNumbers.ToDate(dn);
            var listed = entries.TryGetValue(dn, out var entry);
            var isWorking = listed ? entry.IsWorking : !DayNumbers.IsWeekend(dn);
            var isProvisional = (!listed || entry.Kind == DayKind.PredictedHoliday) && IsUnannounced(date, covered);
            if (isWorking)
            {
                rank++;
                workingList.Add(i);
                workingDateList.Add(date);
            }

            flags[i] = (byte)((isWorking ? WorkingFlag : 0) | (isProvisional ? ProvisionalFlag : 0));
            dates[i] = date;
            ranks[i] = rank;
            provisionalPrefix[i + 1] = provisionalPrefix[i] + (isProvisional ? 1 : 0);
        }

        for (var i = length - 1; i >= 0; i--)
        {
            var provisional = (flags[i] & ProvisionalFlag) != 0 ? RollProvisionalBit : 0;
            if ((flags[i] & WorkingFlag) != 0)
            {
                roll[i] = (byte)provisional;
            }
            else if (i + 1 < length && roll[i + 1] != NoRoll && (roll[i + 1] & ~RollProvisionalBit) < MaxRollDistance)
            {
                roll[i] = (byte)(((roll[i + 1] & ~RollProvisionalBit) + 1) | (roll[i + 1] & RollProvisionalBit) | provisional);
            }
            else
            {
                roll[i] = NoRoll;
            }
        }

        working = [.. workingList];
        workingDates = [.. workingDateList];
        lastRank = rank;
        weekdayRankBeforeStart = DayNumbers.WeekdayRank(indexStart - 1L);
        weekdayRankAtEnd = DayNumbers.WeekdayRank(indexEnd);
        NoticeYears = [.. years.Keys];
        Version = ComputeVersion(years, extraRestDays, extraWorkingDays, predicts);
    }

    /// <summary>
    /// The official China calendar: the arrangements of the State Council notices for 2007-2026 (including the 2015
    /// commemoration days, the 2019 劳动节 amendment and the 2020 春节 extension), keyed by notice year. Loaded once, lazily
    /// and thread-safely, from the data embedded in the library.
    /// </summary>
    /// <remarks>
    /// It predicts the years with no notice (<see cref="PredictsStatutoryHolidays"/>): 2027 on, until its notice is added with
    /// <see cref="WithNotice"/> or <see cref="WithYearsFromJson"/>, has the statutory days of <see cref="StatutoryHolidays.For"/>
    /// as provisional rest days (<see cref="DayKind.PredictedHoliday"/>).
    /// </remarks>
    public static WorkingCalendar China => ChinaCalendar.Value;

    /// <summary>
    /// A calendar with no notice at all and no prediction: Saturdays and Sundays are rest days and every answer is provisional.
    /// </summary>
    public static WorkingCalendar WeekendsOnly { get; } = new(ImmutableSortedDictionary<int, NoticeYearData>.Empty, [], [], predicts: false);

    /// <summary>
    /// Whether a year with no notice (from <see cref="StatutoryHolidays.FirstYear"/> to <see cref="StatutoryHolidays.LastYear"/>)
    /// has its statutory days off predicted (true for <see cref="China"/> and <see cref="FromJson"/>; false for
    /// <see cref="WeekendsOnly"/>). Predicted days are rest days, provisional, of kind <see cref="DayKind.PredictedHoliday"/>.
    /// </summary>
    public bool PredictsStatutoryHolidays => predicts;

    /// <summary>The years whose statutory days are predicted (no notice, within the rule table), in ascending order; empty when the calendar does not predict.</summary>
    public ImmutableArray<int> PredictedYears { get; }

    /// <summary>
    /// Identifies the calendar's data: the last notice year and a hash of every arranged day, e.g. <c>2026-1a2b3c4d</c>.
    /// It changes whenever the data changes, so a verdict recorded with it shows which calendar decided it.
    /// </summary>
    public string Version { get; }

    /// <summary>The notice years the calendar holds, in ascending order.</summary>
    public ImmutableArray<int> NoticeYears { get; }

    /// <summary>The extra (local) rest days added with <see cref="WithExtraRestDays"/>.</summary>
    public ImmutableArray<ArrangedDay> ExtraRestDays => extraRestDays;

    /// <summary>The extra (local) working days added with <see cref="WithExtraWorkingDays"/>.</summary>
    public ImmutableArray<ArrangedDay> ExtraWorkingDays => extraWorkingDays;

    /// <summary>The first date of the precomputed index (dates before it are counted with weekends only, provisionally).</summary>
    public LocalDate? IndexedFrom => indexEnd >= indexStart ? DayNumbers.ToDate(indexStart) : null;

    /// <summary>The last date of the precomputed index (dates after it are counted with weekends only, provisionally).</summary>
    public LocalDate? IndexedTo => indexEnd >= indexStart ? DayNumbers.ToDate(indexEnd) : null;

    /// <summary>Builds a calendar from a JSON text in the china-holidays.json format only (no built-in data).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="CalendarDataException">The JSON or its data is invalid; every problem is listed.</exception>
    public static WorkingCalendar FromJson(string json) => WeekendsOnly.WithPredictedHolidays(true).WithYearsFromJson(json);

    /// <summary>
    /// A new calendar that predicts (or does not predict) the statutory days off of the years with no notice. This calendar is unchanged.
    /// </summary>
    public WorkingCalendar WithPredictedHolidays(bool predict) =>
        predict == predicts ? this : new WorkingCalendar(years, extraRestDays, extraWorkingDays, predict);

    /// <summary>Whether a date is a working day.</summary>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar.</exception>
    public bool IsWorkingDay(LocalDate date) => IsWorking(DayNumbers.FromDate(date));

    /// <summary>Whether a date is a rest day (a weekend day not made a working day, an official holiday or an extra rest day).</summary>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar.</exception>
    public bool IsRestDay(LocalDate date) => !IsWorkingDay(date);

    /// <summary>Whether the answer for a date is provisional (its year, or for late December the next year, has no notice).</summary>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar.</exception>
    public bool IsProvisional(LocalDate date) => IsProvisional(DayNumbers.FromDate(date));

    /// <summary>What the calendar says about a date: working day or rest day, why, and whether it is provisional.</summary>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar.</exception>
    public CalendarDay Describe(LocalDate date)
    {
        var dn = DayNumbers.FromDate(date);
        int? pending = IsProvisional(dn) ? (noticeYearSet.Contains(date.Year) ? date.Year + 1 : date.Year) : null;
        var predicted = pending is { } p && predicts && p is >= StatutoryHolidays.FirstYear and <= StatutoryHolidays.LastYear;
        if (entries.TryGetValue(dn, out var entry))
        {
            return new CalendarDay(date, entry.Kind, entry.Name, entry.NoticeYear, pending) { StatutoryDaysPredicted = predicted };
        }

        return new CalendarDay(date, DayNumbers.IsWeekend(dn) ? DayKind.Weekend : DayKind.WorkingDay, null, null, pending) { StatutoryDaysPredicted = predicted };
    }

    /// <summary>The first working day strictly after a date.</summary>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The result is beyond the range of <see cref="LocalDate"/> (after 9999-12-31 or before -9998-01-01); the message says so in our words.</exception>
    public LocalDate NextWorkingDay(LocalDate date) => AddWorkingDays(date, 1);

    /// <summary>The last working day strictly before a date.</summary>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The result is beyond the range of <see cref="LocalDate"/> (after 9999-12-31 or before -9998-01-01); the message says so in our words.</exception>
    public LocalDate PreviousWorkingDay(LocalDate date) => AddWorkingDays(date, -1);

    /// <summary>The date itself when it is a working day, otherwise the next working day.</summary>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The result is beyond the range of <see cref="LocalDate"/> (after 9999-12-31 or before -9998-01-01); the message says so in our words.</exception>
    public LocalDate NextWorkingDayOnOrAfter(LocalDate date)
    {
        var dn = DayNumbers.FromDate(date);
        if (IsWorking(dn))
        {
            return date;
        }

        return TryDateOfRank(Rank(dn) + 1, out var next, out var nextDn)
            ? next
            : throw DayNumbers.OutOfRange($"The first working day on or after {LocalDatePattern.Iso.Format(date)}", nextDn);
    }

    /// <summary>
    /// The <paramref name="n"/>-th working day after <paramref name="start"/> (the start itself is not counted), or for a
    /// negative <paramref name="n"/> the |n|-th working day before it; <paramref name="start"/> itself when n is 0.
    /// </summary>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The result is beyond the range of <see cref="LocalDate"/> (after 9999-12-31 or before -9998-01-01); the message says so in our words.</exception>
    public LocalDate AddWorkingDays(LocalDate start, int n)
    {
        if (n == 0)
        {
            return start;
        }

        var dn = DayNumbers.FromDate(start, nameof(start));
        var rank = Rank(dn);
        // No closure for the error's words: a lambda capturing the parameters would allocate on every call.
        return TryDateOfRank(n > 0 ? rank + n : rank - (IsWorking(dn) ? 1 : 0) + n + 1, out var end, out var endDn)
            ? end
            : throw DayNumbers.OutOfRange(
                string.Create(CultureInfo.InvariantCulture, $"{Math.Abs((long)n)} working {(Math.Abs((long)n) == 1 ? "day" : "days")} {(n > 0 ? "after" : "before")} {LocalDatePattern.Iso.Format(start)}"),
                endDn);
    }

    /// <summary>
    /// The number of working days after <paramref name="start"/> up to and including <paramref name="end"/>; negative (minus
    /// the working days after <paramref name="end"/> up to and including <paramref name="start"/>) when end is earlier.
    /// </summary>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    public int WorkingDaysBetween(LocalDate start, LocalDate end) =>
        checked((int)(Rank(DayNumbers.FromDate(end, nameof(end))) - Rank(DayNumbers.FromDate(start, nameof(start)))));

    /// <summary>Whether any date from <paramref name="from"/> to <paramref name="to"/> (inclusive) is provisional.</summary>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar, or <paramref name="to"/> is before <paramref name="from"/>.</exception>
    public bool IsAnyProvisional(LocalDate from, LocalDate to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The range must not end ({LocalDatePattern.Iso.Format(to)}) before it starts ({LocalDatePattern.Iso.Format(from)}).", nameof(to));
        }

        return AnyProvisional(DayNumbers.FromDate(from, nameof(from)), DayNumbers.FromDate(to, nameof(to)));
    }

    /// <summary>
    /// The unpublished notice years on which some date from <paramref name="from"/> to <paramref name="to"/> (inclusive)
    /// depends, in ascending order; empty when every date is final.
    /// </summary>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar, or <paramref name="to"/> is before <paramref name="from"/>.</exception>
    public IReadOnlyList<int> PendingNoticeYears(LocalDate from, LocalDate to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The range must not end ({LocalDatePattern.Iso.Format(to)}) before it starts ({LocalDatePattern.Iso.Format(from)}).", nameof(to));
        }

        return [.. PendingNoticeYears(DayNumbers.FromDate(from, nameof(from)), DayNumbers.FromDate(to, nameof(to))).Distinct().Order()];
    }

    /// <summary>The days off and make-up working days of a notice year, or null when the calendar has no such notice.</summary>
    public (IReadOnlyList<ArrangedDay> OffDays, IReadOnlyList<ArrangedDay> WorkDays)? GetNoticeYear(int noticeYear) =>
        years.TryGetValue(noticeYear, out var data) ? (data.OffDays, data.WorkDays) : null;

    /// <summary>
    /// A new calendar with the arrangement of one notice year added, or replacing the one it had (e.g. after an amending
    /// notice). This calendar is unchanged.
    /// </summary>
    /// <param name="noticeYear">The year of the notice (1900-9999).</param>
    /// <param name="offDays">Every day the notice makes a day off (放假), with its holiday; dates in the notice year or the December before.</param>
    /// <param name="workDays">Every Saturday or Sunday the notice makes a working day (上班), with its holiday.</param>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="CalendarDataException">The data breaks a rule; every problem is listed.</exception>
    public WorkingCalendar WithYear(int noticeYear, IEnumerable<ArrangedDay> offDays, IEnumerable<ArrangedDay> workDays)
    {
        ArgumentNullException.ThrowIfNull(offDays);
        ArgumentNullException.ThrowIfNull(workDays);
        var problems = new List<CalendarProblem>();
        var data = new NoticeYearData([.. offDays], [.. workDays]);
        var updated = years.SetItem(noticeYear, data);
        ValidateYears(updated, [noticeYear], $"years.{noticeYear.ToString(CultureInfo.InvariantCulture)}", problems);
        return problems.Count > 0 ? throw new CalendarDataException(problems) : new WorkingCalendar(updated, extraRestDays, extraWorkingDays, predicts);
    }

    /// <summary>
    /// A new calendar with every notice year of a JSON text in the china-holidays.json format added (or replacing the years it
    /// had). This calendar is unchanged.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="CalendarDataException">The JSON or its data is invalid; every problem is listed.</exception>
    public WorkingCalendar WithYearsFromJson(string json) =>
        TryWithYearsFromJson(json, out var calendar, out var problems) ? calendar : throw new CalendarDataException(problems);

    /// <summary>
    /// Like <see cref="WithYearsFromJson"/>, but returns every problem instead of throwing: any text at all (malformed JSON,
    /// the wrong shape, a member given twice, a year outside 1900-9999, a date up to 9999-12-31) gives a calendar or problems,
    /// each with its path, its line and a message in our words.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public bool TryWithYearsFromJson(string json, [NotNullWhen(true)] out WorkingCalendar? calendar, out IReadOnlyList<CalendarProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(json);
        var found = new List<CalendarProblem>();
        var parsed = HolidayJson.Parse(json, found);
        var updated = years;
        foreach (var (year, data) in parsed)
        {
            updated = updated.SetItem(year, data);
        }

        foreach (var year in parsed.Keys)
        {
            // The path as the JSON writes the key (four digits: 0000 stays 0000), so that its line is found.
            ValidateYears(updated, [year], $"years.{year.ToString("D4", CultureInfo.InvariantCulture)}", found);
        }

        if (found.Count > 0 && found.Any(p => p.Line is null))
        {
            var lines = Internal.JsonLineMap.Of(json, HolidayJson.Options);
            found = [.. found.Select(p => p.Line is null ? p with { Line = lines.LineOf(p.Path) } : p)];
        }

        problems = found;
        calendar = found.Count == 0 ? new WorkingCalendar(updated, extraRestDays, extraWorkingDays, predicts) : null;
        return calendar is not null;
    }

    /// <summary>
    /// A new calendar with the days of a State Council notice read by <see cref="HolidayNoticeParser"/> (its year added, or
    /// replacing the year this calendar had). This calendar is unchanged.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="notice"/> is null.</exception>
    /// <exception cref="CalendarDataException">The notice's days break a rule of the calendar; every problem is listed.</exception>
    public WorkingCalendar WithNotice(HolidayNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return WithYear(notice.Year, notice.OffDays, notice.WorkDays);
    }

    /// <summary>
    /// A new calendar where the given working days become rest days (local rules, e.g. a city's own holiday). Each must be a
    /// working day of this calendar, in the years 1900-9999. This calendar is unchanged.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    /// <exception cref="CalendarDataException">A day breaks a rule; every problem is listed.</exception>
    public WorkingCalendar WithExtraRestDays(IEnumerable<ArrangedDay> days) => WithExtraDays(days, rest: true);

    /// <summary>
    /// A new calendar where the given rest days become working days (local rules). Each must be a rest day of this calendar,
    /// in the years 1900-9999. This calendar is unchanged.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    /// <exception cref="CalendarDataException">A day breaks a rule; every problem is listed.</exception>
    public WorkingCalendar WithExtraWorkingDays(IEnumerable<ArrangedDay> days) => WithExtraDays(days, rest: false);

    /// <summary>The calendar's notice years in the china-holidays.json format (extra days are not part of that format).</summary>
    public string ToJson() =>
        HolidayJson.Write($"LianLuo.Domain working calendar {Version}", years);

    /// <inheritdoc/>
    public override string ToString() =>
        NoticeYears.IsEmpty
            ? $"WorkingCalendar (weekends only) {Version}"
            : $"WorkingCalendar {NoticeYears[0].ToString(CultureInfo.InvariantCulture)}-{NoticeYears[^1].ToString(CultureInfo.InvariantCulture)} {Version}";

    /// <summary>Whether a day number is a working day.</summary>
    internal bool IsWorking(long dn)
    {
        var offset = dn - indexStart;
        return unchecked((ulong)offset) < (ulong)flags.Length ? (flags[offset] & WorkingFlag) != 0 : !DayNumbers.IsWeekend(dn);
    }

    /// <summary>
    /// The end of a period of months read from the index: the day <paramref name="day"/> of the month (the month's last day
    /// when it has fewer, as <see cref="LocalDate.PlusMonths"/> does), as a date, with the first working day on or after it
    /// and whether any day from the one to the other is provisional. False (nothing set) when that month is outside the
    /// index's years or its next working day is not stored there; the caller then counts by ranks. Allocates nothing.
    /// </summary>
    /// <param name="monthIndex">The month as a count of months since January of year 0 (year × 12 + month − 1).</param>
    /// <param name="day">The day of the month to keep (1 to 31).</param>
    /// <param name="raw">The raw end: that day of the month, or the month's last day.</param>
    /// <param name="date">The first working day on or after the raw end.</param>
    /// <param name="provisional">Whether a day from the raw end to the date is provisional.</param>
    internal bool TryMonthEndInIndex(long monthIndex, int day, out LocalDate raw, out LocalDate date, out bool provisional)
    {
        var m = monthIndex - (indexFirstYear * 12L);
        if (unchecked((ulong)m) < (ulong)(monthStarts.Length - 1))
        {
            var first = monthStarts[m];
            var offset = first + Math.Min(day, monthStarts[m + 1] - first) - 1;
            var entry = roll[offset];
            if (entry != NoRoll)
            {
                raw = dates[offset];
                date = dates[offset + (entry & ~RollProvisionalBit)];
                provisional = (entry & RollProvisionalBit) != 0;
                return true;
            }
        }

        raw = default;
        date = default;
        provisional = false;
        return false;
    }

    /// <summary>Whether a day number is provisional.</summary>
    internal bool IsProvisional(long dn)
    {
        var offset = dn - indexStart;
        return unchecked((ulong)offset) >= (ulong)flags.Length || (flags[offset] & ProvisionalFlag) != 0;
    }

    /// <summary>Whether any day in [from, to] is provisional.</summary>
    internal bool AnyProvisional(long from, long to)
    {
        if (from < indexStart || to > indexEnd)
        {
            return true;
        }

        return provisionalPrefix[to - indexStart + 1] - provisionalPrefix[from - indexStart] > 0;
    }

    /// <summary>The notice years, not published, on which some day in [from, to] depends (see <see cref="CalendarDay.PendingNoticeYear"/>).</summary>
    internal IEnumerable<int> PendingNoticeYears(long from, long to)
    {
        var first = DayNumbers.ToDate(from).Year;
        var last = DayNumbers.ToDate(to).Year;
        for (var year = first; year <= last; year++)
        {
            var lateDecember = DayNumbers.FromCivil(year, 12, LateDecemberFrom);
            var yearStart = Math.Max(from, DayNumbers.FromCivil(year, 1, 1));
            var yearEnd = Math.Min(to, DayNumbers.FromCivil(year, 12, 31));
            if (yearStart < lateDecember && AnyProvisional(yearStart, Math.Min(yearEnd, lateDecember - 1)))
            {
                yield return year;
            }
            else if (yearEnd >= lateDecember && AnyProvisional(Math.Max(yearStart, lateDecember), yearEnd))
            {
                yield return noticeYearSet.Contains(year) ? year + 1 : year;
            }
        }
    }

    /// <summary>The rank of a day: non-decreasing, rising by one exactly on each working day.</summary>
    internal long Rank(long dn)
    {
        if (dn < indexStart)
        {
            return DayNumbers.WeekdayRank(dn) - weekdayRankBeforeStart;
        }

        if (dn <= indexEnd)
        {
            return ranks[dn - indexStart];
        }

        return lastRank + DayNumbers.WeekdayRank(dn) - weekdayRankAtEnd;
    }

    /// <summary>The working day of a rank.</summary>
    internal long WorkingDayWithRank(long rank)
    {
        if (rank <= 0)
        {
            return DayNumbers.WeekdayWithRank(rank + weekdayRankBeforeStart);
        }

        if (rank <= lastRank)
        {
            return indexStart + working[rank - 1];
        }

        return DayNumbers.WeekdayWithRank(rank - lastRank + weekdayRankAtEnd);
    }

    /// <summary>The working day of a rank, as a date (read from the index when inside it).</summary>
    internal LocalDate WorkingDateWithRank(long rank) =>
        rank > 0 && rank <= lastRank ? workingDates[rank - 1] : DayNumbers.ToDate(WorkingDayWithRank(rank));

    /// <summary>
    /// The working day of a rank as a date, or false when that day is outside the dates of <see cref="LocalDate"/> (the
    /// caller then names what was asked for in <see cref="DayNumbers.OutOfRange"/>, with <paramref name="dayNumber"/>).
    /// Allocates nothing.
    /// </summary>
    internal bool TryDateOfRank(long rank, out LocalDate date, out long dayNumber)
    {
        dayNumber = WorkingDayWithRank(rank);
        if (DayNumbers.InRange(dayNumber))
        {
            date = WorkingDateWithRank(rank);
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>The n-th working day after (n &gt; 0) or before (n &lt; 0) a day number; the day itself for n = 0.</summary>
    internal long AddWorkingDayNumbers(long dn, long n)
    {
        if (n == 0)
        {
            return dn;
        }

        var rank = Rank(dn);
        return WorkingDayWithRank(n > 0 ? rank + n : rank - (IsWorking(dn) ? 1 : 0) + n + 1);
    }

    /// <summary>The day itself when working, otherwise the next working day.</summary>
    internal long NextOrSameWorkingDay(long dn) => IsWorking(dn) ? dn : WorkingDayWithRank(Rank(dn) + 1);

    private static bool IsUnannounced(LocalDate date, HashSet<int> covered) =>
        !covered.Contains(date.Year) || (date.Month == 12 && date.Day >= LateDecemberFrom && !covered.Contains(date.Year + 1));

    private static FrozenDictionary<int, DayEntry> BuildEntries(
        ImmutableSortedDictionary<int, NoticeYearData> years,
        ImmutableArray<ArrangedDay> extraRestDays,
        ImmutableArray<ArrangedDay> extraWorkingDays,
        bool predicts)
    {
        var result = new Dictionary<int, DayEntry>();
        if (predicts)
        {
            for (var year = StatutoryHolidays.FirstYear; year <= StatutoryHolidays.LastYear; year++)
            {
                if (years.ContainsKey(year))
                {
                    continue;
                }

                foreach (var day in StatutoryHolidays.For(year))
                {
                    result[DayNumbers.FromDate(day.Date)] = new DayEntry(DayKind.PredictedHoliday, day.Name, null);
                }
            }
        }

        foreach (var (year, data) in years)
        {
            foreach (var day in data.OffDays)
            {
                result[DayNumbers.FromDate(day.Date)] = new DayEntry(DayKind.OfficialHoliday, day.Name, year);
            }

            foreach (var day in data.WorkDays)
            {
                result[DayNumbers.FromDate(day.Date)] = new DayEntry(DayKind.MakeUpWorkingDay, day.Name, year);
            }
        }

        foreach (var day in extraRestDays)
        {
            result[DayNumbers.FromDate(day.Date)] = new DayEntry(DayKind.ExtraRestDay, day.Name, null);
        }

        foreach (var day in extraWorkingDays)
        {
            result[DayNumbers.FromDate(day.Date)] = new DayEntry(DayKind.ExtraWorkingDay, day.Name, null);
        }

        return result.ToFrozenDictionary();
    }

    private static void ValidateYears(ImmutableSortedDictionary<int, NoticeYearData> all, IEnumerable<int> checkedYears, string pathPrefix, List<CalendarProblem> problems)
    {
        foreach (var noticeYear in checkedYears)
        {
            var data = all[noticeYear];
            var yearText = noticeYear.ToString(CultureInfo.InvariantCulture);
            if (noticeYear is < MinYear or > MaxYear)
            {
                problems.Add(new CalendarProblem(pathPrefix, $"The notice year must be between {MinYear} and {MaxYear} (value: {yearText})."));
                continue;
            }

            var offDates = new HashSet<LocalDate>();
            CheckList(data.OffDays, "offDays", isWorkList: false, offDates);
            CheckList(data.WorkDays, "workDays", isWorkList: true, offDates);

            void CheckList(IReadOnlyList<ArrangedDay> days, string listName, bool isWorkList, HashSet<LocalDate> offDateSet)
            {
                var seen = new HashSet<LocalDate>();
                for (var i = 0; i < days.Count; i++)
                {
                    var day = days[i];
                    var path = $"{pathPrefix}.{listName}[{i.ToString(CultureInfo.InvariantCulture)}]";
                    var dateText = day.Date.Calendar == CalendarSystem.Iso ? LocalDatePattern.Iso.Format(day.Date) : day.Date.ToString();
                    if (day.Date.Calendar != CalendarSystem.Iso)
                    {
                        problems.Add(new CalendarProblem(path, $"The date must be in the ISO calendar (value: {dateText})."));
                        continue;
                    }

                    if (string.IsNullOrWhiteSpace(day.Name))
                    {
                        problems.Add(new CalendarProblem(path, $"The holiday name must not be empty (date: {dateText})."));
                    }

                    var inYear = day.Date.Year == noticeYear || (day.Date.Year == noticeYear - 1 && day.Date.Month == 12);
                    if (!inYear)
                    {
                        problems.Add(new CalendarProblem(path, $"{dateText} is outside the notice year {yearText}: a notice arranges dates of its own year, or of the December before (元旦)."));
                    }

                    if (isWorkList && day.Date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
                    {
                        problems.Add(new CalendarProblem(path, $"{dateText} is a {day.Date.DayOfWeek}; a make-up working day (调休上班) must be a Saturday or a Sunday."));
                    }

                    if (!seen.Add(day.Date))
                    {
                        problems.Add(new CalendarProblem(path, $"{dateText} is listed twice in {listName}."));
                    }

                    if (isWorkList && offDateSet.Contains(day.Date))
                    {
                        problems.Add(new CalendarProblem(path, $"{dateText} is listed both as a day off (offDays) and as a working day (workDays)."));
                    }

                    if (!isWorkList)
                    {
                        offDateSet.Add(day.Date);
                    }

                    foreach (var (otherYear, otherData) in all)
                    {
                        if (otherYear != noticeYear && (otherData.OffDays.Any(d => d.Date == day.Date) || otherData.WorkDays.Any(d => d.Date == day.Date)))
                        {
                            problems.Add(new CalendarProblem(path, $"{dateText} is already arranged by the notice of {otherYear.ToString(CultureInfo.InvariantCulture)}."));
                        }
                    }
                }
            }
        }
    }

    private WorkingCalendar WithExtraDays(IEnumerable<ArrangedDay> days, bool rest)
    {
        ArgumentNullException.ThrowIfNull(days);
        var list = days.ToArray();
        var listName = rest ? "extraRestDays" : "extraWorkingDays";
        var problems = new List<CalendarProblem>();
        var seen = new HashSet<LocalDate>();
        for (var i = 0; i < list.Length; i++)
        {
            var day = list[i];
            var path = $"{listName}[{i.ToString(CultureInfo.InvariantCulture)}]";
            if (day.Date.Calendar != CalendarSystem.Iso)
            {
                problems.Add(new CalendarProblem(path, $"The date must be in the ISO calendar (value: {day.Date})."));
                continue;
            }

            var dateText = LocalDatePattern.Iso.Format(day.Date);
            if (string.IsNullOrWhiteSpace(day.Name))
            {
                problems.Add(new CalendarProblem(path, $"The name must not be empty (date: {dateText})."));
            }

            if (day.Date.Year is < MinYear or > MaxYear)
            {
                problems.Add(new CalendarProblem(path, $"{dateText} must be in the years {MinYear}-{MaxYear}."));
                continue;
            }

            if (!seen.Add(day.Date))
            {
                problems.Add(new CalendarProblem(path, $"{dateText} is listed twice."));
            }

            var current = Describe(day.Date);
            if (rest && current.IsRestDay)
            {
                problems.Add(new CalendarProblem(path, $"{dateText} is already a rest day ({current.ReasonEnglish}); an extra rest day must be a working day."));
            }
            else if (!rest && current.IsWorkingDay)
            {
                problems.Add(new CalendarProblem(path, $"{dateText} is already a working day ({current.ReasonEnglish}); an extra working day must be a rest day."));
            }
        }

        if (problems.Count > 0)
        {
            throw new CalendarDataException(problems);
        }

        var trimmed = list.Select(d => d with { Name = d.Name.Trim() }).ToArray();
        var dates = trimmed.Select(d => d.Date).ToHashSet();

        // A new extra day replaces an earlier extra day of the other kind on the same date.
        var newRest = rest ? extraRestDays.AddRange(trimmed) : extraRestDays.RemoveAll(d => dates.Contains(d.Date));
        var newWorking = rest ? extraWorkingDays.RemoveAll(d => dates.Contains(d.Date)) : extraWorkingDays.AddRange(trimmed);
        return new WorkingCalendar(years, newRest.Sort((a, b) => a.Date.CompareTo(b.Date)), newWorking.Sort((a, b) => a.Date.CompareTo(b.Date)), predicts);
    }

    private static string ComputeVersion(ImmutableSortedDictionary<int, NoticeYearData> years, ImmutableArray<ArrangedDay> extraRestDays, ImmutableArray<ArrangedDay> extraWorkingDays, bool predicts)
    {
        var canonical = new StringBuilder(predicts ? "P statutory\n" : string.Empty);
        foreach (var (year, data) in years)
        {
            canonical.Append(CultureInfo.InvariantCulture, $"Y{year}\n");
            foreach (var day in data.OffDays.OrderBy(d => d.Date))
            {
                canonical.Append(CultureInfo.InvariantCulture, $"O {LocalDatePattern.Iso.Format(day.Date)} {day.Name}\n");
            }

            foreach (var day in data.WorkDays.OrderBy(d => d.Date))
            {
                canonical.Append(CultureInfo.InvariantCulture, $"W {LocalDatePattern.Iso.Format(day.Date)} {day.Name}\n");
            }
        }

        foreach (var day in extraRestDays)
        {
            canonical.Append(CultureInfo.InvariantCulture, $"R {LocalDatePattern.Iso.Format(day.Date)} {day.Name}\n");
        }

        foreach (var day in extraWorkingDays)
        {
            canonical.Append(CultureInfo.InvariantCulture, $"X {LocalDatePattern.Iso.Format(day.Date)} {day.Name}\n");
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString()));
        var last = years.IsEmpty ? "none" : years.Keys.Last().ToString(CultureInfo.InvariantCulture);
        var local = extraRestDays.IsEmpty && extraWorkingDays.IsEmpty ? string.Empty : "+local";
        return $"{last}{local}-{Convert.ToHexStringLower(hash, 0, 4)}";
    }

    private static WorkingCalendar LoadChina()
    {
        const string ResourceName = "LianLuo.Domain.Calendars.china-holidays.json";
        using var stream = typeof(WorkingCalendar).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(WorkingCalendar).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return WeekendsOnly.WithPredictedHolidays(true).WithYearsFromJson(reader.ReadToEnd());
    }

    private readonly record struct DayEntry(DayKind Kind, string Name, int? NoticeYear)
    {
        public bool IsWorking => Kind is DayKind.MakeUpWorkingDay or DayKind.ExtraWorkingDay;
    }
}
