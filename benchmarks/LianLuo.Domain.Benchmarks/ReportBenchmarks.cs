using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using LianLuo.Domain.Aggregation;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Reporting;
using LianLuo.Domain.Satisfaction;
using LianLuo.Domain.Timeliness;
using LianLuo.SampleCity;
using NodaTime;

namespace LianLuo.Domain.Benchmarks;

/// <summary>
/// The annual report of a generated sample city (seed 2025) of 300 and 3,000 items, as of the city's as-of date.
/// <para>Report: <see cref="AnnualReportBuilder.Build"/> (every figure, the breakdowns by unit and kind, the findings)
/// against the floor: one plain pass over the items computing the key figures only (<see cref="DirectLoop"/>). The
/// setup checks that both give the same key figures, so the ratio compares like with like.</para>
/// <para>Tally: one <see cref="ItemTally.Of(IEnumerable{ItemFacts})"/> over all items' facts against tallies by month
/// of 交办 merged into one (grouping included), and against merging per-month tallies made beforehand (the
/// incremental case: only the merge is measured). The setup checks that all three agree.</para>
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class ReportBenchmarks
{
    private HandledItem[] items = null!;
    private LiaisonActivity[] activities = null!;
    private LocalDate asOf;
    private DeadlineEngine engine = null!;
    private List<ItemFacts> facts = null!;
    private ItemTally[] monthTallies = null!;

    /// <summary>The number of items of the generated city.</summary>
    [Params(300, 3000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var city = new SampleCityGenerator(2025, Size).Generate();
        items = [.. city.Items];
        activities = [.. city.Activities];
        asOf = city.AsOf;
        engine = DeadlineEngine.Default;
        facts = [.. items.Select(i => ItemFacts.From(i.State, engine, asOf))];
        monthTallies = [.. Tallies.ByAssignmentMonth(facts).Groups.Select(g => g.Value)];

        var fromReport = KeyFigures.Of(Report_Build());
        var direct = KeyFigures_Direct();
        if (fromReport != direct)
        {
            throw new InvalidOperationException($"The direct key figures {direct} differ from the report's {fromReport}.");
        }

        var whole = Tally_Of();
        if (!whole.Equals(Tally_ByMonthThenMerge()) || !whole.Equals(Tally_MergeMonths()))
        {
            throw new InvalidOperationException("The merged monthly tallies differ from the tally of all items.");
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Report")]
    public KeyFigures KeyFigures_Direct() => DirectLoop.KeyFigures(items, engine, asOf);

    [Benchmark]
    [BenchmarkCategory("Report")]
    public AnnualReport Report_Build() => AnnualReportBuilder.Build(items, activities, asOf);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Tally")]
    public object Tally_Of() => ItemTally.Of(facts);

    [Benchmark]
    [BenchmarkCategory("Tally")]
    public object Tally_ByMonthThenMerge() => ItemTally.Sum(Tallies.ByAssignmentMonth(facts).Groups.Select(g => g.Value));

    [Benchmark]
    [BenchmarkCategory("Tally")]
    public object Tally_MergeMonths() => ItemTally.Sum(monthTallies);
}

/// <summary>
/// The floor of the report: a plain single pass over the items that computes the key figures only, with no tally, no
/// grouping and no list: kinds, on-time/late/overdue/pending from the deadline dates (the engine's allocation-free path),
/// A/B/C and the final satisfaction, each counted in a local. Stateless and thread-safe.
/// </summary>
public static class DirectLoop
{
    /// <summary>The key figures of the items as of a date.</summary>
    public static KeyFigures KeyFigures(IReadOnlyList<HandledItem> items, DeadlineEngine engine, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(engine);
        int suggestions = 0, proposals = 0, motions = 0, onTime = 0, late = 0, overdue = 0, pending = 0;
        int a = 0, b = 0, c = 0, satisfied = 0, basically = 0, unsatisfied = 0, noFeedback = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var state = items[i].State;
            switch (state.Submission.Kind)
            {
                case SubmissionKind.Motion:
                    motions++;
                    continue;
                case SubmissionKind.Suggestion:
                    suggestions++;
                    break;
                default:
                    proposals++;
                    break;
            }

            var status = state.IsSeparateHandling ? engine.Status(state, asOf).ReportStatus : engine.ReplyStatus(state, asOf, null);
            switch (status)
            {
                case ReportStatus.OnTime:
                    onTime++;
                    break;
                case ReportStatus.Late:
                    late++;
                    break;
                case ReportStatus.Overdue:
                    overdue++;
                    break;
                default:
                    pending++;
                    break;
            }

            if (state.FirstRepliedOn is null)
            {
                continue;
            }

            var category = state.LatestCategory;
            if (category == ResultCategory.A)
            {
                a++;
            }
            else if (category == ResultCategory.B)
            {
                b++;
            }
            else if (category == ResultCategory.C)
            {
                c++;
            }

            var satisfaction = ItemSatisfaction.Of(state);
            if (satisfaction.IsSatisfied)
            {
                satisfied++;
            }
            else if (satisfaction.Level == SatisfactionLevel.BasicallySatisfied)
            {
                basically++;
            }
            else if (satisfaction.Level == SatisfactionLevel.Unsatisfied)
            {
                unsatisfied++;
            }
            else if (satisfaction.IsNoFeedback)
            {
                noFeedback++;
            }
        }

        return new KeyFigures(suggestions, proposals, motions, onTime, late, overdue, pending, a, b, c, satisfied, basically, unsatisfied, noFeedback);
    }
}

/// <summary>The key figures of an annual report (建议 and 提案 only, except <see cref="Motions"/>). Immutable and thread-safe.</summary>
public readonly record struct KeyFigures(
    int Suggestions,
    int Proposals,
    int Motions,
    int OnTime,
    int Late,
    int Overdue,
    int Pending,
    int A,
    int B,
    int C,
    int Satisfied,
    int BasicallySatisfied,
    int Unsatisfied,
    int NoFeedback)
{
    /// <summary>The key figures as the report gives them.</summary>
    public static KeyFigures Of(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        int Count(string code) => report.Results.FirstOrDefault(r => r.Code == code)?.Count ?? 0;
        return new KeyFigures(
            report.Suggestions,
            report.Proposals,
            report.Motions,
            report.Timeliness.OnTime,
            report.Timeliness.Late,
            report.Timeliness.Overdue,
            report.Timeliness.Pending,
            Count("A"),
            Count("B"),
            Count("C"),
            report.Satisfaction.Satisfied,
            report.Satisfaction.BasicallySatisfied,
            report.Satisfaction.Unsatisfied,
            report.Satisfaction.NoFeedback);
    }
}
