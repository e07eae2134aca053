using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LianLuo.Domain.Calendars;
using LianLuo.Domain.Deadlines;
using NodaTime;

namespace LianLuo.Domain.Tests.Calendars;

/// <summary>A date anywhere in LocalDate's range, most often within a few years of either end.</summary>
public readonly record struct AnyIsoDate(LocalDate Value)
{
    public override string ToString() => Value.ToString();
}

/// <summary>A signed working-day count: small, near the whole range, or an extreme of int.</summary>
public readonly record struct AnyDayCount(int Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Any period a caller can build: every unit, lengths from 0 to int.MaxValue.</summary>
public readonly record struct AnyPeriod(DeadlinePeriod Value)
{
    public override string ToString() => Value.ToString();
}

public static class RangeArbitraries
{
    // 7 304 850 days from -9998-01-01 to 9999-12-31 (NodaTime's count, not ours).
    private static readonly int Span = Period.Between(LocalDate.MinIsoValue, LocalDate.MaxIsoValue, PeriodUnits.Days).Days;

    public static Arbitrary<AnyIsoDate> Dates() =>
        Gen.OneOf(
                Gen.Choose(0, Span).Select(i => LocalDate.MinIsoValue.PlusDays(i)),
                Gen.Choose(0, 3000).Select(i => LocalDate.MaxIsoValue.PlusDays(-i)),
                Gen.Choose(0, 3000).Select(i => LocalDate.MinIsoValue.PlusDays(i)))
            .Select(d => new AnyIsoDate(d))
            .ToArbitrary();

    public static Arbitrary<AnyDayCount> Counts() =>
        Gen.OneOf(
                Gen.Choose(-3000, 3000),
                Gen.Choose(int.MinValue, int.MaxValue),
                Gen.Choose(-6_000_000, 6_000_000),
                Gen.Elements(int.MinValue, int.MinValue + 1, int.MaxValue - 1, int.MaxValue))
            .Select(n => new AnyDayCount(n))
            .ToArbitrary();

    public static Arbitrary<AnyPeriod> Periods() =>
        Gen.OneOf(Gen.Choose(0, 3000), Gen.Choose(0, int.MaxValue), Gen.Elements(0, 1, int.MaxValue))
            .SelectMany(n => Gen.Elements(DeadlinePeriod.Days(n), DeadlinePeriod.Months(n), DeadlinePeriod.OfWorkingDays(n)))
            .Select(p => new AnyPeriod(p))
            .ToArbitrary();
}

/// <summary>
/// Dates at the ends of <see cref="LocalDate"/>'s range (-9998-01-01 to 9999-12-31) and counts near int's: every answer is a
/// date or the documented <see cref="ArgumentOutOfRangeException"/> in our words, never another exception.
/// </summary>
[Properties(Arbitrary = [typeof(RangeArbitraries)])]
public class CalendarRangeTests
{
    private const string PastTheEnd = "falls after 9999-12-31, the last date a working calendar counts.";
    private const string BeforeTheStart = "falls before -9998-01-01, the first date a working calendar counts.";

    private static readonly WorkingCalendar China = WorkingCalendar.China;
    private static readonly WorkingCalendar Weekends = WorkingCalendar.WeekendsOnly;
    private static readonly LocalDate Last = LocalDate.MaxIsoValue;
    private static readonly LocalDate First = LocalDate.MinIsoValue;

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static void AssertOurWords(ArgumentOutOfRangeException ex, string message)
    {
        Assert.Equal(message, ex.Message);
        Assert.Null(ex.ParamName);
    }

    [Fact]
    public void TheEndsOfTheRange_AreTheDaysNodaTimeSays()
    {
        // Independent of our day numbers: 9999-12-31 is a Friday, so 9999-12-25 and 26 are a weekend.
        Assert.Equal(IsoDayOfWeek.Friday, Last.DayOfWeek);
        Assert.Equal(IsoDayOfWeek.Saturday, D(9999, 12, 25).DayOfWeek);
        Assert.Equal(First.DayOfWeek == IsoDayOfWeek.Saturday || First.DayOfWeek == IsoDayOfWeek.Sunday, Weekends.IsRestDay(First));
        Assert.True(Weekends.IsWorkingDay(Last));
    }

    [Fact]
    public void TryWithYearsFromJson_ANoticeYear9999EndingOn9999_12_31_IsAccepted()
    {
        const string Json = """{"years": {"9999": {"offDays": [{"date": "9999-12-30", "name": "测试节"}, {"date": "9999-12-31", "name": "测试节"}], "workDays": [{"date": "9999-12-26", "name": "测试节"}]}}}""";

        Assert.True(China.TryWithYearsFromJson(Json, out var calendar, out var problems), string.Join("; ", problems));
        Assert.True(calendar.IsRestDay(Last));
        Assert.True(calendar.IsRestDay(D(9999, 12, 30)));
        Assert.True(calendar.IsWorkingDay(D(9999, 12, 26)));
        Assert.Equal(D(9999, 12, 29), calendar.PreviousWorkingDay(Last));
        Assert.Equal(Last, calendar.IndexedTo);
        Assert.Equal(D(9999, 12, 28), calendar.AddWorkingDays(D(9999, 12, 24), 3)); // the 26th (make-up), 27th, 28th
    }

    [Theory]
    [InlineData("10000", "years.10000", "The notice year must be a four-digit year (value: \"10000\").")]
    [InlineData("0000", "years.0000", "The notice year must be between 1900 and 9999 (value: 0).")]
    [InlineData("1899", "years.1899", "The notice year must be between 1900 and 9999 (value: 1899).")]
    public void TryWithYearsFromJson_AYearOutsideTheRange_IsAProblemNamingIt(string year, string path, string message)
    {
        var json = "{\"years\": {\"" + year + "\": {\"offDays\": [], \"workDays\": []}}}";

        Assert.False(China.TryWithYearsFromJson(json, out var calendar, out var problems));
        Assert.Null(calendar);
        var problem = Assert.Single(problems);
        Assert.Equal(path, problem.Path);
        Assert.Equal(message, problem.Message);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void WithExtraRestDays_9999_12_30_BecomesARestDay()
    {
        var local = China.WithExtraRestDays([new ArrangedDay(D(9999, 12, 30), "地方纪念日")]);

        Assert.Equal(DayKind.ExtraRestDay, local.Describe(D(9999, 12, 30)).Kind);
        Assert.Equal(Last, local.NextWorkingDay(D(9999, 12, 29)));
        Assert.Equal(Last, local.IndexedTo);
    }

    [Fact]
    public void WithExtraWorkingDays_TheLastWeekendOf9999_BecomesWorking()
    {
        var local = Weekends.WithExtraWorkingDays([new ArrangedDay(D(9999, 12, 25), "地方调休")]);

        Assert.True(local.IsWorkingDay(D(9999, 12, 25)));
        Assert.Equal(D(9999, 12, 25), local.NextWorkingDay(D(9999, 12, 24)));
    }

    [Fact]
    public void WithExtraDays_OutsideTheDataYears_IsAProblemNotAnException()
    {
        var ex = Assert.Throws<CalendarDataException>(() => Weekends.WithExtraRestDays([new ArrangedDay(D(-9998, 1, 1), "x"), new ArrangedDay(D(1899, 12, 29), "x")]));

        Assert.Equal(
            [("extraRestDays[0]", "-9998-01-01 must be in the years 1900-9999."), ("extraRestDays[1]", "1899-12-29 must be in the years 1900-9999.")],
            ex.Problems.Select(p => (p.Path, p.Message)));
    }

    [Fact]
    public void WithYear9999_IsIndexedToTheLastDate()
    {
        var calendar = Weekends.WithYear(9999, [new ArrangedDay(D(9998, 12, 31), "元旦"), new ArrangedDay(Last, "测试节")], []);

        Assert.True(calendar.IsRestDay(D(9998, 12, 31)));
        Assert.True(calendar.IsRestDay(Last));
        Assert.Equal([9999], calendar.NoticeYears);
    }

    [Fact]
    public void AddWorkingDays_PastTheLastDate_IsOutOfRangeInOurWords()
    {
        AssertOurWords(Assert.Throws<ArgumentOutOfRangeException>(() => Weekends.AddWorkingDays(Last, 1)), $"1 working day after 9999-12-31 {PastTheEnd}");
        AssertOurWords(Assert.Throws<ArgumentOutOfRangeException>(() => China.NextWorkingDay(Last)), $"1 working day after 9999-12-31 {PastTheEnd}");
        AssertOurWords(Assert.Throws<ArgumentOutOfRangeException>(() => China.AddWorkingDays(D(2025, 1, 1), int.MaxValue)), $"2147483647 working days after 2025-01-01 {PastTheEnd}");
        AssertOurWords(Assert.Throws<ArgumentOutOfRangeException>(() => China.AddWorkingDays(D(2025, 1, 1), int.MinValue)), $"2147483648 working days before 2025-01-01 {BeforeTheStart}");
    }

    [Fact]
    public void PreviousWorkingDay_BeforeTheFirstDate_IsOutOfRangeInOurWords()
    {
        // -9998-01-01 is a Tuesday (NodaTime), a working day with none before it.
        Assert.Equal(IsoDayOfWeek.Tuesday, First.DayOfWeek);
        AssertOurWords(Assert.Throws<ArgumentOutOfRangeException>(() => Weekends.PreviousWorkingDay(First)), $"1 working day before -9998-01-01 {BeforeTheStart}");
        Assert.Equal(First, Weekends.PreviousWorkingDay(D(-9998, 1, 2)));
    }

    [Fact]
    public void AddWorkingDays_UpToTheLastDate_Works()
    {
        Assert.Equal(Last, Weekends.NextWorkingDay(D(9999, 12, 30)));
        Assert.Equal(D(9999, 12, 30), China.PreviousWorkingDay(Last));
        Assert.Equal(D(9999, 12, 27), China.NextWorkingDay(D(9999, 12, 24)));
        Assert.Equal(Last, China.NextWorkingDayOnOrAfter(Last));
    }

    [Fact]
    public void NextWorkingDayOnOrAfter_WhenNoneIsLeft_IsOutOfRangeInOurWords()
    {
        var local = Weekends.WithExtraRestDays([new ArrangedDay(D(9999, 12, 30), "x"), new ArrangedDay(Last, "x")]);

        AssertOurWords(Assert.Throws<ArgumentOutOfRangeException>(() => local.NextWorkingDayOnOrAfter(D(9999, 12, 30))), $"The first working day on or after 9999-12-30 {PastTheEnd}");
    }

    [Fact]
    public void WorkingDaysBetween_TheWholeRange_CountsEveryWeekday()
    {
        // Independent route: NodaTime's days of the week, one day at a time.
        var expected = 0;
        for (var d = First.PlusDays(1); ; d = d.PlusDays(1))
        {
            if (d.DayOfWeek < IsoDayOfWeek.Saturday)
            {
                expected++;
            }

            if (d == Last)
            {
                break;
            }
        }

        Assert.Equal(expected, Weekends.WorkingDaysBetween(First, Last));
        Assert.Equal(-expected, Weekends.WorkingDaysBetween(Last, First));
    }

    [Fact]
    public void ProvisionalAnswers_AtTheEnds_NameTheirYear()
    {
        Assert.True(China.IsAnyProvisional(First, Last));
        Assert.Equal([9999], China.PendingNoticeYears(D(9999, 12, 1), Last));
        Assert.Equal(9999, China.Describe(Last).PendingNoticeYear);
        Assert.Equal(-9998, China.Describe(First).PendingNoticeYear);
    }

    // The rule: for any date and any count, the n-th working day is a date n working days away, or the documented error
    // in our words — and the error comes exactly when too few working days are left before the end of the range.
    [Property]
    public bool AddWorkingDays_IsADateOrTheDocumentedError(AnyIsoDate date, AnyDayCount count)
    {
        var start = date.Value;
        var n = count.Value;
        var left = n >= 0
            ? Weekends.WorkingDaysBetween(start, Last)
            : Weekends.WorkingDaysBetween(First, start) - (Weekends.IsWorkingDay(start) ? 1 : 0) + (Weekends.IsWorkingDay(First) ? 1 : 0);
        try
        {
            var end = Weekends.AddWorkingDays(start, n);
            return Math.Abs((long)n) <= left && (n == 0 ? end == start : Weekends.IsWorkingDay(end) && (n > 0 ? end > start : end < start));
        }
        catch (ArgumentOutOfRangeException ex)
        {
            return Math.Abs((long)n) > left && ex.ParamName is null && ex.Message.EndsWith(n > 0 ? PastTheEnd : BeforeTheStart, StringComparison.Ordinal);
        }
    }

    // The same on the China calendar, which predicts holidays for the years without a notice (no count checked here).
    [Property]
    public bool AddWorkingDays_OnChina_IsADateOrTheDocumentedError(AnyIsoDate date, AnyDayCount count)
    {
        try
        {
            return China.IsWorkingDay(China.AddWorkingDays(date.Value, count.Value)) || count.Value == 0;
        }
        catch (ArgumentOutOfRangeException ex)
        {
            return ex.ParamName is null && (ex.Message.EndsWith(PastTheEnd, StringComparison.Ordinal) || ex.Message.EndsWith(BeforeTheStart, StringComparison.Ordinal));
        }
    }

    // For any start and any period, a deadline is a date on or after its raw end (itself on or after the start), or the
    // documented error in our words naming the period.
    [Property]
    public bool ComputeDate_IsADateOrTheDocumentedError(AnyIsoDate date, AnyPeriod period)
    {
        try
        {
            var result = DeadlineEngine.Default.ComputeDate(date.Value, period.Value);
            return result.RawEndDate >= date.Value && result.Date >= result.RawEndDate && DeadlineEngine.Default.Calendar.IsWorkingDay(result.Date);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            return ex.ParamName is null && ex.Message.StartsWith($"The end of {period.Value} from ", StringComparison.Ordinal) && ex.Message.EndsWith(PastTheEnd, StringComparison.Ordinal);
        }
    }

    // For any notice year and any days of it near the ends of the range, reading calendar JSON gives a calendar or problems.
    [Property]
    public bool TryWithYearsFromJson_NeverThrows(AnyIsoDate date, bool workDay)
    {
        var year = date.Value.Year;
        var key = year is >= 0 and <= 9999 ? year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) : year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var list = workDay ? "workDays" : "offDays";
        var other = workDay ? "offDays" : "workDays";
        var day = NodaTime.Text.LocalDatePattern.Iso.Format(date.Value);
        var json = "{\"years\": {\"" + key + "\": {\"" + list + "\": [{\"date\": \"" + day + "\", \"name\": \"测试\"}], \"" + other + "\": []}}}";
        if (China.TryWithYearsFromJson(json, out var calendar, out var problems))
        {
            return problems.Count == 0 && calendar.IsWorkingDay(date.Value) == workDay;
        }

        return problems.Count > 0;
    }
}
