using System.Collections.Immutable;
using LianLuo.Domain.Internal;

namespace LianLuo.Domain.Aggregation;

/// <summary>
/// Tallies by group (by unit, kind, category, month, …), in key order. Tables merge group by group, so a table of
/// part of the items merged with a table of the rest equals the table of all of them; <see cref="Merge"/> is
/// associative and commutative, with an empty table as identity. A missing group reads as
/// <see cref="ItemTally.Empty"/>. Immutable and thread-safe, with value equality.
/// </summary>
/// <typeparam name="TKey">The group key.</typeparam>
internal sealed class TallyTable<TKey> : IEquatable<TallyTable<TKey>>
    where TKey : notnull
{
    private readonly ImmutableSortedDictionary<TKey, ItemTally> groups;

    internal TallyTable(IComparer<TKey> comparer)
        : this(ImmutableSortedDictionary.Create<TKey, ItemTally>(comparer))
    {
    }

    private TallyTable(ImmutableSortedDictionary<TKey, ItemTally> groups) => this.groups = groups;

    /// <summary>The order of the keys.</summary>
    public IComparer<TKey> KeyComparer => groups.KeyComparer;

    /// <summary>The number of groups.</summary>
    public int Count => groups.Count;

    /// <summary>The keys, in order.</summary>
    public IEnumerable<TKey> Keys => groups.Keys;

    /// <summary>The tally of a group (<see cref="ItemTally.Empty"/> when the group has no item).</summary>
    /// <param name="key">The key.</param>
    public ItemTally this[TKey key] => groups.GetValueOrDefault(key) ?? ItemTally.Empty;

    /// <summary>The table with a tally merged into one group.</summary>
    /// <param name="key">The group.</param>
    /// <param name="tally">The tally to merge in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/> is null.</exception>
    public TallyTable<TKey> Add(TKey key, ItemTally tally)
    {
        Preconditions.CheckNotNull(tally);
        return new(groups.SetItem(key, this[key].Merge(tally)));
    }

    /// <summary>The table of this table's items and another's (other items), group by group, in this table's key order.</summary>
    /// <param name="other">The other table.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public TallyTable<TKey> Merge(TallyTable<TKey> other)
    {
        Preconditions.CheckNotNull(other);
        var builder = groups.ToBuilder();
        foreach (var (key, tally) in other.groups)
        {
            builder[key] = builder.TryGetValue(key, out var mine) ? mine.Merge(tally) : tally;
        }

        return new(builder.ToImmutable());
    }

    /// <summary>See <see cref="Merge"/>.</summary>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    public static TallyTable<TKey> operator +(TallyTable<TKey> left, TallyTable<TKey> right) => Preconditions.CheckNotNull(left).Merge(right);

    /// <summary>Whether the table has a group.</summary>
    /// <param name="key">The key.</param>
    public bool ContainsKey(TKey key) => groups.ContainsKey(key);

    /// <summary>The groups, in key order.</summary>
    public IEnumerable<KeyValuePair<TKey, ItemTally>> Groups => groups;

    /// <inheritdoc/>
    public bool Equals(TallyTable<TKey>? other) =>
        other is not null && groups.Count == other.groups.Count &&
        groups.All(kv => other.groups.TryGetValue(kv.Key, out var tally) && tally.Equals(kv.Value));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TallyTable<TKey>);

    /// <inheritdoc/>
    public override int GetHashCode() => groups.Aggregate(groups.Count, (hash, kv) => hash ^ HashCode.Combine(kv.Key, kv.Value));

    /// <summary>The groups as text, one per line.</summary>
    public override string ToString() => string.Join(Environment.NewLine, groups.Select(kv => $"{kv.Key}: {kv.Value}"));
}

/// <summary>Creates <see cref="TallyTable{TKey}"/>s. Stateless and thread-safe.</summary>
internal static class TallyTable
{
    /// <summary>An empty table whose keys are ordered by <paramref name="comparer"/>.</summary>
    /// <typeparam name="TKey">The group key.</typeparam>
    /// <param name="comparer">The key order; the default order of <typeparamref name="TKey"/> when null.</param>
    public static TallyTable<TKey> Empty<TKey>(IComparer<TKey>? comparer = null)
        where TKey : notnull => new(comparer ?? Comparer<TKey>.Default);
}
