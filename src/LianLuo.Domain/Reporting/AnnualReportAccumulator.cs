using System.Globalization;
using System.Runtime.InteropServices;
using LianLuo.Domain.Aggregation;
using LianLuo.Domain.Classification;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Numbers;
using LianLuo.Domain.Satisfaction;
using LianLuo.Domain.Timeliness;
using NodaTime;

namespace LianLuo.Domain.Reporting;

/// <summary>
/// Computes an <see cref="AnnualReport"/> in one pass: <see cref="Add(HandledItem)"/> each item and
/// <see cref="Add(LiaisonActivity)"/> each activity, in any order, then <see cref="ToReport"/>. Memory is bounded by the
/// number of units, not of items: each item is judged once (dates only, no explained deadlines), counted into mergeable
/// tallies (by kind and by lead unit, the distinct units in a hash set) and dropped; the items behind each finding are
/// counted in full but listed only up to <see cref="AnnualReportOptions.MaxFindingItems"/> (the smallest ids), and a
/// finding whose list was cut says so (<see cref="ReportFinding.OmittedItems"/>). The result is the same as
/// <see cref="AnnualReportBuilder.Build"/> on the same items, which uses this class.
/// <para>
/// Not thread-safe: use one accumulator per thread (or per shard) and <see cref="Merge(AnnualReportAccumulator)"/> them;
/// <see cref="ToTally"/> gives the counts as a <see cref="ReportTally"/> that can be saved and merged elsewhere.
/// Item ids are taken to be distinct, as a ledger's are.
/// </para>
/// </summary>
/// <example>
/// <code>
/// // One item at a time, in constant memory: the same report as AnnualReportBuilder.Build on the whole list.
/// var asOf = new LocalDate(2026, 1, 15);
/// var accumulator = new AnnualReportAccumulator(asOf);
/// using var ledger = LedgerReader.StreamItemsFile("台账.csv", new LedgerReadOptions(asOf)); // the ledger package
/// foreach (var item in ledger)
/// {
///     accumulator.Add(item);
/// }
///
/// AnnualReport report = accumulator.ToReport();
/// </code>
/// </example>
public sealed class AnnualReportAccumulator
{
    private readonly ReplyRules rules;
    private readonly ItemTally.Builder suggestions = new(trackUnits: true);
    private readonly ItemTally.Builder proposals = new(trackUnits: true);
    private readonly ItemTally.Builder motions = new(trackUnits: true);
    private readonly Dictionary<HandlingUnit, UnitState> units = [];
    private readonly Dictionary<int, long> years = [];
    private readonly BoundedIds silent;
    private readonly BoundedIds followUps;
    private readonly BoundedIds unreturned;
    private readonly Dictionary<HandlingUnit, BoundedIds> lateReturns = [];
    private readonly long[] activities = new long[ActivityCounter.Count];
    private readonly IdSketch sketch = new();
    private readonly List<ReportTally> mergedTallies = [];
    private ItemFingerprint fingerprint;

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="asOf">The day the report is made.</param>
    /// <param name="options">How to compute; <see cref="AnnualReportOptions.Default"/> when null.</param>
    public AnnualReportAccumulator(LocalDate asOf, AnnualReportOptions? options = null)
    {
        AsOf = asOf;
        Options = options ?? AnnualReportOptions.Default;
        rules = new ReplyRules(Options.Scheme);
        silent = NewIds();
        followUps = NewIds();
        unreturned = NewIds();
    }

    /// <summary>The day the report is made.</summary>
    public LocalDate AsOf { get; }

    /// <summary>How the report is computed.</summary>
    public AnnualReportOptions Options { get; }

    /// <summary>Items counted so far (those the year filter kept).</summary>
    public long Items => fingerprint.Count;

    /// <summary>Counts an item (left out when the year filter excludes it).</summary>
    /// <param name="item">The item.</param>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    public void Add(HandledItem item)
    {
        Preconditions.CheckNotNull(item);
        var state = item.State;
        var assigned = state.FirstAssignedOn;
        if (Options.Year is { } year && assigned?.Year != year)
        {
            return;
        }

        if (assigned is { } date)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(years, date.Year, out _)++;
        }

        var id = state.Submission.Id;
        var hash = ItemFingerprint.Hash(id, state.Submission.Title);
        fingerprint = new ItemFingerprint(fingerprint.Count + 1, unchecked(fingerprint.Sum + hash));
        sketch.Add(hash);

        var kind = state.Submission.Kind;
        var byKind = kind switch
        {
            SubmissionKind.Suggestion => suggestions,
            SubmissionKind.Proposal => proposals,
            _ => motions,
        };
        var isItem = kind != SubmissionKind.Motion;
        ItemSatisfaction satisfaction;
        if (!state.IsSeparateHandling)
        {
            // The allocation-free path: the same figures as ItemFacts.From, from deadline dates alone.
            var engine = Options.Engine;
            var timeliness = engine.ReplyStatus(state, AsOf, Options.Verdicts.Find(id));
            var category = state.FirstRepliedOn is null ? null : Options.Scheme.StandingResult(state);
            satisfaction = ItemSatisfaction.Of(state);
            var (faceToFace, phoneEmail, visits) = PersonTimes(state);
            var rehandling = engine.RehandlingStatus(state, AsOf);
            byKind.Add(kind, timeliness, category, satisfaction, state.Submission.IsKey, state.IsSupervised, rehandling, faceToFace, phoneEmail, visits);
            if (state.Assignment is { } assignment)
            {
                foreach (var a in assignment.Assignments)
                {
                    if (a.Role != AssignmentRole.CoHandling)
                    {
                        byKind.AddUnit(a.Unit);
                        if (isItem)
                        {
                            Unit(a.Unit).Add(id, kind, timeliness, category, satisfaction, state.Submission.IsKey, state.IsSupervised, rehandling, faceToFace, phoneEmail, visits, Options.Scheme);
                        }
                    }
                    else if (!IsReleased(state, a.Unit))
                    {
                        byKind.AddUnit(a.Unit);
                    }
                }
            }
        }
        else
        {
            // 分办: each unit's part is judged as if that unit led the item.
            var facts = ItemFacts.From(state, Options.Engine, AsOf, Options.Scheme, Options.Verdicts);
            satisfaction = facts.Satisfaction;
            byKind.Add(facts);
            if (isItem)
            {
                foreach (var part in facts.Parts)
                {
                    foreach (var unit in part.LeadUnits)
                    {
                        Unit(unit).Add(part, Options.Scheme);
                    }
                }
            }
        }

        if (isItem)
        {
            CountFindings(state, id, satisfaction);
        }
    }

    /// <summary>Counts an activity (left out when the year filter excludes it).</summary>
    /// <param name="activity">The activity.</param>
    /// <exception cref="ArgumentNullException"><paramref name="activity"/> is null.</exception>
    public void Add(LiaisonActivity activity)
    {
        Preconditions.CheckNotNull(activity);
        if (Options.Year is { } year && activity.Date.Year != year)
        {
            return;
        }

        ActivityCounter.Add(activities, activity);
    }

    /// <summary>Counts items.</summary>
    /// <param name="items">The items.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or an element is null.</exception>
    public void AddRange(IEnumerable<HandledItem> items)
    {
        Preconditions.CheckNotNull(items);
        foreach (var item in items)
        {
            Add(Preconditions.CheckNotNull(item, nameof(items)));
        }
    }

    /// <summary>Counts activities.</summary>
    /// <param name="activities">The activities.</param>
    /// <exception cref="ArgumentNullException"><paramref name="activities"/> or an element is null.</exception>
    public void AddRange(IEnumerable<LiaisonActivity> activities)
    {
        Preconditions.CheckNotNull(activities);
        foreach (var activity in activities)
        {
            Add(Preconditions.CheckNotNull(activity, nameof(activities)));
        }
    }

    /// <summary>
    /// Adds another accumulator's items and activities (other items: a disjoint shard of the same ledger or another ledger),
    /// computed on the same day with the same options. The other accumulator is unchanged.
    /// </summary>
    /// <param name="other">The other accumulator.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The other accumulator has another as-of date or other options.</exception>
    public void Merge(AnnualReportAccumulator other)
    {
        Preconditions.CheckNotNull(other);
        if (other.AsOf != AsOf || !other.Options.Equals(Options))
        {
            throw new ArgumentException("AnnualReportAccumulator.Merge: the other accumulator was made for another as-of date or with other options.", nameof(other));
        }

        suggestions.Merge(other.suggestions);
        proposals.Merge(other.proposals);
        motions.Merge(other.motions);
        foreach (var (unit, state) in other.units)
        {
            Unit(unit).Merge(state);
        }

        foreach (var (year, n) in other.years)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(years, year, out _) += n;
        }

        silent.Merge(other.silent);
        followUps.Merge(other.followUps);
        unreturned.Merge(other.unreturned);
        foreach (var (unit, ids) in other.lateReturns)
        {
            LateReturns(unit).Merge(ids);
        }

        for (var i = 0; i < activities.Length; i++)
        {
            activities[i] = checked(activities[i] + other.activities[i]);
        }

        fingerprint = fingerprint.Merge(other.fingerprint);
        foreach (var hash in other.sketch.Hashes)
        {
            sketch.Add(hash);
        }

        mergedTallies.AddRange(other.mergedTallies);
    }

    /// <summary>
    /// Adds a tally's counts (another ledger's, e.g. another city's). A tally carries no item ids, so the findings list
    /// none of its items: they are counted as omitted (<see cref="ReportFinding.OmittedItems"/>).
    /// </summary>
    /// <param name="tally">The tally.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The tally was computed for another as-of date or year, or under another scheme or policy (<see cref="ReportTally.ComputedUnder"/>).
    /// </exception>
    public void Merge(ReportTally tally)
    {
        Preconditions.CheckNotNull(tally);
        var mine = TallyIdentity.Of(Options);
        if (tally.AsOf != AsOf || tally.Year != Options.Year || !tally.ComputedUnder.Equals(mine))
        {
            throw new ArgumentException(
                $"AnnualReportAccumulator.Merge: the tally of {tally.Name} was computed for {tally.AsOf:uuuu-MM-dd}{YearText(tally.Year)} under {tally.ComputedUnder}, not for {AsOf:uuuu-MM-dd}{YearText(Options.Year)} under {mine}.",
                nameof(tally));
        }

        suggestions.Merge(tally.Suggestions);
        proposals.Merge(tally.Proposals);
        motions.Merge(tally.Motions);
        foreach (var (name, counts) in tally.Units)
        {
            Unit(new HandlingUnit(name)).Merge(counts);
        }

        foreach (var (year, n) in tally.Years)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(years, year, out _) += n;
        }

        silent.AddUnlisted(tally.Silent);
        followUps.AddUnlisted(tally.FollowUps);
        unreturned.AddUnlisted(tally.Unreturned);
        foreach (var (name, n) in tally.LateReturns)
        {
            LateReturns(new HandlingUnit(name)).AddUnlisted(n);
        }

        var added = tally.ActivityCounts;
        for (var i = 0; i < activities.Length; i++)
        {
            activities[i] = checked(activities[i] + added[i]);
        }

        fingerprint = fingerprint.Merge(tally.Fingerprint);
        foreach (var hash in tally.Sketch)
        {
            sketch.Add(hash);
        }

        mergedTallies.Add(tally);
    }

    /// <summary>The counts so far as a tally (no item data), named after the ledger's city or issuer.</summary>
    /// <param name="name">Whose ledger it is (e.g. 某市 or the issuer), shown in the merged report's table by city.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    public ReportTally ToTally(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A tally needs the name of its city or issuer.", nameof(name));
        }

        return new ReportTally(
            name.Trim(),
            AsOf,
            Options.Year,
            TallyIdentity.Of(Options),
            fingerprint,
            [.. sketch.Hashes],
            suggestions.ToTally(),
            proposals.ToTally(),
            motions.ToTally(),
            units.ToDictionary(kv => kv.Key.Name, kv => kv.Value.ToCounts(), StringComparer.Ordinal),
            years,
            silent.Count,
            followUps.Count,
            unreturned.Count,
            lateReturns.ToDictionary(kv => kv.Key.Name, kv => kv.Value.Count, StringComparer.Ordinal),
            activities);
    }

    /// <summary>The report of everything counted so far (the accumulator may go on counting).</summary>
    /// <exception cref="OverflowException">A count exceeds what the report holds (<see cref="int.MaxValue"/> items).</exception>
    public AnnualReport ToReport()
    {
        var options = Options;
        var suggestionTally = suggestions.ToTally();
        var proposalTally = proposals.ToTally();
        var all = suggestionTally.Merge(proposalTally);
        var motionTally = motions.ToTally();
        var satisfaction = all.Satisfaction.Summarize(options.Satisfaction);
        var byUnit = units.OrderBy(kv => kv.Key.Name, StringComparer.Ordinal)
            .Select(kv => (Unit: kv.Key, State: kv.Value, Tally: kv.Value.Tally.ToTally()))
            .ToList();
        return new AnnualReport
        {
            AsOf = AsOf,
            Year = options.Year,
            SummaryYear = options.Year ?? (years.Count == 0 ? null : years.OrderByDescending(kv => kv.Value).ThenByDescending(kv => kv.Key).First().Key),
            Suggestions = all.Suggestions,
            Proposals = all.Proposals,
            Motions = motionTally.Motions,
            Units = all.UnitCount,
            MotionUnits = motionTally.UnitCount,
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
            Activities = ActivityCounter.Figures(activities),
            ByUnit = new EquatableArray<UnitFigures>(byUnit.Select(u => UnitFiguresOf(u.Unit, u.Tally, options))),
            ByKind =
            [
                new KindFigures(SubmissionKind.Suggestion, suggestionTally.Suggestions, Figures(suggestionTally.Results, options.Scheme)),
                new KindFigures(SubmissionKind.Proposal, proposalTally.Proposals, Figures(proposalTally.Results, options.Scheme)),
            ],
            Findings = new EquatableArray<ReportFinding>(Findings(byUnit, all)),
            ByCity = new EquatableArray<CityFigures>(mergedTallies.Select(CityFiguresOf)),
            CategoryLabels = new EquatableArray<CategoryLabel>(options.Scheme.Categories.Select(c => new CategoryLabel(c.Code.Code, c.ChineseLabel))),
        };
    }

    private CityFigures CityFiguresOf(ReportTally tally)
    {
        var all = tally.Suggestions.Merge(tally.Proposals);
        return new CityFigures(
            tally.Name,
            all.Suggestions,
            all.Proposals,
            tally.Motions.Motions,
            all.Replied,
            all.OnTime,
            all.Late,
            all.Overdue,
            all.OnTimeRate.Percent,
            new Proportion(all.Results.SolvedOrPlanned(Options.Scheme), all.WithResult).Percent,
            all.Satisfaction.SatisfiedOrBasicallyRate(Options.Satisfaction).Percent);
    }

    private static string YearText(int? year) => year is { } y ? string.Create(CultureInfo.InvariantCulture, $" (year {y})") : string.Empty;

    private static (long FaceToFace, long PhoneEmail, long Visits) PersonTimes(ItemState state)
    {
        long faceToFace = 0, phoneEmail = 0, visits = 0;
        foreach (var c in state.Communications)
        {
            switch (c.Mode)
            {
                case CommunicationMode.FaceToFace:
                    faceToFace = checked(faceToFace + c.PersonTimes);
                    break;
                case CommunicationMode.Phone:
                case CommunicationMode.Email:
                    phoneEmail = checked(phoneEmail + c.PersonTimes);
                    break;
                case CommunicationMode.Visit:
                    visits = checked(visits + c.PersonTimes);
                    break;
            }
        }

        return (faceToFace, phoneEmail, visits);
    }

    private void CountFindings(ItemState state, ItemId id, ItemSatisfaction satisfaction)
    {
        if (state.FirstRepliedOn is { } replied && !CommunicatedBefore(state, replied))
        {
            silent.Add(id);
        }

        if (rules.IsFollowUpDue(state, AsOf))
        {
            followUps.Add(id);
        }

        if (satisfaction.IsNoFeedback)
        {
            unreturned.Add(id);
        }

        var requests = state.LateReturnRequests;
        for (var i = 0; i < requests.Count; i++)
        {
            var unit = requests[i].Unit;
            var seen = false;
            for (var j = 0; j < i && !seen; j++)
            {
                seen = requests[j].Unit == unit;
            }

            if (!seen)
            {
                LateReturns(unit).Add(id);
            }
        }
    }

    private static bool CommunicatedBefore(ItemState state, LocalDate replied)
    {
        foreach (var c in state.Communications)
        {
            if (c.Date <= replied && c.Stage != CommunicationStage.AfterHandling)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsReleased(ItemState state, HandlingUnit unit)
    {
        foreach (var released in state.ReleasedUnits)
        {
            if (released == unit)
            {
                return true;
            }
        }

        return false;
    }

    private List<ReportFinding> Findings(List<(HandlingUnit Unit, UnitState State, ItemTally Tally)> byUnit, ItemTally all)
    {
        var options = Options;
        var findings = new List<ReportFinding>();
        foreach (var (unit, state, tally) in byUnit.Where(u => u.Tally.Late + u.Tally.Overdue > 0)
                     .OrderByDescending(u => u.Tally.Late + u.Tally.Overdue).ThenBy(u => u.Unit.Name, StringComparer.Ordinal))
        {
            findings.Add(Finding(FindingKind.LateOrOverdueReplies, unit.Name, state.LateOrOverdue) with { Late = tally.Late, Overdue = tally.Overdue });
        }

        var overallSolve = new Proportion(all.Results.SolvedOrPlanned(options.Scheme), all.WithResult);
        var overallSatisfaction = all.Satisfaction.SatisfiedOrBasicallyRate(options.Satisfaction);
        foreach (var (unit, state, tally) in byUnit)
        {
            var solve = new Proportion(tally.Results.SolvedOrPlanned(options.Scheme), tally.WithResult);
            if (IsWellBelow(solve, overallSolve, options))
            {
                findings.Add(Finding(FindingKind.LowSolveRate, unit.Name, state.Unsolved) with { Rate = solve, Average = overallSolve });
            }

            var sat = tally.Satisfaction.SatisfiedOrBasicallyRate(options.Satisfaction);
            if (IsWellBelow(sat, overallSatisfaction, options))
            {
                findings.Add(Finding(FindingKind.LowSatisfaction, unit.Name, state.Unsatisfied) with { Rate = sat, Average = overallSatisfaction });
            }
        }

        if (silent.Count > 0)
        {
            findings.Add(Finding(FindingKind.NoCommunicationBeforeReply, null, silent));
        }

        if (followUps.Count > 0)
        {
            findings.Add(Finding(FindingKind.FollowUpOverdue, null, followUps));
        }

        if (unreturned.Count > 0)
        {
            findings.Add(Finding(FindingKind.UnreturnedForms, null, unreturned));
        }

        foreach (var (unit, ids) in lateReturns.OrderBy(kv => kv.Key.Name, StringComparer.Ordinal))
        {
            findings.Add(Finding(FindingKind.LateReturnRequests, unit.Name, ids));
        }

        return findings;
    }

    private static ReportFinding Finding(FindingKind kind, string? unit, BoundedIds ids)
    {
        var (listed, omitted) = ids.ToList();
        return new ReportFinding(kind, unit, listed) { OmittedItems = omitted };
    }

    private static bool IsWellBelow(Proportion unit, Proportion overall, AnnualReportOptions options) =>
        unit.Denominator >= options.MinimumItemsToCompare
        && unit.Percent is { } u
        && overall.Percent is { } o
        && o - u >= options.BelowAverageMargin;

    internal static EquatableArray<CategoryFigure> Figures(CategoryCounts counts, ClassificationScheme scheme) =>
        new(counts.Shares(scheme).Select(s => new CategoryFigure(s.Category.Code, s.Count, s.Percent)));

    private static UnitFigures UnitFiguresOf(HandlingUnit unit, ItemTally t, AnnualReportOptions options) => new(
        unit.Name,
        t.SuggestionsAndProposals,
        t.Replied,
        t.OnTime,
        t.Late,
        t.Overdue,
        Figures(t.Results, options.Scheme),
        t.Satisfaction.SatisfiedOrBasicallyRate(options.Satisfaction).Percent,
        new Proportion(t.Results.SolvedOrPlanned(options.Scheme), t.WithResult).Percent);

    private BoundedIds NewIds() => new(Options.MaxFindingItems);

    private UnitState Unit(HandlingUnit unit)
    {
        ref var state = ref CollectionsMarshal.GetValueRefOrAddDefault(units, unit, out var exists);
        if (!exists)
        {
            state = new UnitState(Options.MaxFindingItems);
        }

        return state!;
    }

    private BoundedIds LateReturns(HandlingUnit unit)
    {
        ref var ids = ref CollectionsMarshal.GetValueRefOrAddDefault(lateReturns, unit, out var exists);
        if (!exists)
        {
            ids = NewIds();
        }

        return ids!;
    }

    /// <summary>A lead unit's tally and the items behind its possible findings.</summary>
    private sealed class UnitState(int cap)
    {
        public ItemTally.Builder Tally { get; } = new(trackUnits: false);

        public BoundedIds LateOrOverdue { get; } = new(cap);

        public BoundedIds Unsolved { get; } = new(cap);

        public BoundedIds Unsatisfied { get; } = new(cap);

        public void Add(
            ItemId id,
            SubmissionKind kind,
            ReportStatus timeliness,
            ResultCategory? category,
            ItemSatisfaction satisfaction,
            bool isKey,
            bool isSupervised,
            ReportStatus? rehandling,
            long faceToFace,
            long phoneEmail,
            long visits,
            ClassificationScheme scheme)
        {
            Tally.Add(kind, timeliness, category, satisfaction, isKey, isSupervised, rehandling, faceToFace, phoneEmail, visits);
            if (timeliness is ReportStatus.Late or ReportStatus.Overdue)
            {
                LateOrOverdue.Add(id);
            }

            if (category is { } c && !scheme.IsSolvedOrPlanned(c))
            {
                Unsolved.Add(id);
            }

            if (satisfaction.Level == SatisfactionLevel.Unsatisfied)
            {
                Unsatisfied.Add(id);
            }
        }

        public void Add(ItemFacts part, ClassificationScheme scheme) =>
            Add(part.Id, part.Kind, part.Timeliness, part.Category, part.Satisfaction, part.IsKey, part.IsSupervised, part.Rehandling, part.FaceToFace, part.PhoneEmail, part.Visits, scheme);

        public void Merge(UnitState other)
        {
            Tally.Merge(other.Tally);
            LateOrOverdue.Merge(other.LateOrOverdue);
            Unsolved.Merge(other.Unsolved);
            Unsatisfied.Merge(other.Unsatisfied);
        }

        public void Merge(UnitCounts counts)
        {
            Tally.Merge(counts.Tally);
            LateOrOverdue.AddUnlisted(counts.LateOrOverdue);
            Unsolved.AddUnlisted(counts.Unsolved);
            Unsatisfied.AddUnlisted(counts.Unsatisfied);
        }

        public UnitCounts ToCounts() => new(Tally.ToTally(), LateOrOverdue.Count, Unsolved.Count, Unsatisfied.Count);
    }
}

/// <summary>A lead unit's counts in a tally: its items' tally and how many items are behind each of its possible findings.</summary>
internal sealed record UnitCounts(ItemTally Tally, long LateOrOverdue, long Unsolved, long Unsatisfied);

/// <summary>The activity figures as counters (ledger.md §3 <c>activities</c>), in <see cref="ActivityFigures"/> order.</summary>
internal static class ActivityCounter
{
    /// <summary>The number of counters.</summary>
    public const int Count = 10;

    /// <summary>The JSON keys of the counters (those of ledger.md §3), in order.</summary>
    public static readonly string[] Keys =
    [
        "topicConsultations", "counterpartConsultations", "sectorConsultations", "proposalConsultations", "consultationLeaderAttendances",
        "briefings", "executiveMeetingAttendances", "symposiumAttendances", "motionProgressMeetings", "studyMeetings",
    ];

    public static void Add(long[] counters, LiaisonActivity activity)
    {
        switch (activity.Type)
        {
            case ActivityType.TopicConsultation:
                Consultation(counters, 0, activity);
                break;
            case ActivityType.CounterpartConsultation:
                Consultation(counters, 1, activity);
                break;
            case ActivityType.SectorConsultation:
                Consultation(counters, 2, activity);
                break;
            case ActivityType.ProposalHandlingConsultation:
                Consultation(counters, 3, activity);
                break;
            case ActivityType.Briefing:
                counters[5]++;
                break;
            case ActivityType.ExecutiveMeetingAttendance:
                counters[6] = checked(counters[6] + activity.MemberAttendances);
                break;
            case ActivityType.Symposium:
            case ActivityType.Hearing:
                counters[7] = checked(counters[7] + activity.MemberAttendances);
                break;
            case ActivityType.MotionProgressMeeting:
                counters[8]++;
                break;
            case ActivityType.StudyMeeting:
                counters[9]++;
                break;
        }
    }

    public static ActivityFigures Figures(long[] c) => new(
        checked((int)c[0]),
        checked((int)c[1]),
        checked((int)c[2]),
        checked((int)c[3]),
        c[4],
        checked((int)c[5]),
        c[6],
        c[7],
        checked((int)c[8]),
        checked((int)c[9]));

    private static void Consultation(long[] counters, int index, LiaisonActivity activity)
    {
        counters[index]++;
        counters[4] = checked(counters[4] + activity.LeaderAttendances);
    }
}
