using System.Collections.Immutable;
using System.Globalization;
using LianLuo.Domain.Classification;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;
using LianLuo.Domain.Numbers;
using LianLuo.Domain.Satisfaction;
using LianLuo.Domain.Timeliness;

namespace LianLuo.Domain.Aggregation;

/// <summary>
/// The counts of a set of items that the annual report (ledger spec §3) and the unit assessment (§4) are computed
/// from: items by kind, by reply status, by result category, by final satisfaction, re-handling, key items,
/// communication, and the distinct units involved. Tallies are mergeable: <see cref="Merge"/> is associative and
/// commutative with <see cref="Empty"/> as identity, and the tally of part of the items merged with the tally of
/// the rest equals the tally of all of them — so a caller may tally per month, per unit or per shard and combine.
/// A tally counts whatever facts it is given; per §3 the report's item figures tally 建议 and 提案 and count 议案
/// apart (see <see cref="Tallies.ByKind"/>). Immutable and thread-safe, with value equality.
/// </summary>
internal sealed class ItemTally : IEquatable<ItemTally>
{
    private static readonly IComparer<HandlingUnit> UnitOrder = HandlingUnitComparer.Ordinal;

    private readonly long[] counts;

    private ItemTally(long[] counts, CategoryCounts results, CategoryCounts keyResults, SatisfactionCounts satisfaction, ImmutableSortedSet<HandlingUnit> units)
    {
        this.counts = counts;
        Results = results;
        KeyResults = keyResults;
        Satisfaction = satisfaction;
        Units = units;
    }

    /// <summary>The plain counters, in storage order.</summary>
    private enum Counter
    {
        Suggestions,
        Proposals,
        Motions,
        OnTime,
        Late,
        Overdue,
        Pending,
        Rehandled,
        RehandledOnTime,
        Key,
        KeySupervised,
        FaceToFace,
        PhoneEmail,
        Visits,
        CommunicatedInPerson,
    }

    /// <summary>The tally of no item: the identity of <see cref="Merge"/>.</summary>
    public static ItemTally Empty { get; } = new(
        new long[Enum.GetValues<Counter>().Length], CategoryCounts.Empty, CategoryCounts.Empty, SatisfactionCounts.Empty, ImmutableSortedSet.Create(UnitOrder));

    /// <summary>Items tallied (of every kind).</summary>
    public int Items => checked(Suggestions + Proposals + Motions);

    /// <summary>建议.</summary>
    public int Suggestions => ItemCount(Counter.Suggestions);

    /// <summary>提案.</summary>
    public int Proposals => ItemCount(Counter.Proposals);

    /// <summary>议案.</summary>
    public int Motions => ItemCount(Counter.Motions);

    /// <summary>建议 + 提案 (the spec's total).</summary>
    public int SuggestionsAndProposals => checked(Suggestions + Proposals);

    /// <summary>Replied items: <see cref="OnTime"/> + <see cref="Late"/>.</summary>
    public int Replied => checked(OnTime + Late);

    /// <summary>Items replied by their deadline.</summary>
    public int OnTime => ItemCount(Counter.OnTime);

    /// <summary>Items replied after their deadline.</summary>
    public int Late => ItemCount(Counter.Late);

    /// <summary>Items not replied whose deadline has passed.</summary>
    public int Overdue => ItemCount(Counter.Overdue);

    /// <summary>Items not replied whose deadline has not passed.</summary>
    public int Pending => ItemCount(Counter.Pending);

    /// <summary>Items by standing result category (办理结果).</summary>
    public CategoryCounts Results { get; }

    /// <summary>Items that have a result category.</summary>
    public int WithResult => Results.Total;

    /// <summary>Replied items by final satisfaction, with 未反馈 apart.</summary>
    public SatisfactionCounts Satisfaction { get; }

    /// <summary>Items with a re-handling reply (重办答复日期).</summary>
    public int Rehandled => ItemCount(Counter.Rehandled);

    /// <summary>Of <see cref="Rehandled"/>, those answered by the re-handling deadline.</summary>
    public int RehandledOnTime => ItemCount(Counter.RehandledOnTime);

    /// <summary>Key items (重点建议提案).</summary>
    public int Key => ItemCount(Counter.Key);

    /// <summary>Key items supervised by a leader (领导督办重点建议提案).</summary>
    public int KeySupervised => ItemCount(Counter.KeySupervised);

    /// <summary>Key items by standing result category (for example key items solved, a bonus in the assessment).</summary>
    public CategoryCounts KeyResults { get; }

    /// <summary>面对面沟通人次: person-times of face-to-face talks.</summary>
    public long FaceToFace => Get(Counter.FaceToFace);

    /// <summary>电话邮件沟通人次: person-times of phone and e-mail contacts.</summary>
    public long PhoneEmail => Get(Counter.PhoneEmail);

    /// <summary>走访人次: person-times of visits.</summary>
    public long Visits => Get(Counter.Visits);

    /// <summary>Items with face-to-face talks or visits (面商人次 + 走访人次 &gt; 0), as the assessment counts them.</summary>
    public int CommunicatedInPerson => ItemCount(Counter.CommunicatedInPerson);

    /// <summary>The distinct units among the lead, separate and co-handling units of the items, by name (ordinal).</summary>
    public ImmutableSortedSet<HandlingUnit> Units { get; }

    /// <summary>The number of distinct units.</summary>
    public int UnitCount => Units.Count;

    /// <summary>
    /// 按期答复率, §3's timeliness.onTimeRate: onTime ÷ (onTime + late + overdue), by <see cref="OnTimeRule.Rate"/>.
    /// </summary>
    public Proportion OnTimeRate => OnTimeRule.Rate(OnTime, Late, Overdue);

    /// <summary>The tally of one item.</summary>
    /// <param name="facts">The item's facts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public static ItemTally Of(ItemFacts facts) => Of([Preconditions.CheckNotNull(facts)]);

    /// <summary>The tally of a set of items (a direct count, in one pass).</summary>
    /// <param name="facts">The items' facts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> or an element is null.</exception>
    public static ItemTally Of(IEnumerable<ItemFacts> facts)
    {
        Preconditions.CheckNotNull(facts);
        var builder = new Builder(trackUnits: true);
        foreach (var item in facts)
        {
            builder.Add(Preconditions.CheckNotNull(item, nameof(facts)));
        }

        return builder.ToTally();
    }

    /// <summary>The tally of this tally's items and one more.</summary>
    /// <param name="facts">The item's facts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public ItemTally Add(ItemFacts facts) => Merge(Of(facts));

    /// <summary>
    /// The tally of this tally's items and another's, which must be other items (a disjoint set): every count is
    /// added, the units are united.
    /// </summary>
    /// <param name="other">The other tally.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="OverflowException">A count exceeds <see cref="long.MaxValue"/> (item counts are read as <see cref="int"/>, person-times as <see cref="long"/>).</exception>
    public ItemTally Merge(ItemTally other)
    {
        Preconditions.CheckNotNull(other);
        var sum = new long[counts.Length];
        for (var i = 0; i < sum.Length; i++)
        {
            sum[i] = checked(counts[i] + other.counts[i]);
        }

        return new ItemTally(sum, Results.Merge(other.Results), KeyResults.Merge(other.KeyResults), Satisfaction + other.Satisfaction, Units.Union(other.Units));
    }

    /// <summary>See <see cref="Merge"/>.</summary>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    public static ItemTally operator +(ItemTally left, ItemTally right) => Preconditions.CheckNotNull(left).Merge(right);

    /// <summary>Merges any number of tallies (the empty tally for none).</summary>
    /// <param name="tallies">The tallies.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tallies"/> or an element is null.</exception>
    public static ItemTally Sum(IEnumerable<ItemTally> tallies) => Preconditions.CheckNotNull(tallies).Aggregate(Empty, (a, b) => a.Merge(b));

    /// <summary>The count and share of each category (see <see cref="CategoryCounts.Shares"/>): shares add up to exactly 100.0.</summary>
    /// <param name="scheme">The scheme; <see cref="ClassificationScheme.Default"/> when null.</param>
    public IReadOnlyList<CategoryShare> Shares(ClassificationScheme? scheme = null) => Results.Shares(scheme ?? ClassificationScheme.Default);

    /// <summary>Items solved ÷ items with a result (A ÷ (A + B + C) under the default scheme).</summary>
    /// <param name="scheme">The scheme; <see cref="ClassificationScheme.Default"/> when null.</param>
    public Proportion SolvedRate(ClassificationScheme? scheme = null) => new(Results.Solved(scheme ?? ClassificationScheme.Default), WithResult);

    /// <summary>解决率 as national reports quote it: items solved or planned ÷ items with a result ((A + B) ÷ (A + B + C)).</summary>
    /// <param name="scheme">The scheme; <see cref="ClassificationScheme.Default"/> when null.</param>
    public Proportion SolvedOrPlannedRate(ClassificationScheme? scheme = null) => new(Results.SolvedOrPlanned(scheme ?? ClassificationScheme.Default), WithResult);

    /// <summary>The satisfaction figures under a policy: counts and both rates.</summary>
    /// <param name="policy">The policy; <see cref="SatisfactionPolicy.Default"/> when null.</param>
    public SatisfactionSummary SatisfactionSummary(SatisfactionPolicy? policy = null) => Satisfaction.Summarize(policy);

    /// <inheritdoc/>
    public bool Equals(ItemTally? other) =>
        other is not null &&
        counts.AsSpan().SequenceEqual(other.counts) &&
        Results.Equals(other.Results) &&
        KeyResults.Equals(other.KeyResults) &&
        Satisfaction == other.Satisfaction &&
        Units.SetEquals(other.Units);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ItemTally);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var count in counts)
        {
            hash.Add(count);
        }

        hash.Add(Results);
        hash.Add(KeyResults);
        hash.Add(Satisfaction);
        hash.Add(Units.Count);
        return hash.ToHashCode();
    }

    /// <summary>A one-line summary for diagnostics.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"建议 {Suggestions}, 提案 {Proposals}, 议案 {Motions}; {TimelinessNames.OnTime} {OnTime}, {TimelinessNames.Late} {Late}, {TimelinessNames.Overdue} {Overdue}, {TimelinessNames.NotYetDue} {Pending}; 办理结果 {Results}; {Satisfaction}; 单位 {UnitCount}");

    /// <summary>
    /// A mutable tally that counts items one by one without allocating per item (the units in a hash set, each once):
    /// what <see cref="Of(IEnumerable{ItemFacts})"/> and the report's single pass count with. Not thread-safe.
    /// </summary>
    internal sealed class Builder(bool trackUnits)
    {
        private readonly long[] counts = new long[Enum.GetValues<Counter>().Length];
        private readonly Dictionary<ResultCategory, int> results = [];
        private readonly Dictionary<ResultCategory, int> keyResults = [];
        private readonly HashSet<HandlingUnit>? units = trackUnits ? [] : null;
        private SatisfactionCounts satisfaction = SatisfactionCounts.Empty;

        /// <summary>Late + overdue so far (the report's first finding).</summary>
        public long LateOrOverdue => counts[(int)Counter.Late] + counts[(int)Counter.Overdue];

        /// <summary>Counts one item's facts, units included.</summary>
        public void Add(ItemFacts item)
        {
            Add(item.Kind, item.Timeliness, item.Category, item.Satisfaction, item.IsKey, item.IsSupervised, item.Rehandling, item.FaceToFace, item.PhoneEmail, item.Visits);
            if (units is not null)
            {
                foreach (var unit in item.LeadUnits)
                {
                    units.Add(unit);
                }

                foreach (var unit in item.CoUnits)
                {
                    units.Add(unit);
                }
            }
        }

        /// <summary>Adds a unit to the distinct units (when units are tracked).</summary>
        public void AddUnit(HandlingUnit unit) => units?.Add(unit);

        /// <summary>Counts one item (its units apart, through <see cref="AddUnit"/>).</summary>
        public void Add(
            SubmissionKind kind,
            ReportStatus timeliness,
            ResultCategory? category,
            ItemSatisfaction itemSatisfaction,
            bool isKey,
            bool isSupervised,
            ReportStatus? rehandling,
            long faceToFace,
            long phoneEmail,
            long visits)
        {
            Increment(counts, kind switch
            {
                SubmissionKind.Suggestion => Counter.Suggestions,
                SubmissionKind.Proposal => Counter.Proposals,
                _ => Counter.Motions,
            });
            Increment(counts, timeliness switch
            {
                ReportStatus.OnTime => Counter.OnTime,
                ReportStatus.Late => Counter.Late,
                ReportStatus.Overdue => Counter.Overdue,
                _ => Counter.Pending,
            });
            if (rehandling is ReportStatus.OnTime or ReportStatus.Late)
            {
                Increment(counts, Counter.Rehandled);
                if (rehandling == ReportStatus.OnTime)
                {
                    Increment(counts, Counter.RehandledOnTime);
                }
            }

            if (isKey)
            {
                Increment(counts, Counter.Key);
                if (isSupervised)
                {
                    Increment(counts, Counter.KeySupervised);
                }
            }

            Increment(counts, Counter.FaceToFace, faceToFace);
            Increment(counts, Counter.PhoneEmail, phoneEmail);
            Increment(counts, Counter.Visits, visits);
            if (faceToFace > 0 || visits > 0)
            {
                Increment(counts, Counter.CommunicatedInPerson);
            }

            if (category is { } c)
            {
                Bump(results, c, 1);
                if (isKey)
                {
                    Bump(keyResults, c, 1);
                }
            }

            satisfaction += SatisfactionCounts.Of(itemSatisfaction);
        }

        /// <summary>Adds another builder's counts (of other items) to this one.</summary>
        public void Merge(Builder other)
        {
            for (var i = 0; i < counts.Length; i++)
            {
                counts[i] = checked(counts[i] + other.counts[i]);
            }

            foreach (var (category, n) in other.results)
            {
                Bump(results, category, n);
            }

            foreach (var (category, n) in other.keyResults)
            {
                Bump(keyResults, category, n);
            }

            satisfaction += other.satisfaction;
            if (units is not null && other.units is not null)
            {
                units.UnionWith(other.units);
            }
        }

        /// <summary>Adds a finished tally's counts (of other items) to this one.</summary>
        public void Merge(ItemTally tally)
        {
            for (var i = 0; i < counts.Length; i++)
            {
                counts[i] = checked(counts[i] + tally.counts[i]);
            }

            foreach (var category in tally.Results.Codes)
            {
                Bump(results, category, tally.Results[category]);
            }

            foreach (var category in tally.KeyResults.Codes)
            {
                Bump(keyResults, category, tally.KeyResults[category]);
            }

            satisfaction += tally.Satisfaction;
            units?.UnionWith(tally.Units);
        }

        /// <summary>The immutable tally of what was counted.</summary>
        public ItemTally ToTally() => new(
            (long[])counts.Clone(),
            CategoryCounts.Of(results),
            CategoryCounts.Of(keyResults),
            satisfaction,
            units is null ? ImmutableSortedSet.Create(UnitOrder) : ImmutableSortedSet.CreateRange(UnitOrder, units));

        private static void Bump(Dictionary<ResultCategory, int> counts, ResultCategory category, int by)
        {
            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, category, out _);
            slot = checked(slot + by);
        }
    }

    /// <summary>Creates a tally from its parts, checked (what a tally document holds).</summary>
    internal static ItemTally FromParts(ReadOnlySpan<long> values, CategoryCounts results, CategoryCounts keyResults, SatisfactionCounts satisfaction, IEnumerable<HandlingUnit> units) =>
        new(values.ToArray(), results, keyResults, satisfaction, ImmutableSortedSet.CreateRange(UnitOrder, units));

    /// <summary>The names of the plain counters, in storage order (the keys of a tally document).</summary>
    internal static IReadOnlyList<string> CounterNames { get; } = Enum.GetNames<Counter>();

    /// <summary>The plain counters, in storage order.</summary>
    internal ReadOnlySpan<long> CounterValues => counts;

    private static void Increment(long[] counts, Counter counter, long by = 1) => counts[(int)counter] = checked(counts[(int)counter] + by);

    private long Get(Counter counter) => counts[(int)counter];

    /// <summary>A count of items, which is never more than an <see cref="int"/> holds (the items were in one collection).</summary>
    private int ItemCount(Counter counter) => checked((int)counts[(int)counter]);
}

/// <summary>Orders handling units by name, ordinally (the order of tally keys and unit sets). Stateless and thread-safe.</summary>
internal sealed class HandlingUnitComparer : IComparer<HandlingUnit>
{
    private HandlingUnitComparer()
    {
    }

    /// <summary>The ordinal comparer by name.</summary>
    public static HandlingUnitComparer Ordinal { get; } = new();

    /// <inheritdoc/>
    public int Compare(HandlingUnit? x, HandlingUnit? y) => string.CompareOrdinal(x?.Name, y?.Name);
}
