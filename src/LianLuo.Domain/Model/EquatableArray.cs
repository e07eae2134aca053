using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace LianLuo.Domain.Model;

/// <summary>Creates <see cref="EquatableArray{T}"/> values; also the builder of collection expressions such as <c>[a, b]</c>.</summary>
public static class EquatableArray
{
    /// <summary>Copies a span into a new array.</summary>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));
}

/// <summary>
/// An immutable array that compares by its elements, so that records holding one keep value equality.
/// Collection expressions (<c>[a, b]</c>) build it through <see cref="EquatableArray.Create{T}(ReadOnlySpan{T})"/>.
/// Immutable and thread-safe when <typeparamref name="T"/> is.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
#pragma warning disable CA1000 // Empty and FromImmutableArray follow ImmutableArray<T>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> items;

    /// <summary>Wraps an immutable array (a default array is treated as empty).</summary>
    /// <remarks>A default array is held as it is: every member reads it as the empty array (no shared static is read per value made).</remarks>
    public EquatableArray(ImmutableArray<T> items) => this.items = items;

    /// <summary>Copies a sequence.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <remarks>An immutable sequence (an <see cref="EquatableArray{T}"/> or a non-default <see cref="ImmutableArray{T}"/>) is taken as it is, without a copy.</remarks>
    public EquatableArray(IEnumerable<T> items) => this.items = items switch
    {
        null => throw new ArgumentNullException(nameof(items)),
        EquatableArray<T> same => same.AsImmutableArray(),
        ImmutableArray<T> { IsDefault: false } immutable => immutable,
        _ => [.. items],
    };

    /// <summary>The empty array.</summary>
    /// <remarks>The default value, which every member reads as empty: taking it costs no read of a generic static (an item's state starts with a score of them).</remarks>
    public static EquatableArray<T> Empty => default;

    /// <summary>The elements as an immutable array.</summary>
    public ImmutableArray<T> AsImmutableArray() => items.IsDefault ? ImmutableArray<T>.Empty : items;

    /// <inheritdoc/>
    public int Count => items.IsDefault ? 0 : items.Length;

    /// <summary>Whether the array has no element.</summary>
    public bool IsEmpty => Count == 0;

    /// <inheritdoc/>
    /// <remarks>Reads the array without <see cref="AsImmutableArray"/> (whose shared empty array is a generic static): the empty array throws as <see cref="ImmutableArray{T}.Empty"/> does.</remarks>
    public T this[int index] => items.IsDefault ? IndexIntoEmpty(index) : items[index];

    /// <summary>The empty array's indexer, which throws; apart, so that the indexer reads no generic static.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static T IndexIntoEmpty(int index) => ImmutableArray<T>.Empty[index];

    /// <summary>A new array with <paramref name="item"/> appended.</summary>
    public EquatableArray<T> Add(T item) => new(AsImmutableArray().Add(item));

    /// <inheritdoc/>
    public bool Equals(EquatableArray<T> other)
    {
        var a = AsImmutableArray();
        var b = other.AsImmutableArray();
        if (a.Length != b.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Length; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsImmutableArray())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Element-wise equality.</summary>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Element-wise inequality.</summary>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>Wraps an immutable array.</summary>
    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);

    /// <summary>Wraps an immutable array.</summary>
    public static EquatableArray<T> FromImmutableArray(ImmutableArray<T> items) => new(items);

    /// <summary>An enumerator over the elements.</summary>
    public ImmutableArray<T>.Enumerator GetEnumerator() => AsImmutableArray().GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)AsImmutableArray()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)AsImmutableArray()).GetEnumerator();

    /// <inheritdoc/>
    public override string ToString() => $"[{string.Join(", ", AsImmutableArray())}]";
}
#pragma warning restore CA1000
