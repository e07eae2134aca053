using NodaTime;

namespace LianLuo.Domain.Calendars;

/// <summary>
/// Dates as day numbers (days since 1970-01-01, a Thursday) for constant-time arithmetic, and weekday ranks:
/// the count of Monday-to-Friday days from a fixed Monday up to a day, used outside the precomputed index.
/// </summary>
internal static class DayNumbers
{
    /// <summary>The day number of 1970-01-05, a Monday.</summary>
    private const int MondayEpoch = 4;

    /// <summary>The smallest day number of an ISO <see cref="LocalDate"/>.</summary>
    internal static readonly int MinDayNumber = FromCivil(-9998, 1, 1);

    /// <summary>The largest day number of an ISO <see cref="LocalDate"/>.</summary>
    internal static readonly int MaxDayNumber = FromCivil(9999, 12, 31);

    /// <summary>The day number of an ISO date.</summary>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar.</exception>
    internal static int FromDate(LocalDate date, string paramName = "date")
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"Working calendars count ISO dates only (value: {date} in the {date.Calendar.Id} calendar).", paramName);
        }

        return FromCivil(date.Year, date.Month, date.Day);
    }

    /// <summary>The day number of a proleptic Gregorian year, month and day (no validation).</summary>
    internal static int FromCivil(int year, int month, int day)
    {
        // Count years from March so that the leap day ends the year. Unchecked: for the years of LocalDate (-9998 to 9999)
        // every term stays far inside int, and this runs for every deadline.
        unchecked
        {
            var shiftedYear = month <= 2 ? year - 1 : year;
            var shiftedMonth = month <= 2 ? month + 9 : month - 3;
            var era = FloorDiv(shiftedYear, 400);
            var yearOfEra = shiftedYear - (era * 400);
            var dayOfYear = (((153 * shiftedMonth) + 2) / 5) + day - 1;
            var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
            return (era * 146097) + dayOfEra - 719468;
        }
    }

    /// <summary>
    /// The error for a result outside the dates a working calendar counts (those of <see cref="LocalDate"/>, -9998-01-01 to
    /// 9999-12-31): <paramref name="what"/> (e.g. <c>1 working day after 9999-12-31</c>) and the bound it passes, in our
    /// words (no parameter name is attached, so the message is exactly this).
    /// </summary>
    internal static ArgumentOutOfRangeException OutOfRange(string what, long dayNumber) =>
        new(paramName: null, message: dayNumber > MaxDayNumber
            ? $"{what} falls after 9999-12-31, the last date a working calendar counts."
            : $"{what} falls before -9998-01-01, the first date a working calendar counts.");

    /// <summary>Whether a day number is a date of <see cref="LocalDate"/>'s range.</summary>
    internal static bool InRange(long dayNumber) => dayNumber >= MinDayNumber && dayNumber <= MaxDayNumber;

    /// <summary>The ISO date of a day number.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The day number is outside the range of <see cref="LocalDate"/>.</exception>
    internal static LocalDate ToDate(long dayNumber)
    {
        if (!InRange(dayNumber))
        {
            throw OutOfRange("The date", dayNumber);
        }

        var shifted = (int)dayNumber + 719468;
        var era = FloorDiv(shifted, 146097);
        var dayOfEra = shifted - (era * 146097);
        var yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36524) - (dayOfEra / 146096)) / 365;
        var dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        var shiftedMonth = ((5 * dayOfYear) + 2) / 153;
        var day = dayOfYear - (((153 * shiftedMonth) + 2) / 5) + 1;
        var month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
        var year = (era * 400) + yearOfEra + (month <= 2 ? 1 : 0);
        return new LocalDate(year, month, day);
    }

    /// <summary>0 for Monday … 6 for Sunday.</summary>
    internal static int DayOfWeekIndex(long dayNumber) => (int)FloorMod(dayNumber - MondayEpoch, 7);

    /// <summary>Whether the day is a Saturday or a Sunday.</summary>
    internal static bool IsWeekend(long dayNumber) => DayOfWeekIndex(dayNumber) >= 5;

    /// <summary>
    /// The weekday rank of a day: non-decreasing, rising by one exactly on each Monday-to-Friday day.
    /// </summary>
    internal static long WeekdayRank(long dayNumber)
    {
        var k = dayNumber - MondayEpoch;
        return (5 * FloorDiv(k, 7)) + Math.Min(FloorMod(k, 7), 4) + 1;
    }

    /// <summary>The Monday-to-Friday day whose weekday rank is <paramref name="rank"/>.</summary>
    internal static long WeekdayWithRank(long rank)
    {
        var zeroBased = rank - 1;
        return MondayEpoch + (7 * FloorDiv(zeroBased, 5)) + FloorMod(zeroBased, 5);
    }

    private static int FloorDiv(int a, int b) => a >= 0 ? a / b : ((a + 1) / b) - 1;

    private static long FloorDiv(long a, long b) => a >= 0 ? a / b : ((a + 1) / b) - 1;

    private static long FloorMod(long a, long b) => a - (b * FloorDiv(a, b));
}
