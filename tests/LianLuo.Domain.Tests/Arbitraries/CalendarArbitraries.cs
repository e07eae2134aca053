using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using LianLuo.Domain.Calendars;
using LianLuo.Domain.Deadlines;
using NodaTime;

namespace LianLuo.Domain.Tests.Arbitraries;

/// <summary>A date in 2007-2027: the years of the official data and the first unannounced one.</summary>
public readonly record struct CoveredDate(LocalDate Value)
{
    public override string ToString() => Value.ToString();
}

/// <summary>A date in 1950-2100, mostly outside the precomputed index.</summary>
public readonly record struct WideDate(LocalDate Value)
{
    public override string ToString() => Value.ToString();
}

/// <summary>A signed number of working days, -600 to 600.</summary>
public readonly record struct WorkingDayOffset(int Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A period of a realistic length in one of the three units (at least one unit long).</summary>
public readonly record struct RealisticPeriod(DeadlinePeriod Value)
{
    public override string ToString() => Value.ToString();
}

/// <summary>An ordinary working day (Monday-Friday, not a holiday) in 2024-2026 of the China calendar.</summary>
public readonly record struct OrdinaryWorkingDay(LocalDate Value)
{
    public override string ToString() => Value.ToString();
}

/// <summary>FsCheck generators for calendar and deadline tests: constrained, not filtered.</summary>
public static class CalendarArbitraries
{
    private static readonly LocalDate CoveredStart = new(2007, 1, 1);
    private static readonly LocalDate CoveredEnd = new(2027, 12, 31);
    private static readonly LocalDate WideStart = new(1950, 1, 1);
    private static readonly LocalDate WideEnd = new(2100, 12, 31);

    private static readonly LocalDate[] OrdinaryWorkingDays = BuildOrdinaryWorkingDays();

    public static Arbitrary<CoveredDate> CoveredDates() =>
        Gen.Choose(0, NodaTime.Period.Between(CoveredStart, CoveredEnd, PeriodUnits.Days).Days)
            .Select(i => new CoveredDate(CoveredStart.PlusDays(i)))
            .ToArbitrary();

    public static Arbitrary<WideDate> WideDates() =>
        Gen.Choose(0, NodaTime.Period.Between(WideStart, WideEnd, PeriodUnits.Days).Days)
            .Select(i => new WideDate(WideStart.PlusDays(i)))
            .ToArbitrary();

    public static Arbitrary<WorkingDayOffset> WorkingDayOffsets() =>
        Gen.Choose(-600, 600).Select(n => new WorkingDayOffset(n)).ToArbitrary();

    public static Arbitrary<RealisticPeriod> RealisticPeriods() =>
        Gen.OneOf(
                Gen.Choose(1, 24).Select(n => (DeadlinePeriod)new CalendarMonths(n)),
                Gen.Choose(1, 400).Select(n => (DeadlinePeriod)new CalendarDays(n)),
                Gen.Choose(1, 300).Select(n => (DeadlinePeriod)new WorkingDays(n)))
            .Select(p => new RealisticPeriod(p))
            .ToArbitrary();

    public static Arbitrary<OrdinaryWorkingDay> OrdinaryWorkingDayValues() =>
        Gen.Elements(OrdinaryWorkingDays).Select(d => new OrdinaryWorkingDay(d)).ToArbitrary();

    private static LocalDate[] BuildOrdinaryWorkingDays()
    {
        var reference = ReferenceCalendar.China;
        var days = new List<LocalDate>();
        for (var d = new LocalDate(2024, 1, 1); d <= new LocalDate(2026, 12, 31); d = d.PlusDays(1))
        {
            if (d.DayOfWeek < IsoDayOfWeek.Saturday && reference.IsWorkingDay(d))
            {
                days.Add(d);
            }
        }

        return [.. days];
    }
}

/// <summary>
/// A deliberately plain reference: the official data read from the embedded JSON with <see cref="JsonDocument"/> (not the
/// library's parser), the predicted statutory days of the years without a notice, and working days decided and counted one
/// day at a time.
/// </summary>
public sealed class ReferenceCalendar
{
    private readonly HashSet<LocalDate> offDays = [];
    private readonly HashSet<LocalDate> workDays = [];

    private ReferenceCalendar(string json)
    {
        using var document = JsonDocument.Parse(json);
        foreach (var year in document.RootElement.GetProperty("years").EnumerateObject())
        {
            foreach (var day in year.Value.GetProperty("offDays").EnumerateArray())
            {
                offDays.Add(NodaTime.Text.LocalDatePattern.Iso.Parse(day.GetProperty("date").GetString()!).Value);
            }

            foreach (var day in year.Value.GetProperty("workDays").EnumerateArray())
            {
                workDays.Add(NodaTime.Text.LocalDatePattern.Iso.Parse(day.GetProperty("date").GetString()!).Value);
            }
        }

        // Years with no notice: the statutory days of the rules then in force are predicted days off (ledger.md §2).
        var noticeYears = document.RootElement.GetProperty("years").EnumerateObject().Select(y => int.Parse(y.Name, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        for (var year = StatutoryHolidays.FirstYear; year <= StatutoryHolidays.LastYear; year++)
        {
            if (!noticeYears.Contains(year))
            {
                offDays.UnionWith(StatutoryHolidays.For(year).Select(d => d.Date));
            }
        }
    }

    public static ReferenceCalendar China { get; } = new(ReadEmbeddedJson());

    public static string ReadEmbeddedJson()
    {
        using var stream = typeof(WorkingCalendar).Assembly.GetManifestResourceStream("LianLuo.Domain.Calendars.china-holidays.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public bool IsWorkingDay(LocalDate date) =>
        workDays.Contains(date) || (!offDays.Contains(date) && date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday));

    public LocalDate AddWorkingDays(LocalDate start, int n)
    {
        var step = Math.Sign(n);
        var date = start;
        for (var left = Math.Abs(n); left > 0;)
        {
            date = date.PlusDays(step);
            if (IsWorkingDay(date))
            {
                left--;
            }
        }

        return date;
    }

    public int WorkingDaysBetween(LocalDate start, LocalDate end)
    {
        var (from, to, sign) = start <= end ? (start, end, 1) : (end, start, -1);
        var count = 0;
        for (var d = from.PlusDays(1); d <= to; d = d.PlusDays(1))
        {
            if (IsWorkingDay(d))
            {
                count++;
            }
        }

        return sign * count;
    }
}
