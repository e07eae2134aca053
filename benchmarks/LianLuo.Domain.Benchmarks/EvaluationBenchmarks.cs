using BenchmarkDotNet.Attributes;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Model;
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
    public IReadOnlyList<EvaluationItem> EvaluationItems_From() => EvaluationItems.From(items, asOf);

    [Benchmark]
    public EvaluationResult Evaluate_Default() => UnitEvaluator.Evaluate(scheme, evaluationItems);

    [Benchmark]
    public EvaluationResult FromAndEvaluate_Default() => UnitEvaluator.Evaluate(scheme, EvaluationItems.From(items, asOf));
}
