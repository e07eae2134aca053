using System.Globalization;
using LianLuo.Domain.Internal;

namespace LianLuo.Domain.Numbers;

/// <summary>
/// The Wilson score interval of a rate (the usual interval for a proportion from a small sample: it stays inside
/// [0, 100] and is sensible at 0 % and 100 %), as percentages rounded half away from zero to one decimal. It always
/// contains the rate itself and narrows as the sample grows. Computed in double precision, exposed as decimal.
/// Immutable and thread-safe.
/// </summary>
public readonly record struct WilsonInterval
{
    /// <summary>Creates an interval; only <see cref="Proportion.Wilson"/> makes them.</summary>
    /// <param name="level">The confidence level.</param>
    /// <param name="lower">The lower bound, a percentage in [0, 100] with one decimal.</param>
    /// <param name="upper">The upper bound, a percentage in [lower, 100] with one decimal.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound lies outside [0, 100], or the lower bound exceeds the upper.</exception>
    internal WilsonInterval(ConfidenceLevel level, decimal lower, decimal upper)
    {
        Level = level;
        Lower = lower is >= 0m and <= 100m
            ? lower
            : throw new ArgumentOutOfRangeException(nameof(lower), lower, string.Create(CultureInfo.InvariantCulture, $"WilsonInterval.Lower must lie in [0, 100] (value: {lower})."));
        Upper = upper >= lower && upper <= 100m
            ? upper
            : throw new ArgumentOutOfRangeException(nameof(upper), upper, string.Create(CultureInfo.InvariantCulture, $"WilsonInterval.Upper must lie in [Lower, 100] (value: {upper}, lower: {lower})."));
    }

    /// <summary>The confidence level.</summary>
    public ConfidenceLevel Level { get; }

    /// <summary>The lower bound, a percentage in [0, 100].</summary>
    public decimal Lower { get; }

    /// <summary>The upper bound, a percentage in [Lower, 100].</summary>
    public decimal Upper { get; }

    /// <summary>The width of the interval in percentage points.</summary>
    public decimal Width => Upper - Lower;

    /// <summary>Whether a percentage lies within the interval (bounds included).</summary>
    /// <param name="percent">The percentage.</param>
    public bool Contains(decimal percent) => Lower <= percent && percent <= Upper;

    /// <summary>The interval as text, e.g. <c>[44.4, 84.4] at 95%</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"[{Lower}, {Upper}] at {Level}");

    /// <summary>The interval for <paramref name="successes"/> out of <paramref name="trials"/> (trials &gt; 0).</summary>
    internal static WilsonInterval Compute(int successes, int trials, ConfidenceLevel level)
    {
        var (lower, upper) = Bounds(successes, trials, level.Z);
        return new WilsonInterval(level, ToPercent(lower), ToPercent(upper));
    }

    /// <summary>The unrounded bounds as fractions in [0, 1].</summary>
    internal static (double Lower, double Upper) Bounds(int successes, int trials, double z)
    {
        Preconditions.CheckPositive(trials, "Wilson trials");
        double n = trials;
        var p = successes / n;
        var zz = z * z;
        var scale = 1 + (zz / n);
        var centre = (p + (zz / (2 * n))) / scale;
        var half = z / scale * Math.Sqrt((p * (1 - p) / n) + (zz / (4 * n * n)));

        // At 0 and n successes one bound is exactly the rate; rounding error must not push it past.
        var lower = successes == 0 ? 0 : Math.Clamp(centre - half, 0, p);
        var upper = successes == trials ? 1 : Math.Clamp(centre + half, p, 1);
        return (lower, upper);
    }

    private static decimal ToPercent(double fraction) => Percent.Round((decimal)fraction * 100m);
}
