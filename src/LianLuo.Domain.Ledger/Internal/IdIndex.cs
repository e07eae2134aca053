namespace LianLuo.Domain.Ledger.Internal;

/// <summary>
/// The 编号 seen so far in a ledger, each with the table and line where it was first given, to refuse a repeated one.
/// Holds no object per identifier: the characters go into shared blocks and the entries into arrays of numbers, so a
/// ledger of a million rows leaves the collector a few large arrays to skip rather than a million strings and a
/// dictionary of references to trace (and a ledger of a few thousand rows allocates nothing on the large object heap).
/// Exact: identifiers are compared character by character (ordinal). Not thread-safe (one per reading).
/// </summary>
internal sealed class IdIndex
{
    // 16,384 characters: 32 KB, below the large object heap's threshold.
    private const int BlockLength = 1 << 14;

    private readonly List<char[]> blocks = [];
    private int filling = -1;
    private int blockUsed = BlockLength;

    // Per entry: its hash, where its characters are (block index and offset, packed), its length, table and line.
    private int[] hashes = new int[64];
    private long[] places = new long[64];
    private int[] lengths = new int[64];
    private int[] tables = new int[64];
    private int[] lines = new int[64];
    private int count;

    // Open addressing: the entry's hash in the high half and its number + 1 in the low half, 0 for an empty slot (so that a
    // probe compares hashes without reading the entry's arrays, which a ledger of a million rows has far out of cache).
    private long[] slots = new long[128];

    /// <summary>The number of identifiers held.</summary>
    public int Count => count;

    /// <summary>
    /// Adds an identifier first given at <paramref name="table"/>, <paramref name="line"/>; when it was already given,
    /// adds nothing and returns false with where it was first given.
    /// </summary>
    public bool TryAdd(ReadOnlySpan<char> id, int table, int line, out int firstTable, out int firstLine)
    {
        var hash = string.GetHashCode(id);
        var mask = slots.Length - 1;
        var slot = hash & mask;
        while (slots[slot] is var taken and not 0)
        {
            var e = unchecked((int)taken) - 1;
            if ((int)(taken >> 32) == hash && lengths[e] == id.Length && Chars(e).SequenceEqual(id))
            {
                firstTable = tables[e];
                firstLine = lines[e];
                return false;
            }

            slot = (slot + 1) & mask;
        }

        if (count == hashes.Length)
        {
            Grow();
        }

        hashes[count] = hash;
        places[count] = Store(id);
        lengths[count] = id.Length;
        tables[count] = table;
        lines[count] = line;
        count++;
        slots[slot] = Slot(hash, count);
        if (count * 2 > slots.Length)
        {
            Rehash();
        }

        firstTable = table;
        firstLine = line;
        return true;
    }

    private ReadOnlySpan<char> Chars(int entry)
    {
        var place = places[entry];
        return blocks[(int)(place >> 32)].AsSpan(unchecked((int)place), lengths[entry]);
    }

    /// <summary>Copies the characters into the block being filled (a new one when they do not fit; a block of their own when longer than a block).</summary>
    private long Store(ReadOnlySpan<char> id)
    {
        if (id.Length > BlockLength)
        {
            blocks.Add(id.ToArray());
            return (long)(blocks.Count - 1) << 32;
        }

        if (BlockLength - blockUsed < id.Length)
        {
            blocks.Add(new char[BlockLength]);
            filling = blocks.Count - 1;
            blockUsed = 0;
        }

        var offset = blockUsed;
        id.CopyTo(blocks[filling].AsSpan(offset));
        blockUsed += id.Length;
        return ((long)filling << 32) | (uint)offset;
    }

    private void Grow()
    {
        var size = hashes.Length * 2;
        Array.Resize(ref hashes, size);
        Array.Resize(ref places, size);
        Array.Resize(ref lengths, size);
        Array.Resize(ref tables, size);
        Array.Resize(ref lines, size);
    }

    private void Rehash()
    {
        var grown = new long[slots.Length * 2];
        var mask = grown.Length - 1;
        for (var e = 0; e < count; e++)
        {
            var slot = hashes[e] & mask;
            while (grown[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            grown[slot] = Slot(hashes[e], e + 1);
        }

        slots = grown;
    }

    private static long Slot(int hash, int entryPlusOne) => ((long)hash << 32) | (uint)entryPlusOne;
}
