using System.Collections.Immutable;
using System.Globalization;
using LianLuo.Domain.Classification;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;
using LianLuo.Domain.Numbers;

namespace LianLuo.Domain.Aggregation;

/// <summary>One category's count and share of the items that have a result, as a report prints it. Immutable and thread-safe, with value equality.</summary>
/// <param name="Category">The category code.</param>
/// <param name="Definition">The category's definition in the scheme, or null for a code the scheme does not have.</param>
/// <param name="Count">Items with the category.</param>
/// <param name="Percent">The share in percent (one decimal; the shares add up to exactly 100.0), or null when no item has a result.</param>
internal sealed record CategoryShare(ResultCategory Category, CategoryDefinition? Definition, int Count, decimal? Percent);

/// <summary>
/// Items counted by result category (办理结果), for any codes. Counts of disjoint sets of items add up:
/// <see cref="Merge"/> is associative and commutative with <see cref="Empty"/> as identity. Codes with a count of 0
/// are not stored, so two counts are equal exactly when every code has the same count.
/// Immutable and thread-safe, with value equality.
/// </summary>
internal sealed class CategoryCounts : IEquatable<CategoryCounts>
{
    private readonly ImmutableDictionary<ResultCategory, int> counts;

    private CategoryCounts(ImmutableDictionary<ResultCategory, int> counts) => this.counts = counts;

    /// <summary>No item: the identity of <see cref="Merge"/>.</summary>
    public static CategoryCounts Empty { get; } = new(ImmutableDictionary<ResultCategory, int>.Empty);

    /// <summary>The items that have a result, over every code.</summary>
    public int Total => counts.Values.Aggregate(0, (sum, n) => checked(sum + n));

    /// <summary>The codes with a positive count, in ordinal order of their code.</summary>
    public IEnumerable<ResultCategory> Codes => counts.Keys.OrderBy(c => c.Code, StringComparer.Ordinal);

    /// <summary>The count of a code (0 when absent).</summary>
    /// <param name="category">The code.</param>
    public int this[ResultCategory category] => counts.GetValueOrDefault(category);

    /// <summary>Counts of given codes.</summary>
    /// <param name="counts">The codes and their counts (a code may repeat; its counts add up).</param>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    /// <exception cref="ArgumentException">A code is the uninitialized default.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static CategoryCounts Of(IEnumerable<KeyValuePair<ResultCategory, int>> counts)
    {
        var builder = ImmutableDictionary.CreateBuilder<ResultCategory, int>();
        foreach (var (category, count) in Preconditions.CheckNotNull(counts))
        {
            if (category == default)
            {
                throw new ArgumentException("CategoryCounts: a category code must be given.", nameof(counts));
            }

            Preconditions.CheckNonNegative(count, $"CategoryCounts[{category}]");
            if (count > 0)
            {
                builder[category] = checked(builder.GetValueOrDefault(category) + count);
            }
        }

        return new CategoryCounts(builder.ToImmutable());
    }

    /// <summary>The count of one item: 1 for its category, or empty when it has none.</summary>
    /// <param name="category">The item's category, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="category"/> is the uninitialized default.</exception>
    public static CategoryCounts Of(ResultCategory? category) =>
        category is { } c ? Of([new KeyValuePair<ResultCategory, int>(c, 1)]) : Empty;

    /// <summary>The counts of two disjoint sets of items together.</summary>
    /// <param name="other">The other counts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public CategoryCounts Merge(CategoryCounts other)
    {
        Preconditions.CheckNotNull(other);
        if (other.counts.IsEmpty)
        {
            return this;
        }

        if (counts.IsEmpty)
        {
            return other;
        }

        var builder = counts.ToBuilder();
        foreach (var (category, count) in other.counts)
        {
            builder[category] = checked(builder.GetValueOrDefault(category) + count);
        }

        return new CategoryCounts(builder.ToImmutable());
    }

    /// <summary>See <see cref="Merge"/>.</summary>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    public static CategoryCounts operator +(CategoryCounts left, CategoryCounts right) => Preconditions.CheckNotNull(left).Merge(right);

    /// <summary>
    /// The count and share of each category, in the scheme's order, followed by any code the scheme does not have
    /// (in ordinal order). Shares follow ledger spec §3: the largest-remainder method in tenths of a percent, ties
    /// going to the earlier category, so that they add up to exactly 100.0; null when no item has a result.
    /// </summary>
    /// <param name="scheme">The scheme.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is null.</exception>
    public IReadOnlyList<CategoryShare> Shares(ClassificationScheme scheme)
    {
        Preconditions.CheckNotNull(scheme);
        var codes = scheme.Codes.Concat(Codes.Where(c => !scheme.Contains(c))).ToList();
        var percents = Percent.LargestRemainder([.. codes.Select(c => this[c])]);
        return [.. codes.Select((c, i) => new CategoryShare(c, scheme.TryGet(c, out var d) ? d : null, this[c], percents[i]))];
    }

    /// <summary>Items whose category counts as solved in the scheme.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is null.</exception>
    public int Solved(ClassificationScheme scheme) => Sum(Preconditions.CheckNotNull(scheme).IsSolved);

    /// <summary>Items whose category counts as solved or planned in the scheme (the numerator of 解决率).</summary>
    /// <param name="scheme">The scheme.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is null.</exception>
    public int SolvedOrPlanned(ClassificationScheme scheme) => Sum(Preconditions.CheckNotNull(scheme).IsSolvedOrPlanned);

    /// <inheritdoc/>
    public bool Equals(CategoryCounts? other) =>
        other is not null && counts.Count == other.counts.Count && counts.All(kv => other.counts.TryGetValue(kv.Key, out var n) && n == kv.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CategoryCounts);

    /// <inheritdoc/>
    public override int GetHashCode() => counts.Aggregate(0, (hash, kv) => hash ^ HashCode.Combine(kv.Key, kv.Value));

    /// <summary>The counts as text, e.g. <c>A 3, B 1</c>.</summary>
    public override string ToString() =>
        counts.IsEmpty ? "none" : string.Join(", ", Codes.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c} {this[c]}")));

    private int Sum(Func<ResultCategory, bool> predicate) =>
        counts.Where(kv => predicate(kv.Key)).Aggregate(0, (sum, kv) => checked(sum + kv.Value));
}
