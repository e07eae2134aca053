namespace LianLuo.Domain.Ledger.Internal;

/// <summary>
/// Makes strings from spans, sharing equal short values of a ledger (unit names, proposers, leaders repeat from row to
/// row), so that a long ledger does not allocate each of them again. Holds at most <see cref="Capacity"/> strings; not
/// thread-safe (one per reading).
/// </summary>
internal sealed class StringPool
{
    /// <summary>The most strings kept.</summary>
    internal const int Capacity = 8192;

    /// <summary>Values longer than this are not shared.</summary>
    private const int MaxLength = 32;

    private readonly HashSet<string> strings = new(StringComparer.Ordinal);

    internal string Get(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return string.Empty;
        }

        if (value.Length > MaxLength)
        {
            return value.ToString();
        }

        var lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(value, out var known))
        {
            return known;
        }

        var made = value.ToString();
        if (strings.Count < Capacity)
        {
            strings.Add(made);
        }

        return made;
    }
}
