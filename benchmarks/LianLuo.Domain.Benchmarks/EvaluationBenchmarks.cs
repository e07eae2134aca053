using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using LianLuo.Domain.Classification;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Reporting;
using LianLuo.SampleCity;
using NodaTime;

namespace LianLuo.Domain.Benchmarks;

/// <summary>
/// Scoring the handling units of a generated sample city (seed 2025) of 3,000 items with the default preset
/// (<see cref="EvaluationPresets.Default"/>, ledger.md §4), as of the city's as-of date: deciding the evaluation facts
/// (<see cref="EvaluationItems.From"/>), scoring facts decided beforehand (<see cref="UnitEvaluator.Evaluate"/>), and
/// both together as an application does. No alternative computation exists in the library, so there is no baseline.
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private HandledItem[] items = null!;
    private LocalDate asOf;
    private IReadOnlyList<EvaluationItem> evaluationItems = null!;
    private EvaluationScheme scheme = null!;

    [GlobalSetup]
    public void Setup()
    {
        var city = new SampleCityGenerator(2025, 3000).Generate();
        items = [.. city.Items];
        asOf = city.AsOf;
        scheme = EvaluationPresets.Default;
        evaluationItems = EvaluationItems.From(items, asOf);
    }

    [Benchmark]
    public int EvaluationItems_From() => EvaluationItems.From(items, asOf).Count;

    [Benchmark]
    public EvaluationResult Evaluate_Default() => UnitEvaluator.Evaluate(scheme, evaluationItems);

    [Benchmark]
    public EvaluationResult FromAndEvaluate_Default() => UnitEvaluator.Evaluate(scheme, EvaluationItems.From(items, asOf));
}

/// <summary>
/// How the assessment scales: the one-pass <see cref="UnitAssessmentAccumulator"/> (what <c>lianluo score</c> runs) against
/// the list form (<see cref="EvaluationItems.From"/>, every unit's items held, then <see cref="UnitEvaluator.Evaluate"/>;
/// the baseline), and the annual report's one pass over the same items (<see cref="AnnualReportBuilder.Build"/>) for
/// scale, on generated sample cities (seed 2025) with the default preset. The sizes are those of
/// <see cref="ReportScalingBenchmarks"/> (<c>LIANLUO_BENCH_REPORT_SIZES</c>; 10^4 without it). Both forms give the same
/// result; the setup checks it (at the accumulator's default list size, which no list reaches at 10^4).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByParams)]
public class AssessmentScalingBenchmarks
{
    private HandledItem[] items = null!;
    private LocalDate asOf;
    private UnitAssessment assessment = null!;

    /// <summary>The number of items.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    /// <summary>The sizes of <see cref="ReportScalingBenchmarks"/>.</summary>
    public static IEnumerable<int> Sizes() => ReportScalingBenchmarks.Sizes();

    [GlobalSetup]
    public void Setup()
    {
        var city = new SampleCityGenerator(2025, Size).Generate();
        items = [.. city.Items];
        asOf = city.AsOf;
        assessment = new UnitAssessment(EvaluationPresets.Default, DeadlineEngine.Default, ReplyRules.Default);
        if (Size <= 10_000 && !Assessment_List().Equals(Assessment_OnePass()))
        {
            throw new InvalidOperationException("The one-pass assessment differs from the list form.");
        }
    }

    [Benchmark(Baseline = true)]
    public EvaluationResult Assessment_List() => UnitEvaluator.Evaluate(assessment.Scheme, EvaluationItems.From(items, asOf, assessment.Engine, assessment.Rules), assessment.Rules.Scheme);

    [Benchmark]
    public EvaluationResult Assessment_OnePass()
    {
        var accumulator = new UnitAssessmentAccumulator(assessment, asOf);
        accumulator.AddRange(items);
        return accumulator.ToResult();
    }

    [Benchmark]
    public AnnualReport Report_Build() => AnnualReportBuilder.Build(items, [], asOf);
}
