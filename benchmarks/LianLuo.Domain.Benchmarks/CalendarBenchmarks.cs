using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using LianLuo.Domain.Calendars;
using NodaTime;

namespace LianLuo.Domain.Benchmarks;

/// <summary>
/// Working-day arithmetic on the China calendar: the precomputed index against a plain day-by-day walk over the same
/// calendar, from a day of a year with a State Council notice (2025) and from one of a predicted year (2090, provisional).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CalendarBenchmarks
{
    private WorkingCalendar calendar = null!;
    private LocalDate start;
    private LocalDate yearLater;

    /// <summary>The year of the start date: 2025 has a notice; 2090 is predicted.</summary>
    [Params(2025, 2090)]
    public int Year { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        calendar = WorkingCalendar.China;
        start = new LocalDate(Year, 1, 20);
        yearLater = start.PlusYears(1);
        _ = calendar.IsWorkingDay(start); // load the embedded data outside the measurement
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("AddWorkingDays")]
    [Arguments(5)]
    [Arguments(500)]
    public LocalDate AddWorkingDays_DayByDay(int n)
    {
        var date = start;
        for (var left = n; left > 0;)
        {
            date = date.PlusDays(1);
            if (calendar.IsWorkingDay(date))
            {
                left--;
            }
        }

        return date;
    }

    [Benchmark]
    [BenchmarkCategory("AddWorkingDays")]
    [Arguments(5)]
    [Arguments(500)]
    public LocalDate AddWorkingDays_Indexed(int n) => calendar.AddWorkingDays(start, n);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("WorkingDaysBetween")]
    public int WorkingDaysBetween_DayByDay()
    {
        var count = 0;
        for (var date = start.PlusDays(1); date <= yearLater; date = date.PlusDays(1))
        {
            if (calendar.IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    [Benchmark]
    [BenchmarkCategory("WorkingDaysBetween")]
    public int WorkingDaysBetween_Indexed() => calendar.WorkingDaysBetween(start, yearLater);
}
