namespace LianLuo.SampleCity;

/// <summary>
/// A small deterministic pseudo-random generator (SplitMix64), so that a seed gives the same city on every
/// machine and every .NET version (System.Random makes no such promise). Not thread-safe.
/// </summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong state = seed;

    public ulong NextUInt64()
    {
        unchecked
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>A whole number in [min, max] (both included).</summary>
    public int Between(int min, int max)
    {
        if (max < min)
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, $"max must be at least min ({min}).");
        }

        var span = (ulong)((long)max - min + 1);
        return (int)(min + (long)(NextUInt64() % span));
    }

    /// <summary>True with a probability given in percent.</summary>
    public bool Chance(int percent) => Between(1, 100) <= percent;

    /// <summary>One element, uniformly.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Between(0, items.Count - 1)];
}
