using System.Globalization;
using NodaTime;

namespace LianLuo.Domain.Calendars;

/// <summary>
/// 农历 dates and the 清明 solar term. The only place in the library that touches <see cref="DateTime"/>: the framework's
/// <see cref="ChineseLunisolarCalendar"/> (table-driven, valid 1901-02-19 to 2101-01-28) needs it; everything outside
/// this class sees NodaTime <see cref="LocalDate"/>s. Stateless and thread-safe.
/// </summary>
internal static class LunarDates
{
    /// <summary>The first Gregorian year whose whole lunar arithmetic (除夕 to 中秋) is inside the framework's table.</summary>
    internal const int MinYear = 1902;

    /// <summary>The last Gregorian year the 清明 formula is documented for (the 21st-century constant).</summary>
    internal const int MaxYear = 2099;

    private static readonly ChineseLunisolarCalendar Lunar = new();

    /// <summary>
    /// The Gregorian date of a 农历 date (a non-leap month) of the lunar year that begins in <paramref name="gregorianYear"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside <see cref="MinYear"/>-<see cref="MaxYear"/> or the day does not exist.</exception>
    internal static LocalDate FromLunar(int gregorianYear, int month, int day)
    {
        CheckYear(gregorianYear);
        var leap = Lunar.GetLeapMonth(gregorianYear);
        var index = leap != 0 && month >= leap ? month + 1 : month;
        if (day < 1 || day > Lunar.GetDaysInMonth(gregorianYear, index))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, $"农历{gregorianYear.ToString(CultureInfo.InvariantCulture)}年{month.ToString(CultureInfo.InvariantCulture)}月 has no day {day.ToString(CultureInfo.InvariantCulture)}.");
        }

        var dt = Lunar.ToDateTime(gregorianYear, index, day, 0, 0, 0, 0);
        return new LocalDate(dt.Year, dt.Month, dt.Day);
    }

    /// <summary>正月初一 of the lunar year beginning in <paramref name="gregorianYear"/>.</summary>
    internal static LocalDate NewYear(int gregorianYear) => FromLunar(gregorianYear, 1, 1);

    /// <summary>除夕: the last day of the lunar year that ends in <paramref name="gregorianYear"/> (the eve of 正月初一).</summary>
    internal static LocalDate NewYearsEve(int gregorianYear) => NewYear(gregorianYear).PlusDays(-1);

    /// <summary>The 农历 month (1-12, leap months reported as their base month with <c>Leap</c> set) and day of a date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the framework's table.</exception>
    internal static (int Month, int Day, bool Leap) ToLunar(LocalDate date)
    {
        var dt = new DateTime(date.Year, date.Month, date.Day, 0, 0, 0, DateTimeKind.Unspecified);
        if (dt < Lunar.MinSupportedDateTime || dt > Lunar.MaxSupportedDateTime)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "The date is outside the 农历 table of ChineseLunisolarCalendar (1901-02-19 to 2101-01-28).");
        }

        var year = Lunar.GetYear(dt);
        var index = Lunar.GetMonth(dt);
        var day = Lunar.GetDayOfMonth(dt);
        var leapIndex = Lunar.GetLeapMonth(year);
        if (leapIndex == 0 || index < leapIndex)
        {
            return (index, day, false);
        }

        return index == leapIndex ? (index - 1, day, true) : (index - 1, day, false);
    }

    /// <summary>
    /// The day of the 清明 solar term (sun at ecliptic longitude 15°) in Beijing time, by the widely used "寿星" formula
    /// for the 21st century: day = ⌊Y·0.2422 + 4.81⌋ − ⌊Y/4⌋ (April), Y = year mod 100. It has no exception in 2000-2099 and
    /// agrees with every 清明节 of the notices 2008-2026.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 2000-2099.</exception>
    internal static LocalDate Qingming(int year)
    {
        if (year is < 2000 or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The 清明 formula is documented for 2000-2099 only.");
        }

        var y = year % 100;
        var day = (int)Math.Floor((y * 0.2422) + 4.81) - (y / 4);
        return new LocalDate(year, 4, day);
    }

    private static void CheckYear(int year)
    {
        if (year is < MinYear or > 2100)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "农历 dates are known for 1902-2100 (the table of ChineseLunisolarCalendar).");
        }
    }
}
