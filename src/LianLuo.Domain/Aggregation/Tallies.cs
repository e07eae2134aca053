using LianLuo.Domain.Classification;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;
using NodaTime;

namespace LianLuo.Domain.Aggregation;

/// <summary>Which units an item is tallied under when grouping by unit.</summary>
internal enum UnitGrouping
{
    /// <summary>The lead unit (主办), or each unit under separate handling (分办): each item in one group as a rule.</summary>
    Lead = 1,

    /// <summary>The lead and every co-handling unit (会办): an item counts in several groups, so the groups overlap.</summary>
    LeadAndCoHandling = 2,
}

/// <summary>
/// Grouping of items into <see cref="TallyTable{TKey}"/>s: by unit, kind, category, key items and month of 交办,
/// or by any key. Stateless and thread-safe.
/// </summary>
internal static class Tallies
{
    /// <summary>
    /// Tallies items under the keys a function gives each of them (none, one or several), in key order.
    /// </summary>
    /// <typeparam name="TKey">The group key.</typeparam>
    /// <param name="facts">The items.</param>
    /// <param name="keys">The groups of an item.</param>
    /// <param name="comparer">The key order; the default order of <typeparamref name="TKey"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/>, <paramref name="keys"/>, an item or a key list is null.</exception>
    public static TallyTable<TKey> By<TKey>(IEnumerable<ItemFacts> facts, Func<ItemFacts, IEnumerable<TKey>> keys, IComparer<TKey>? comparer = null)
        where TKey : notnull
    {
        Preconditions.CheckNotNull(facts);
        Preconditions.CheckNotNull(keys);
        var members = new Dictionary<TKey, List<ItemFacts>>();
        var order = new List<TKey>();
        foreach (var item in facts)
        {
            Preconditions.CheckNotNull(item, nameof(facts));
            foreach (var key in Preconditions.CheckNotNull(keys(item), nameof(keys)).Distinct())
            {
                if (!members.TryGetValue(key, out var list))
                {
                    members[key] = list = [];
                    order.Add(key);
                }

                list.Add(item);
            }
        }

        return order.Aggregate(TallyTable.Empty(comparer), (table, key) => table.Add(key, ItemTally.Of(members[key])));
    }

    /// <summary>Items by unit, in the ordinal order of unit names; a 分办 unit is tallied on its own part of the item.</summary>
    /// <param name="facts">The items.</param>
    /// <param name="grouping">Lead units only (the default), or also co-handling units.</param>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> or an item is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grouping"/> is not defined.</exception>
    public static TallyTable<HandlingUnit> ByUnit(IEnumerable<ItemFacts> facts, UnitGrouping grouping = UnitGrouping.Lead)
    {
        var includeCoUnits = Preconditions.CheckDefined(grouping, "UnitGrouping") == UnitGrouping.LeadAndCoHandling;
        Preconditions.CheckNotNull(facts);

        // Under 分办 each unit is tallied on its own part (ItemFacts.Parts), never on the combined item.
        var units = facts.SelectMany(f => Preconditions.CheckNotNull(f, nameof(facts)).Parts.IsEmpty ? [f] : f.Parts.AsEnumerable());
        return By<HandlingUnit>(units, f => includeCoUnits ? f.AllUnits : f.LeadUnits, HandlingUnitComparer.Ordinal);
    }

    /// <summary>Items by kind (建议, 提案, 议案). The report's item figures are <c>t[Suggestion] + t[Proposal]</c>.</summary>
    /// <param name="facts">The items.</param>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> or an item is null.</exception>
    public static TallyTable<SubmissionKind> ByKind(IEnumerable<ItemFacts> facts) => By<SubmissionKind>(facts, f => [f.Kind]);

    /// <summary>Items that have a result, by category, in the scheme's order (codes the scheme lacks last, ordinally).</summary>
    /// <param name="facts">The items.</param>
    /// <param name="scheme">The scheme; <see cref="ClassificationScheme.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> or an item is null.</exception>
    public static TallyTable<ResultCategory> ByCategory(IEnumerable<ItemFacts> facts, ClassificationScheme? scheme = null) =>
        By<ResultCategory>(facts, f => f.Category is { } c ? [c] : [], new SchemeOrder(scheme ?? ClassificationScheme.Default));

    /// <summary>Items by whether they are key items (false, then true).</summary>
    /// <param name="facts">The items.</param>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> or an item is null.</exception>
    public static TallyTable<bool> ByKeyItem(IEnumerable<ItemFacts> facts) => By<bool>(facts, f => [f.IsKey]);

    /// <summary>Items by the month of their first 交办, in calendar order; items never assigned are left out.</summary>
    /// <param name="facts">The items.</param>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> or an item is null.</exception>
    public static TallyTable<YearMonth> ByAssignmentMonth(IEnumerable<ItemFacts> facts) =>
        By<YearMonth>(facts, f => f.AssignedOn is { } d ? [d.ToYearMonth()] : []);

    private sealed class SchemeOrder(ClassificationScheme scheme) : IComparer<ResultCategory>
    {
        public int Compare(ResultCategory x, ResultCategory y)
        {
            var (i, j) = (Rank(x), Rank(y));
            return i != j ? i.CompareTo(j) : string.CompareOrdinal(x.Code, y.Code);
        }

        private int Rank(ResultCategory code) => scheme.IndexOf(code) is var i and >= 0 ? i : int.MaxValue;
    }
}
