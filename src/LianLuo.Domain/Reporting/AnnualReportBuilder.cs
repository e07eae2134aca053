using LianLuo.Domain.Classification;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Satisfaction;
using LianLuo.Domain.Timeliness;
using NodaTime;

namespace LianLuo.Domain.Reporting;

/// <summary>
/// How an annual report is computed: the deadline engine, the classification scheme, the satisfaction policy, the
/// year filter and the thresholds of the findings. Immutable and thread-safe.
/// </summary>
public sealed record AnnualReportOptions
{
    private readonly decimal belowAverageMargin = 15m;
    private readonly int minimumItemsToCompare = 3;
    private readonly int maxFindingItems = 1000;

    /// <summary>The defaults: China calendar and default deadline policy, the A/B/C scheme, unreturned forms excluded.</summary>
    public static AnnualReportOptions Default { get; } = new();

    /// <summary>The deadline engine (calendar and policy).</summary>
    public DeadlineEngine Engine { get; init; } = DeadlineEngine.Default;

    /// <summary>The result category scheme.</summary>
    public ClassificationScheme Scheme { get; init; } = ClassificationScheme.Default;

    /// <summary>The satisfaction policy.</summary>
    public SatisfactionPolicy Satisfaction { get; init; } = SatisfactionPolicy.Default;

    /// <summary>
    /// Reply verdicts recorded when the replies were given (with the calendar version then in force); a recorded verdict
    /// decides its item's (or 分办 unit's) timeliness instead of a recomputation. None by default.
    /// </summary>
    public RecordedVerdicts Verdicts { get; init; } = RecordedVerdicts.None;

    /// <summary>Keep only items whose first 交办 falls in this year and activities dated in it; null keeps everything.</summary>
    public int? Year { get; init; }

    /// <summary>
    /// How many percentage points below the average a unit's solve rate or satisfaction must be to be a finding
    /// ("well below the average"). Default 15.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not in (0, 100].</exception>
    public decimal BelowAverageMargin
    {
        get => belowAverageMargin;
        init => belowAverageMargin = value is > 0m and <= 100m
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "AnnualReportOptions.BelowAverageMargin must be in (0, 100] percentage points.");
    }

    /// <summary>The fewest items (in the rate's denominator) a unit needs before its rates are compared with the average. Default 3.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MinimumItemsToCompare
    {
        get => minimumItemsToCompare;
        init => minimumItemsToCompare = Preconditions.CheckPositive(value, "AnnualReportOptions.MinimumItemsToCompare");
    }

    /// <summary>
    /// The most items a finding lists (the smallest ids, ordinal); a finding with more items counts them all and says how
    /// many it left out (<see cref="ReportFinding.OmittedItems"/>), so that a report over millions of items stays small. Default 1000.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxFindingItems
    {
        get => maxFindingItems;
        init => maxFindingItems = Preconditions.CheckPositive(value, "AnnualReportOptions.MaxFindingItems");
    }
}

/// <summary>
/// Computes the <see cref="AnnualReport"/> of ledger.md §3 from items and activities as of a date: every figure
/// from the deadline engine, the classification scheme and mergeable tallies, the breakdowns by unit and kind, and
/// the findings for 存在问题. It enumerates the items and the activities exactly once and never holds them: the work is
/// done by an <see cref="AnnualReportAccumulator"/>, in memory bounded by the number of units. Stateless and thread-safe.
/// </summary>
/// <example>
/// <code>
/// var unit = new HandlingUnit("市教育局");
/// var item = new HandledItem(
///     new Submission(new ItemId("J2025-001"), SubmissionKind.Suggestion, "关于加强校园周边交通安全管理的建议", 2025, new Deputy("张三", "城关代表团")),
///     [
///         new Assigned(new LocalDate(2025, 3, 20), [new Assignment(unit, AssignmentRole.Lead)]),
///         new Replied(new LocalDate(2025, 5, 30), ResultCategory.A),
///     ]);
/// AnnualReport report = AnnualReportBuilder.Build([item], [], new LocalDate(2026, 1, 15));
/// // report.Suggestions == 1, report.Timeliness.OnTime == 1, report.Timeliness.OnTimeRate == 100.0m
/// string summary = ChineseSummaryRenderer.Render(report);  // …共提出建议1件…全部按期办结…
/// </code>
/// </example>
public static class AnnualReportBuilder
{
    /// <summary>Builds the report.</summary>
    /// <param name="items">The items (建议, 提案 and 议案).</param>
    /// <param name="activities">The liaison activities.</param>
    /// <param name="asOf">The day the report is made.</param>
    /// <param name="options">How to compute; <see cref="AnnualReportOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/>, <paramref name="activities"/> or an element is null.</exception>
    public static AnnualReport Build(IEnumerable<HandledItem> items, IEnumerable<LiaisonActivity> activities, LocalDate asOf, AnnualReportOptions? options = null)
    {
        Preconditions.CheckNotNull(items);
        Preconditions.CheckNotNull(activities);
        var accumulator = new AnnualReportAccumulator(asOf, options);
        accumulator.AddRange(items);
        accumulator.AddRange(activities);
        return accumulator.ToReport();
    }

    /// <summary>The figures of the activities (ledger.md §3 <c>activities</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="activities"/> is null.</exception>
    public static ActivityFigures ActivityFiguresOf(IEnumerable<LiaisonActivity> activities)
    {
        Preconditions.CheckNotNull(activities);
        var list = activities as IReadOnlyCollection<LiaisonActivity> ?? [.. activities];
        int Count(ActivityType type) => list.Count(a => a.Type == type);
        long Members(params ActivityType[] types) => list.Where(a => types.Contains(a.Type)).Sum(a => (long)a.MemberAttendances);
        ActivityType[] consultations =
        [
            ActivityType.TopicConsultation, ActivityType.CounterpartConsultation, ActivityType.SectorConsultation, ActivityType.ProposalHandlingConsultation,
        ];
        return new ActivityFigures(
            Count(ActivityType.TopicConsultation),
            Count(ActivityType.CounterpartConsultation),
            Count(ActivityType.SectorConsultation),
            Count(ActivityType.ProposalHandlingConsultation),
            list.Where(a => consultations.Contains(a.Type)).Sum(a => (long)a.LeaderAttendances),
            Count(ActivityType.Briefing),
            Members(ActivityType.ExecutiveMeetingAttendance),
            Members(ActivityType.Symposium, ActivityType.Hearing),
            Count(ActivityType.MotionProgressMeeting),
            Count(ActivityType.StudyMeeting));
    }
}
