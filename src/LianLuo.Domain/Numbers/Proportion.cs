using System.Globalization;
using LianLuo.Domain.Internal;

namespace LianLuo.Domain.Numbers;

/// <summary>
/// A rate that keeps its numerator and denominator together, e.g. 满意率 = 满意 ÷ (满意 + 基本满意 + 不满意):
/// 0 ≤ numerator ≤ denominator. <see cref="Percent"/> is the figure the report prints (rounded half away from zero
/// to one decimal, null when the denominator is 0); <see cref="Wilson"/> gives a confidence interval around it.
/// Two proportions are equal when both counts are equal (1/2 ≠ 2/4). Immutable and thread-safe.
/// </summary>
/// <example>
/// <code>
/// // The bundled sample: 254 of 291 replies due were on time; A/B/C 164, 89 and 25 of 278.
/// var rate = new Proportion(254, 291);
/// Console.WriteLine(rate.Percent);                                 // 87.3
/// Console.WriteLine(rate.Wilson(ConfidenceLevel.Percent95));       // the interval around it at 95 %
/// Console.WriteLine(string.Join(" ", Percent.LargestRemainder([164, 89, 25]))); // 59.0 32.0 9.0 (they add up to 100)
/// </code>
/// </example>
public readonly record struct Proportion
{
    /// <summary>Creates a proportion.</summary>
    /// <param name="numerator">The count of the part (分子), 0 ≤ numerator ≤ denominator.</param>
    /// <param name="denominator">The count of the whole (分母), 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or the numerator exceeds the denominator.</exception>
    public Proportion(int numerator, int denominator)
    {
        Preconditions.CheckNonNegative(numerator, "Proportion.Numerator (分子)");
        Preconditions.CheckNonNegative(denominator, "Proportion.Denominator (分母)");
        if (numerator > denominator)
        {
            throw new ArgumentOutOfRangeException(
                nameof(numerator),
                numerator,
                string.Create(CultureInfo.InvariantCulture, $"Proportion.Numerator (分子) must not exceed the denominator (value: {numerator}/{denominator})."));
        }

        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>0 ÷ 0: no data.</summary>
    public static Proportion Empty => default;

    /// <summary>The count of the part (分子).</summary>
    public int Numerator { get; }

    /// <summary>The count of the whole (分母).</summary>
    public int Denominator { get; }

    /// <summary>Whether the denominator is positive, so that the rate is defined.</summary>
    public bool HasValue => Denominator > 0;

    /// <summary>The rate as a percentage rounded half away from zero to one decimal (2/3 → 66.7), or null when the denominator is 0.</summary>
    public decimal? Percent => Numbers.Percent.Of(Numerator, Denominator);

    /// <summary>The Wilson score interval of the rate at a confidence level, as percentages; null when the denominator is 0.</summary>
    /// <param name="level">The confidence level, e.g. <see cref="ConfidenceLevel.Percent95"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="level"/> is the uninitialized default.</exception>
    public WilsonInterval? Wilson(ConfidenceLevel level) => HasValue ? WilsonInterval.Compute(Numerator, Denominator, level) : null;

    /// <summary>Adds part to part and whole to whole (pools two disjoint samples).</summary>
    /// <param name="other">The other proportion.</param>
    public Proportion Add(Proportion other) => new(checked(Numerator + other.Numerator), checked(Denominator + other.Denominator));

    /// <summary>Pools two disjoint samples; see <see cref="Add(Proportion)"/>.</summary>
    public static Proportion operator +(Proportion left, Proportion right) => left.Add(right);

    /// <summary>The proportion as text, e.g. <c>2/3 (66.7%)</c> or <c>0/0 (—)</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator} ({(Percent is { } p ? p.ToString(CultureInfo.InvariantCulture) + "%" : "—")})");
}
