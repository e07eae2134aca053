using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LianLuo.Domain.Calendars;
using NodaTime;

namespace LianLuo.Domain.Tests.Calendars;

/// <summary>
/// Day numbers count days from 1970-01-01 over the whole range of <see cref="LocalDate"/>, from -9998-01-01 to 9999-12-31
/// (both ends included), and are checked against NodaTime's own day arithmetic.
/// </summary>
public class DayNumberRangeTests
{
    private static readonly LocalDate Epoch = new(1970, 1, 1);

    /// <summary>Any ISO date, the two ends of the range included more often than chance would.</summary>
    public static class Dates
    {
        private static readonly int Span = Period.DaysBetween(LocalDate.MinIsoValue, LocalDate.MaxIsoValue);

        public static Arbitrary<LocalDate> AnyDate() =>
            Gen.Frequency(
                    (8, Gen.Choose(0, Span).Select(LocalDate.MinIsoValue.PlusDays)),
                    (1, Gen.Choose(0, 400).Select(LocalDate.MinIsoValue.PlusDays)),
                    (1, Gen.Choose(0, 400).Select(i => LocalDate.MaxIsoValue.PlusDays(-i))))
                .ToArbitrary();
    }

    [Property(Arbitrary = [typeof(Dates)])]
    public void DayNumber_IsTheDaysSince1970(LocalDate date) =>
        Assert.Equal(Period.DaysBetween(Epoch, date), DayNumbers.FromDate(date));

    [Property(Arbitrary = [typeof(Dates)])]
    public void DayNumber_GivesBackItsDate(LocalDate date) =>
        Assert.Equal(date, DayNumbers.ToDate(DayNumbers.FromDate(date)));

    [Property(Arbitrary = [typeof(Dates)])]
    public void DayOfWeek_IsNodaTimes(LocalDate date)
    {
        var index = DayNumbers.DayOfWeekIndex(DayNumbers.FromDate(date));
        Assert.Equal((int)date.DayOfWeek - 1, index); // IsoDayOfWeek: Monday = 1 … Sunday = 7.
        Assert.Equal(date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday, DayNumbers.IsWeekend(DayNumbers.FromDate(date)));
    }

    [Property(Arbitrary = [typeof(Dates)])]
    public void WeekdayRank_RisesByOneOnEachMondayToFriday(LocalDate date)
    {
        if (date == LocalDate.MinIsoValue)
        {
            return;
        }

        var day = DayNumbers.FromDate(date);
        var rise = DayNumbers.WeekdayRank(day) - DayNumbers.WeekdayRank(day - 1);
        Assert.Equal(DayNumbers.IsWeekend(day) ? 0 : 1, rise);
        if (!DayNumbers.IsWeekend(day))
        {
            Assert.Equal(day, DayNumbers.WeekdayWithRank(DayNumbers.WeekdayRank(day)));
        }
    }

    /// <summary>
    /// Around the year 0 the floor divisions change sign: eras start on 0000-03-01 (day -719,468: 1970 years, of which 477
    /// leap, lie between 0000-03-01 and 1970-03-01, less the 59 days of 1970-01-01 to 03-01), and the leap day of year 0
    /// ends the era before.
    /// </summary>
    [Theory]
    [InlineData(0, 3, 1)]
    [InlineData(0, 2, 29)]
    [InlineData(0, 1, 1)]
    [InlineData(1, 1, 1)]
    [InlineData(1, 2, 28)]
    [InlineData(1, 3, 1)]
    [InlineData(-1, 12, 31)]
    [InlineData(-1, 3, 1)]
    [InlineData(-400, 2, 29)]
    [InlineData(-400, 3, 1)]
    [InlineData(400, 2, 29)]
    [InlineData(1969, 12, 31)]
    [InlineData(1970, 1, 1)]
    public void DayNumber_AroundTheYearZero_IsNodaTimes(int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);
        Assert.Equal(Period.DaysBetween(Epoch, date), DayNumbers.FromDate(date));
        Assert.Equal(date, DayNumbers.ToDate(DayNumbers.FromDate(date)));
    }

    [Fact]
    public void EraStart_IsDayMinus719468() =>
        Assert.Equal(-719_468, DayNumbers.FromDate(new LocalDate(0, 3, 1)));

    [Fact]
    public void Range_IsExactlyThatOfLocalDate()
    {
        // By hand: -9998 to 1969 are 11,968 proleptic Gregorian years with 2,992 - 119 + 29 = 2,902 leap years, so
        // -9998-01-01 is 11,968 × 365 + 2,902 = 4,371,222 days before 1970-01-01. 1970 to 9999 are 8,030 years with
        // 2,007 - 80 + 20 = 1,947 leap years: 10000-01-01 would be day 2,932,897, so 9999-12-31 is day 2,932,896.
        Assert.Equal(-4_371_222, DayNumbers.MinDayNumber);
        Assert.Equal(2_932_896, DayNumbers.MaxDayNumber);
        Assert.Equal(LocalDate.MinIsoValue, DayNumbers.ToDate(DayNumbers.MinDayNumber));
        Assert.Equal(LocalDate.MaxIsoValue, DayNumbers.ToDate(DayNumbers.MaxDayNumber));
        Assert.Throws<ArgumentOutOfRangeException>(() => DayNumbers.ToDate(DayNumbers.MinDayNumber - 1L));
        Assert.Throws<ArgumentOutOfRangeException>(() => DayNumbers.ToDate(DayNumbers.MaxDayNumber + 1L));
    }

    [Fact]
    public void FromDate_RefusesAnotherCalendarSystem()
    {
        var julian = new LocalDate(2026, 1, 1, CalendarSystem.Julian);
        var ex = Assert.Throws<ArgumentException>(() => DayNumbers.FromDate(julian, "start"));
        Assert.Equal("start", ex.ParamName);
        Assert.Contains("ISO dates only", ex.Message, StringComparison.Ordinal);
    }
}
