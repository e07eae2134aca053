using LianLuo.Domain.Internal;

namespace LianLuo.Domain.Numbers;

/// <summary>
/// Percentages as the annual report states them (ledger spec §3): rounded half away from zero to one decimal,
/// and the A/B/C shares by the largest-remainder method so that they add up to exactly 100.0.
/// Every result is a <see cref="decimal"/> with exactly one decimal place (66.7, 100.0). Stateless and thread-safe.
/// </summary>
public static class Percent
{
    /// <summary>The number of tenths of a percent in a whole (100.0 %).</summary>
    private const long WholeInTenths = 1000;

    /// <summary>Rounds a percentage half away from zero to one decimal: 12.25 → 12.3, −12.25 → −12.3, 66.666… → 66.7.</summary>
    /// <param name="value">The percentage.</param>
    /// <returns>The rounded value, with exactly one decimal place.</returns>
    /// <exception cref="OverflowException">The value is too large to be scaled to tenths.</exception>
    public static decimal Round(decimal value) =>
        FromTenths(decimal.ToInt64(Math.Round(value * 10m, 0, MidpointRounding.AwayFromZero)));

    /// <summary>
    /// <paramref name="numerator"/> ÷ <paramref name="denominator"/> as a percentage rounded half away from zero to one
    /// decimal (computed exactly in integers: 2/3 → 66.7, 1/8 → 12.5, 1/16 → 6.3), or null when the denominator is 0.
    /// </summary>
    /// <param name="numerator">The count of the part, 0 or more.</param>
    /// <param name="denominator">The count of the whole, 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static decimal? Of(int numerator, int denominator)
    {
        Preconditions.CheckNonNegative(numerator, "Percent numerator");
        Preconditions.CheckNonNegative(denominator, "Percent denominator");
        return denominator == 0 ? null : FromTenths(RoundedTenths(numerator, denominator));
    }

    /// <summary>
    /// Splits 100.0 % among counts by the largest-remainder method in tenths of a percent: each count first gets
    /// the whole tenths of its exact share, then the tenths still missing go one each to the largest remainders,
    /// ties going to the earlier count (A, then B, then C). The results add up to exactly 100.0 when any count is
    /// positive; when every count is 0 (or there is none) every share is null.
    /// </summary>
    /// <param name="counts">The counts, in their tie-breaking order.</param>
    /// <returns>One share per count, in the same order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static IReadOnlyList<decimal?> LargestRemainder(IReadOnlyList<int> counts)
    {
        Preconditions.CheckNotNull(counts);
        long total = 0;
        for (var i = 0; i < counts.Count; i++)
        {
            total += Preconditions.CheckNonNegative(counts[i], $"Percent.LargestRemainder counts[{i}]");
        }

        if (total == 0)
        {
            return [.. counts.Select(_ => (decimal?)null)];
        }

        var tenths = new long[counts.Count];
        var remainders = new long[counts.Count];
        long assigned = 0;
        for (var i = 0; i < counts.Count; i++)
        {
            var scaled = counts[i] * WholeInTenths;
            tenths[i] = scaled / total;
            remainders[i] = scaled % total;
            assigned += tenths[i];
        }

        // Fewer tenths are missing than there are counts (each lost less than one), so each gets at most one.
        var order = Enumerable.Range(0, counts.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i);
        foreach (var i in order.Take((int)(WholeInTenths - assigned)))
        {
            tenths[i]++;
        }

        return [.. tenths.Select(t => (decimal?)FromTenths(t))];
    }

    /// <summary>numerator × 1000 ÷ denominator rounded half away from zero, for non-negative counts.</summary>
    internal static long RoundedTenths(long numerator, long denominator) =>
        ((2 * WholeInTenths * numerator) + denominator) / (2 * denominator);

    /// <summary>A decimal with exactly one decimal place from a count of tenths (1000 → 100.0).</summary>
    internal static decimal FromTenths(long tenths)
    {
        var magnitude = (ulong)Math.Abs(tenths);
        return new decimal(unchecked((int)(uint)magnitude), unchecked((int)(uint)(magnitude >> 32)), 0, tenths < 0, 1);
    }
}
