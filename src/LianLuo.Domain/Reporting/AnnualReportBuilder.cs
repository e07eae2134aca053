using System.Globalization;
using LianLuo.Domain.Aggregation;
using LianLuo.Domain.Classification;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;
using LianLuo.Domain.Satisfaction;
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
}

/// <summary>
/// Computes the <see cref="AnnualReport"/> of ledger.md §3 from items and activities as of a date: every figure
/// from the deadline engine, the classification scheme and mergeable tallies, the breakdowns by unit and kind, and
/// the findings for 存在问题. Stateless and thread-safe.
/// </summary>
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
        options ??= AnnualReportOptions.Default;
        var year = options.Year;
        var states = items.Select(i => Preconditions.CheckNotNull(i, nameof(items)).State)
            .Where(s => year is null || s.FirstAssignedOn?.Year == year)
            .ToList();
        var kept = activities.Select(a => Preconditions.CheckNotNull(a, nameof(activities)))
            .Where(a => year is null || a.Date.Year == year)
            .ToList();

        var facts = states.Select(s => ItemFacts.From(s, options.Engine, asOf, options.Scheme, options.Verdicts)).ToList();
        var itemFacts = facts.Where(f => f.Kind != SubmissionKind.Motion).ToList();
        var byKind = Tallies.ByKind(facts);
        var all = byKind[SubmissionKind.Suggestion].Merge(byKind[SubmissionKind.Proposal]);
        var motions = byKind[SubmissionKind.Motion];
        var satisfaction = all.Satisfaction.Summarize(options.Satisfaction);
        var byUnit = Tallies.ByUnit(itemFacts);

        return new AnnualReport
        {
            AsOf = asOf,
            Year = year,
            SummaryYear = year ?? states.Where(s => s.FirstAssignedOn is not null)
                .GroupBy(s => s.FirstAssignedOn!.Value.Year)
                .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key)
                .Select(g => (int?)g.Key).FirstOrDefault(),
            Suggestions = all.Suggestions,
            Proposals = all.Proposals,
            Motions = motions.Motions,
            Units = all.UnitCount,
            MotionUnits = motions.UnitCount,
            Timeliness = new TimelinessFigures(all.Replied, all.OnTime, all.Late, all.Overdue, all.Pending, all.OnTimeRate.Percent),
            Results = Figures(all.Results, options.Scheme),
            Satisfaction = new SatisfactionFigures(
                satisfaction.Satisfied + (satisfaction.VerySatisfied ?? 0),
                satisfaction.BasicallySatisfied,
                satisfaction.Unsatisfied,
                satisfaction.NoFeedback,
                satisfaction.SatisfiedRate.Percent,
                satisfaction.SatisfiedOrBasicallyRate.Percent),
            Rehandling = new RehandlingFigures(all.Rehandled, all.RehandledOnTime),
            KeySupervised = all.KeySupervised,
            Communication = new CommunicationFigures(all.FaceToFace, all.PhoneEmail, all.Visits),
            Activities = ActivityFiguresOf(kept),
            ByUnit = new EquatableArray<UnitFigures>(UnitFiguresOf(byUnit, options)),
            ByKind =
            [
                new KindFigures(SubmissionKind.Suggestion, byKind[SubmissionKind.Suggestion].Suggestions, Figures(byKind[SubmissionKind.Suggestion].Results, options.Scheme)),
                new KindFigures(SubmissionKind.Proposal, byKind[SubmissionKind.Proposal].Proposals, Figures(byKind[SubmissionKind.Proposal].Results, options.Scheme)),
            ],
            Findings = new EquatableArray<ReportFinding>(Findings(states, itemFacts, byUnit, all, asOf, options)),
        };
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

    private static EquatableArray<CategoryFigure> Figures(CategoryCounts counts, ClassificationScheme scheme) =>
        new(counts.Shares(scheme).Select(s => new CategoryFigure(s.Category.Code, s.Count, s.Percent)));

    private static IEnumerable<UnitFigures> UnitFiguresOf(TallyTable<HandlingUnit> byUnit, AnnualReportOptions options) =>
        byUnit.Groups.Select(g =>
        {
            var t = g.Value;
            return new UnitFigures(
                g.Key.Name,
                t.SuggestionsAndProposals,
                t.Replied,
                t.OnTime,
                t.Late,
                t.Overdue,
                Figures(t.Results, options.Scheme),
                t.Satisfaction.SatisfiedOrBasicallyRate(options.Satisfaction).Percent,
                new Proportion(t.Results.SolvedOrPlanned(options.Scheme), t.WithResult).Percent);
        });

    private static List<ReportFinding> Findings(List<ItemState> states, List<ItemFacts> facts, TallyTable<HandlingUnit> byUnit, ItemTally all, LocalDate asOf, AnnualReportOptions options)
    {
        var findings = new List<ReportFinding>();
        // Under 分办 a unit answers for its own part only.
        var led = facts.SelectMany(f => f.Parts.IsEmpty ? [f] : f.Parts.AsEnumerable())
            .SelectMany(f => f.LeadUnits.Select(u => (Unit: u, Facts: f))).ToLookup(x => x.Unit, x => x.Facts);
        foreach (var (unit, tally) in byUnit.Groups.Where(g => g.Value.Late + g.Value.Overdue > 0)
                     .OrderByDescending(g => g.Value.Late + g.Value.Overdue).ThenBy(g => g.Key.Name, StringComparer.Ordinal))
        {
            var parts = new List<string>();
            if (tally.Late > 0)
            {
                parts.Add($"逾期答复{N(tally.Late)}件");
            }

            if (tally.Overdue > 0)
            {
                parts.Add($"超过办理时限尚未答复{N(tally.Overdue)}件");
            }

            var ids = led[unit].Where(f => f.Timeliness is ReportStatus.Late or ReportStatus.Overdue).Select(f => f.Id);
            findings.Add(new ReportFinding(FindingKind.LateOrOverdueReplies, unit.Name, $"{unit.Name}{string.Join("、", parts)}", Ids(ids)));
        }

        var overallSolve = new Proportion(all.Results.SolvedOrPlanned(options.Scheme), all.WithResult);
        var overallSatisfaction = all.Satisfaction.SatisfiedOrBasicallyRate(options.Satisfaction);
        foreach (var (unit, tally) in byUnit.Groups)
        {
            var solve = new Proportion(tally.Results.SolvedOrPlanned(options.Scheme), tally.WithResult);
            if (IsWellBelow(solve, overallSolve, options))
            {
                var ids = led[unit].Where(f => f.Category is { } c && !options.Scheme.IsSolvedOrPlanned(c)).Select(f => f.Id);
                findings.Add(new ReportFinding(
                    FindingKind.LowSolveRate,
                    unit.Name,
                    $"{unit.Name}解决和列入计划解决的比例为{P(solve.Percent)}，明显低于平均水平{P(overallSolve.Percent)}",
                    Ids(ids)));
            }

            var sat = tally.Satisfaction.SatisfiedOrBasicallyRate(options.Satisfaction);
            if (IsWellBelow(sat, overallSatisfaction, options))
            {
                var ids = led[unit].Where(f => f.Satisfaction.Level == SatisfactionLevel.Unsatisfied).Select(f => f.Id);
                findings.Add(new ReportFinding(
                    FindingKind.LowSatisfaction,
                    unit.Name,
                    $"{unit.Name}满意和基本满意率为{P(sat.Percent)}，明显低于平均水平{P(overallSatisfaction.Percent)}",
                    Ids(ids)));
            }
        }

        var silent = states.Where(s => s.Submission.Kind != SubmissionKind.Motion && s.FirstRepliedOn is { } replied
                && !s.Communications.Any(c => c.Date <= replied && c.Stage != CommunicationStage.AfterHandling))
            .Select(s => s.Submission.Id).ToList();
        if (silent.Count > 0)
        {
            findings.Add(new ReportFinding(
                FindingKind.NoCommunicationBeforeReply,
                null,
                $"有{N(silent.Count)}件建议提案在答复前未与代表委员沟通",
                Ids(silent)));
        }

        var rules = new ReplyRules(options.Scheme);
        var dueFollowUps = states.Where(s => s.Submission.Kind != SubmissionKind.Motion)
            .SelectMany(s => rules.FollowUpObligations(s))
            .Where(o => o.IsDue(asOf))
            .Select(o => o.ItemId)
            .Distinct()
            .ToList();
        if (dueFollowUps.Count > 0)
        {
            findings.Add(new ReportFinding(
                FindingKind.FollowUpOverdue,
                null,
                $"有{N(dueFollowUps.Count)}件列入计划解决的建议提案已过承诺完成时间，尚未开展“回头看”",
                Ids(dueFollowUps)));
        }

        var unreturned = facts.Where(f => f.Satisfaction.IsNoFeedback).Select(f => f.Id).ToList();
        if (unreturned.Count > 0)
        {
            findings.Add(new ReportFinding(
                FindingKind.UnreturnedForms,
                null,
                $"有{N(unreturned.Count)}件已答复的建议提案尚未收回代表委员满意度征询表",
                Ids(unreturned)));
        }

        foreach (var group in states.Where(s => s.Submission.Kind != SubmissionKind.Motion)
                     .SelectMany(s => s.LateReturnRequests.Select(r => (r.Unit, s.Submission.Id)))
                     .GroupBy(x => x.Unit)
                     .OrderBy(g => g.Key.Name, StringComparer.Ordinal))
        {
            findings.Add(new ReportFinding(
                FindingKind.LateReturnRequests,
                group.Key.Name,
                $"{group.Key.Name}超过退回期限申请退回{N(group.Select(x => x.Id).Distinct().Count())}件",
                Ids(group.Select(x => x.Id).Distinct())));
        }

        return findings;
    }

    private static bool IsWellBelow(Proportion unit, Proportion overall, AnnualReportOptions options) =>
        unit.Denominator >= options.MinimumItemsToCompare
        && unit.Percent is { } u
        && overall.Percent is { } o
        && o - u >= options.BelowAverageMargin;

    private static EquatableArray<ItemId> Ids(IEnumerable<ItemId> ids) => new(ids.Order());

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string P(decimal? percent) => ChineseSummaryRenderer.P(percent);
}
