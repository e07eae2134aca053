using System.Globalization;

namespace LianLuo.Domain.Numbers;

/// <summary>
/// A confidence level (置信水平) such as 0.95, strictly between 0.5 and 1. A significance level (α = 0.05) is refused
/// with a message saying so, so that the two cannot be confused. Ordered and equal by value. Immutable and thread-safe.
/// </summary>
public readonly struct ConfidenceLevel : IEquatable<ConfidenceLevel>, IComparable<ConfidenceLevel>
{
    private readonly double z;

    /// <summary>Creates a confidence level from a decimal, e.g. <c>0.95m</c>.</summary>
    /// <param name="value">The level, greater than 0.5 and less than 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is 0.5 or less (perhaps an α such as 0.05), or 1 or more.</exception>
    public ConfidenceLevel(decimal value)
    {
        if (value <= 0.5m || value >= 1m)
        {
            var hint = value is > 0m and <= 0.5m
                ? string.Create(CultureInfo.InvariantCulture, $" It looks like a significance level α; pass the confidence level 1 − α = {1m - value} instead.")
                : value >= 1m && value < 100m
                    ? " Pass a fraction, e.g. 0.95 for 95 %."
                    : string.Empty;
            throw new ArgumentOutOfRangeException(
                nameof(value),
                value,
                string.Create(CultureInfo.InvariantCulture, $"ConfidenceLevel (置信水平) must be greater than 0.5 and less than 1 (value: {value}).{hint}"));
        }

        Value = value;
        z = StandardNormal.UpperQuantile((double)((1m - value) / 2m));
    }

    /// <summary>Creates a confidence level from a double, e.g. <c>0.95</c> (converted to the nearest decimal).</summary>
    /// <param name="value">The level, greater than 0.5 and less than 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is not a finite number, is 0.5 or less (perhaps an α), or 1 or more.</exception>
    public ConfidenceLevel(double value)
        : this(double.IsFinite(value)
            ? ToDecimal(value)
            : throw new ArgumentOutOfRangeException(nameof(value), value, "ConfidenceLevel (置信水平) must be a finite number."))
    {
    }

    /// <summary>90 %.</summary>
    public static ConfidenceLevel Percent90 { get; } = new(0.90m);

    /// <summary>95 %, the usual choice.</summary>
    public static ConfidenceLevel Percent95 { get; } = new(0.95m);

    /// <summary>99 %.</summary>
    public static ConfidenceLevel Percent99 { get; } = new(0.99m);

    /// <summary>The level, e.g. 0.95 (0 for the uninitialized default, which no computation accepts).</summary>
    public decimal Value { get; }

    /// <summary>The significance level α = 1 − level, e.g. 0.05.</summary>
    public decimal Alpha => 1m - Value;

    /// <summary>The two-sided standard normal quantile z with P(|Z| ≤ z) = level, e.g. 1.959964 for 95 %.</summary>
    /// <exception cref="ArgumentException">The level is the uninitialized default.</exception>
    internal double Z => Value == 0m
        ? throw new ArgumentException("ConfidenceLevel (置信水平) is the uninitialized default; use e.g. ConfidenceLevel.Percent95.")
        : z;

    /// <inheritdoc/>
    public bool Equals(ConfidenceLevel other) => Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ConfidenceLevel other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(ConfidenceLevel other) => Value.CompareTo(other.Value);

    /// <summary>The level as a percentage, e.g. <c>95%</c>.</summary>
    public override string ToString() => (Value * 100m).ToString("0.##########", CultureInfo.InvariantCulture) + "%";

    /// <summary>Value equality.</summary>
    public static bool operator ==(ConfidenceLevel left, ConfidenceLevel right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(ConfidenceLevel left, ConfidenceLevel right) => !left.Equals(right);

    /// <summary>Orders by level.</summary>
    public static bool operator <(ConfidenceLevel left, ConfidenceLevel right) => left.CompareTo(right) < 0;

    /// <summary>Orders by level.</summary>
    public static bool operator >(ConfidenceLevel left, ConfidenceLevel right) => left.CompareTo(right) > 0;

    /// <summary>Orders by level.</summary>
    public static bool operator <=(ConfidenceLevel left, ConfidenceLevel right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by level.</summary>
    public static bool operator >=(ConfidenceLevel left, ConfidenceLevel right) => left.CompareTo(right) >= 0;

    private static decimal ToDecimal(double value) =>
        value is > -1e20 and < 1e20
            ? decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture)
            : throw new ArgumentOutOfRangeException(nameof(value), value, string.Create(CultureInfo.InvariantCulture, $"ConfidenceLevel (置信水平) must be greater than 0.5 and less than 1 (value: {value})."));
}
