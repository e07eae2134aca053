using System.Globalization;
using System.Numerics;

namespace LianLuo.Domain.Evaluation;

/// <summary>
/// An exact rational number (numerator ÷ positive denominator, in lowest terms) used so that a unit's score is
/// computed exactly and rounded once at the end. Immutable and thread-safe.
/// </summary>
internal readonly struct Fraction : IEquatable<Fraction>, IComparable<Fraction>
{
    private readonly BigInteger numerator;
    private readonly BigInteger denominator;

    private Fraction(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException("Fraction denominator must not be zero.");
        }

        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsOne && !gcd.IsZero)
        {
            numerator /= gcd;
            denominator /= gcd;
        }

        this.numerator = numerator;
        this.denominator = denominator;
    }

    public static Fraction Zero => default;

    public static Fraction One => new(BigInteger.One, BigInteger.One);

    public BigInteger Numerator => numerator;

    public BigInteger Denominator => denominator.IsZero ? BigInteger.One : denominator;

    public int Sign => numerator.Sign;

    public static Fraction Of(BigInteger numerator, BigInteger denominator) => new(numerator, denominator);

    public static Fraction FromInt(long value) => new(value, BigInteger.One);

    /// <summary>The exact value of a decimal (its integer mantissa over a power of ten).</summary>
    public static Fraction FromDecimal(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        // The three words are unsigned: unchecked, since the build checks arithmetic and a word with its high bit set is negative as int.
        var mantissa = new BigInteger(unchecked((uint)bits[0])) | (new BigInteger(unchecked((uint)bits[1])) << 32) | (new BigInteger(unchecked((uint)bits[2])) << 64);
        var scale = (bits[3] >> 16) & 0xFF;
        if (bits[3] < 0)
        {
            mantissa = -mantissa;
        }

        return new Fraction(mantissa, BigInteger.Pow(10, scale));
    }

    public static Fraction operator +(Fraction a, Fraction b) =>
        new((a.numerator * b.Denominator) + (b.numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Fraction operator -(Fraction a, Fraction b) =>
        new((a.numerator * b.Denominator) - (b.numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Fraction operator *(Fraction a, Fraction b) =>
        new(a.numerator * b.numerator, a.Denominator * b.Denominator);

    public static Fraction operator /(Fraction a, Fraction b) =>
        b.numerator.IsZero
            ? throw new DivideByZeroException("Fraction division by zero.")
            : new(a.numerator * b.Denominator, a.Denominator * b.numerator);

    public static bool operator ==(Fraction a, Fraction b) => a.Equals(b);

    public static bool operator !=(Fraction a, Fraction b) => !a.Equals(b);

    public static bool operator <(Fraction a, Fraction b) => a.CompareTo(b) < 0;

    public static bool operator >(Fraction a, Fraction b) => a.CompareTo(b) > 0;

    public static bool operator <=(Fraction a, Fraction b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Fraction a, Fraction b) => a.CompareTo(b) >= 0;

    public static Fraction Min(Fraction a, Fraction b) => a <= b ? a : b;

    public static Fraction Max(Fraction a, Fraction b) => a >= b ? a : b;

    /// <summary>The largest whole number not greater than the value.</summary>
    public BigInteger Floor()
    {
        var quotient = BigInteger.DivRem(numerator, Denominator, out var remainder);
        return remainder.Sign < 0 ? quotient - 1 : quotient;
    }

    /// <summary>The value rounded half away from zero to <paramref name="decimals"/> places, as a decimal.</summary>
    public decimal Round(int decimals)
    {
        var scale = BigInteger.Pow(10, decimals);
        var scaled = BigInteger.Abs(numerator) * scale;
        var quotient = BigInteger.DivRem(scaled, Denominator, out var remainder);
        if (remainder * 2 >= Denominator)
        {
            quotient += 1;
        }

        if (quotient.GetBitLength() > 96)
        {
            throw new OverflowException($"Fraction {this} does not fit a decimal with {decimals.ToString(CultureInfo.InvariantCulture)} places.");
        }

        var mask = new BigInteger(uint.MaxValue);
        var lo = unchecked((int)(uint)(quotient & mask));
        var mid = unchecked((int)(uint)((quotient >> 32) & mask));
        var hi = unchecked((int)(uint)((quotient >> 64) & mask));
        return new decimal(lo, mid, hi, numerator.Sign < 0 && !quotient.IsZero, checked((byte)decimals));
    }

    public bool Equals(Fraction other) => numerator == other.numerator && Denominator == other.Denominator;

    public override bool Equals(object? obj) => obj is Fraction other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(numerator, Denominator);

    public int CompareTo(Fraction other) => (numerator * other.Denominator).CompareTo(other.numerator * Denominator);

    public override string ToString() =>
        Denominator.IsOne
            ? numerator.ToString(CultureInfo.InvariantCulture)
            : $"{numerator.ToString(CultureInfo.InvariantCulture)}/{Denominator.ToString(CultureInfo.InvariantCulture)}";
}
