namespace LianLuo.Domain.Tests.Reporting;

/// <summary>
/// The rates of ledger.md §3 written out from the spec's text, independently of the library's <c>Percent</c>, so that
/// a fixture's rates follow from its counts instead of being typed in (and disagreeing with them).
/// </summary>
internal static class SpecRates
{
    /// <summary>numerator ÷ denominator in percent, rounded half away from zero to one decimal; null when the denominator is 0.</summary>
    internal static decimal? Rate(int numerator, int denominator) =>
        denominator == 0 ? null : Math.Round(100m * numerator / denominator, 1, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Shares in percent by the largest-remainder method in tenths of a percent: each share gets the floor of its
    /// exact number of tenths, and the tenths still missing to 1000 go one each to the largest remainders, ties to
    /// the earlier count (A, then B, then C). All null when the counts sum to 0.
    /// </summary>
    internal static decimal?[] LargestRemainder(params int[] counts)
    {
        var total = counts.Sum();
        if (total == 0)
        {
            return counts.Select(_ => (decimal?)null).ToArray();
        }

        var tenths = counts.Select(c => 1000 * c / total).ToArray();
        var remainders = counts.Select(c => 1000 * c % total).ToArray();
        var missing = 1000 - tenths.Sum();
        foreach (var i in Enumerable.Range(0, counts.Length).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take(missing))
        {
            tenths[i]++;
        }

        return tenths.Select(t => (decimal?)(t / 10m)).ToArray();
    }
}
