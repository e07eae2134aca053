using System.Globalization;
using LianLuo.Domain.Numbers;

namespace LianLuo.Domain.Tests.Numbers;

/// <summary>
/// The edges of the number types: which values a bound may take, how the order of confidence levels reads on equal
/// levels, and that a refused value is named in the message (the field, the index, the kind of mistake).
/// </summary>
public class NumberEdgeRulesTests
{
    // A value in (0, 0.5] reads as a significance level α, one in [1, 100) as a percentage; anything else gets no hint.
    [Theory]
    [InlineData("0.5", "significance level")]
    [InlineData("0.01", "significance level")]
    [InlineData("1", "Pass a fraction")]
    [InlineData("99.9", "Pass a fraction")]
    public void RefusedLevel_GetsTheHintForItsLikelyMistake(string value, string hint)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ConfidenceLevel(decimal.Parse(value, CultureInfo.InvariantCulture)));
        Assert.Contains(hint, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0.95")]
    [InlineData("100")]
    [InlineData("250")]
    public void RefusedLevel_OutsideBothMistakes_GetsNoHint(string value)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ConfidenceLevel(decimal.Parse(value, CultureInfo.InvariantCulture)));
        Assert.DoesNotContain("significance level", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Pass a fraction", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith($"must be greater than 0.5 and less than 1 (value: {value}).", LianLuo.Domain.Internal.Preconditions.WordsOf(ex), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void NonFiniteLevel_IsRefusedAsNotANumber(double value) =>
        Assert.Contains("finite", Assert.Throws<ArgumentOutOfRangeException>(() => new ConfidenceLevel(value)).Message, StringComparison.Ordinal);

    // Beyond decimal's range a double cannot even be converted; it is still the range that is wrong, not the arithmetic.
    [Theory]
    [InlineData(1e30)]
    [InlineData(-1e30)]
    [InlineData(double.MaxValue)]
    public void HugeLevel_IsRefusedWithTheRange(double value) =>
        Assert.Contains(
            "greater than 0.5 and less than 1",
            Assert.Throws<ArgumentOutOfRangeException>(() => new ConfidenceLevel(value)).Message,
            StringComparison.Ordinal);

    [Fact]
    public void DefaultLevel_IsNamedAsTheUninitializedDefault() =>
        Assert.Contains(
            "uninitialized default",
            Assert.Throws<ArgumentException>(() => new Proportion(1, 2).Wilson(default)).Message,
            StringComparison.Ordinal);

    // Every comparison operator agrees with the order of the levels' values, equal levels included.
    [Theory]
    [InlineData("0.90", "0.95")]
    [InlineData("0.95", "0.95")]
    [InlineData("0.99", "0.95")]
    [InlineData("0.95", "0.950")]
    public void Comparisons_FollowTheValues(string left, string right)
    {
        var a = decimal.Parse(left, CultureInfo.InvariantCulture);
        var b = decimal.Parse(right, CultureInfo.InvariantCulture);
        var x = new ConfidenceLevel(a);
        var y = new ConfidenceLevel(b);
        Assert.Equal(a < b, x < y);
        Assert.Equal(a > b, x > y);
        Assert.Equal(a <= b, x <= y);
        Assert.Equal(a >= b, x >= y);
        Assert.Equal(a == b, x == y);
        Assert.Equal(a != b, x != y);
    }

    [Fact]
    public void PercentOf_NamesTheRefusedCount()
    {
        Assert.Contains("Percent numerator", Assert.Throws<ArgumentOutOfRangeException>(() => Percent.Of(-1, 3)).Message, StringComparison.Ordinal);
        Assert.Contains("Percent denominator", Assert.Throws<ArgumentOutOfRangeException>(() => Percent.Of(1, -3)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LargestRemainder_NamesTheIndexOfTheRefusedCount_AndRefusesNoList()
    {
        Assert.Contains("counts[2]", Assert.Throws<ArgumentOutOfRangeException>(() => Percent.LargestRemainder([4, 0, -1])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => Percent.LargestRemainder(null!));
    }

    // Round keeps one decimal whatever the magnitude (beyond 2^32 tenths too), and zero is never "-0.0".
    [Theory]
    [InlineData("123456789012.34", "123456789012.3")]
    [InlineData("-987654321098.76", "-987654321098.8")]
    [InlineData("429496729.65", "429496729.7")]
    [InlineData("-0.04", "0.0")]
    [InlineData("0", "0.0")]
    public void Round_KeepsOneDecimalAtAnyMagnitude(string value, string expected) =>
        Assert.Equal(expected, Percent.Round(decimal.Parse(value, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture));

    [Fact]
    public void PercentOf_NoneOfSeveral_IsZeroWithoutSign() =>
        Assert.Equal("0.0", Percent.Of(0, 7)!.Value.ToString(CultureInfo.InvariantCulture));

    [Fact]
    public void Proportion_NamesTheRefusedCount()
    {
        Assert.Contains("Numerator (分子)", Assert.Throws<ArgumentOutOfRangeException>(() => new Proportion(-1, 3)).Message, StringComparison.Ordinal);
        Assert.Contains("Denominator (分母)", Assert.Throws<ArgumentOutOfRangeException>(() => new Proportion(0, -3)).Message, StringComparison.Ordinal);
    }

    // An interval may be a single point, also at 100 % (every reply satisfied, say); its bounds belong to it.
    [Theory]
    [InlineData("100", "100")]
    [InlineData("50", "50")]
    [InlineData("0", "0")]
    public void Interval_MayBeASinglePoint(string lower, string upper)
    {
        var point = decimal.Parse(lower, CultureInfo.InvariantCulture);
        var interval = new WilsonInterval(ConfidenceLevel.Percent95, point, decimal.Parse(upper, CultureInfo.InvariantCulture));
        Assert.Equal(0m, interval.Width);
        Assert.True(interval.Contains(point));
    }

    [Theory]
    [InlineData("20", true)]
    [InlineData("30", true)]
    [InlineData("25.5", true)]
    [InlineData("19.9", false)]
    [InlineData("30.1", false)]
    [InlineData("0", false)]
    [InlineData("100", false)]
    public void Interval_ContainsExactlyWhatLiesBetweenItsBounds(string percent, bool inside) =>
        Assert.Equal(inside, new WilsonInterval(ConfidenceLevel.Percent90, 20m, 30m).Contains(decimal.Parse(percent, CultureInfo.InvariantCulture)));
}
