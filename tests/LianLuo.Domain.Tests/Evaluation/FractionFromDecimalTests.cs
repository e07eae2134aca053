using System.Numerics;
using FsCheck.Xunit;
using LianLuo.Domain.Evaluation;

namespace LianLuo.Domain.Tests.Evaluation;

/// <summary>A decimal becomes the exact fraction it denotes, whatever bits its mantissa words have.</summary>
public class FractionFromDecimalTests
{
    [Theory]
    // By hand: 2^31 = 2,147,483,648 (the low word's high bit set); 2^32 - 1; 2^63; the largest decimal, 2^96 - 1; one
    // hundredth of 2^31 (scale 2).
    [InlineData("2147483648", "2147483648", "1")]
    [InlineData("4294967295", "4294967295", "1")]
    [InlineData("9223372036854775808", "9223372036854775808", "1")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335", "1")]
    [InlineData("-21474836.48", "-536870912", "25")]
    public void FromDecimal_IsExact(string value, string numerator, string denominator)
    {
        var fraction = Fraction.FromDecimal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Fraction.Of(BigInteger.Parse(numerator, System.Globalization.CultureInfo.InvariantCulture), BigInteger.Parse(denominator, System.Globalization.CultureInfo.InvariantCulture)), fraction);
    }

    // Rounded to the decimal's own number of places, the fraction gives the decimal back.
    [Property]
    public bool FromDecimal_RoundsBackToTheDecimal(decimal value) =>
        Fraction.FromDecimal(value).Round(value.Scale) == value;
}
