using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Reporting;
using LianLuo.SampleCity;
using NodaTime;

namespace LianLuo.Domain.Benchmarks;

/// <summary>
/// How the annual report scales: <see cref="AnnualReportBuilder.Build"/> against the plain single pass
/// (<see cref="DirectLoop"/>, the baseline) on generated sample cities (seed 2025) of 10^4, 10^5 and 10^6 items, whose
/// activities grow with the size. The sizes come from the environment variable <c>LIANLUO_BENCH_REPORT_SIZES</c>
/// (comma-separated, e.g. <c>10000,100000,1000000</c>); without it only 10^4 runs, so the CI smoke run
/// (<c>--job dry</c>, every benchmark once) stays fast. Goals (issue 12): 10^6 items in under 1 s, within 10× of the direct
/// loop, and 10^6 at most 11× the time of 10^5.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByParams)]
public class ReportScalingBenchmarks
{
    private HandledItem[] items = null!;
    private LiaisonActivity[] activities = null!;
    private LocalDate asOf;

    /// <summary>The sizes to run: <c>LIANLUO_BENCH_REPORT_SIZES</c>, or 10^4.</summary>
    public static IEnumerable<int> Sizes() =>
        Environment.GetEnvironmentVariable("LIANLUO_BENCH_REPORT_SIZES") is { Length: > 0 } sizes
            ? sizes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))
            : [10_000];

    /// <summary>The number of items.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var city = new SampleCityGenerator(2025, Size).Generate();
        items = [.. city.Items];
        activities = [.. city.Activities];
        asOf = city.AsOf;
        var direct = KeyFigures_Direct();
        var fromReport = KeyFigures.Of(Report_Build());
        if (direct != fromReport)
        {
            throw new InvalidOperationException($"The direct key figures {direct} differ from the report's {fromReport}.");
        }
    }

    [Benchmark(Baseline = true)]
    public KeyFigures KeyFigures_Direct() => DirectLoop.KeyFigures(items, DeadlineEngine.Default, asOf);

    [Benchmark]
    public AnnualReport Report_Build() => AnnualReportBuilder.Build(items, activities, asOf);
}
