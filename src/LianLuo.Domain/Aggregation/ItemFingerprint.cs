using System.Buffers;
using System.Globalization;
using System.Text;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;

namespace LianLuo.Domain.Aggregation;

/// <summary>
/// An order-independent fingerprint of a set of items: how many, and the sum modulo 2^128 of each item's 128-bit FNV-1a
/// hash of the UTF-8 bytes of its id (编号), a unit separator (U+001F) and its title (案由). Two ledgers with the same
/// items have the same fingerprint whatever their order, while two cities that number their items alike (JY2025-001, …)
/// differ by their titles; the fingerprint of two disjoint sets is <see cref="Merge"/> of theirs. A sum of many hashes
/// says nothing about any single item, so it may leave the city with a tally. Immutable and thread-safe, with value equality.
/// </summary>
/// <param name="Count">The number of items.</param>
/// <param name="Sum">The sum of the items' hashes, modulo 2^128.</param>
internal readonly record struct ItemFingerprint(long Count, UInt128 Sum)
{
    private static readonly UInt128 OffsetBasis = UInt128.Parse("144066263297769815596495629667062367629", CultureInfo.InvariantCulture);

    /// <summary>The fingerprint of no id.</summary>
    public static ItemFingerprint Empty => default;

    /// <summary>The 128-bit FNV-1a hash (the published offset basis and prime) of the UTF-8 bytes of <c>id U+001F title</c>.</summary>
    /// <param name="id">The item's id (编号).</param>
    /// <param name="title">The item's title (案由).</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    public static UInt128 Hash(ItemId id, string title)
    {
        Preconditions.CheckNotNull(title);
        var hash = Continue(OffsetBasis, id.Value);
        var (lo, hi) = (unchecked((ulong)hash), (ulong)(hash >> 64));
        Step(ref lo, ref hi, 0x1F);
        return Continue(new UInt128(hi, lo), title);
    }

    /// <summary>
    /// One step of FNV-1a on the hash's halves: xor the byte, then multiply by the prime modulo 2^128. The prime is
    /// 2^88 + 0x13B, so the product is the hash times 0x13B plus the hash shifted left by 88 bits (only its low half
    /// reaches the result), which costs two 64-bit multiplications instead of a full 128-bit one.
    /// </summary>
    private static void Step(ref ulong lo, ref ulong hi, byte b)
    {
        var x = lo ^ b;
        var carry = Math.BigMul(x, PrimeLow, out var low);
        hi = unchecked((hi * PrimeLow) + carry + (x << 24));
        lo = low;
    }

    // The published 128-bit FNV prime, 309485009821345068724781371, is 2^88 + PrimeLow.
    private const ulong PrimeLow = 0x13B;

    private static UInt128 Continue(UInt128 hash, string text)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = null;
        var buffer = max <= 512 ? stackalloc byte[max] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            var (lo, hi) = (unchecked((ulong)hash), (ulong)(hash >> 64));
            foreach (var b in buffer[..length])
            {
                Step(ref lo, ref hi, b);
            }

            return new UInt128(hi, lo);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The fingerprint with one more item.</summary>
    /// <param name="id">The item's id (编号).</param>
    /// <param name="title">The item's title (案由).</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    public ItemFingerprint Add(ItemId id, string title) => new(checked(Count + 1), unchecked(Sum + Hash(id, title)));

    /// <summary>The fingerprint of this set and another, disjoint one.</summary>
    /// <param name="other">The other fingerprint.</param>
    /// <exception cref="OverflowException">The count exceeds <see cref="long.MaxValue"/>.</exception>
    public ItemFingerprint Merge(ItemFingerprint other) => new(checked(Count + other.Count), unchecked(Sum + other.Sum));

    /// <summary>The sum as 32 lower-case hexadecimal digits (how a tally document writes it).</summary>
    public string SumText => Sum.ToString("x32", CultureInfo.InvariantCulture);

    /// <summary>Parses <see cref="SumText"/>.</summary>
    /// <param name="text">32 hexadecimal digits.</param>
    /// <param name="sum">The sum.</param>
    public static bool TryParseSum(string? text, out UInt128 sum)
    {
        sum = default;
        return text is { Length: 32 } && UInt128.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out sum);
    }

    /// <summary>The count and the sum, e.g. <c>297:1f…</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Count}:{SumText}");
}

/// <summary>
/// The <see cref="Size"/> smallest item hashes of a set (a bottom-k sketch of <see cref="ItemFingerprint.Hash"/>): two sets
/// whose sketches share a hash share an item (same id and title, barring a 128-bit collision), so overlapping ledgers are
/// often caught even when not identical. Not thread-safe.
/// </summary>
internal sealed class IdSketch
{
    /// <summary>How many hashes a sketch keeps.</summary>
    public const int Size = 32;

    private readonly List<UInt128> hashes = new(Size);

    /// <summary>The kept hashes, ascending.</summary>
    public IReadOnlyList<UInt128> Hashes => hashes;

    /// <summary>Offers a hash.</summary>
    public void Add(UInt128 hash)
    {
        if (hashes.Count == Size && hash >= hashes[^1])
        {
            return;
        }

        var index = hashes.BinarySearch(hash);
        if (index >= 0)
        {
            return;
        }

        if (hashes.Count == Size)
        {
            hashes.RemoveAt(Size - 1);
        }

        hashes.Insert(~index, hash);
    }

    /// <summary>Whether two sketches share a hash.</summary>
    public static bool Overlap(IReadOnlyList<UInt128> left, IReadOnlyList<UInt128> right)
    {
        Preconditions.CheckNotNull(left);
        Preconditions.CheckNotNull(right);
        var set = new HashSet<UInt128>(left);
        return right.Any(set.Contains);
    }
}
