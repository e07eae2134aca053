using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LianLuo.Domain.Numbers;

namespace LianLuo.Domain.Tests.Numbers;

public class PercentTests
{
    [Theory]
    [InlineData(2, 3, "66.7")]
    [InlineData(1, 3, "33.3")]
    [InlineData(1, 8, "12.5")]
    [InlineData(1, 16, "6.3")] // 6.25 goes away from zero
    [InlineData(3, 16, "18.8")] // 18.75
    [InlineData(1, 2000, "0.1")] // exactly 0.05
    [InlineData(1, 2001, "0.0")] // 0.04997…
    [InlineData(1999, 2000, "100.0")] // 99.95 goes up to 100.0
    [InlineData(0, 7, "0.0")]
    [InlineData(7, 7, "100.0")]
    public void Of_Examples_RoundHalfAwayFromZeroToOneDecimal(int numerator, int denominator, string expected)
    {
        var percent = Percent.Of(numerator, denominator);
        Assert.Equal(expected, percent!.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Of_ZeroDenominator_IsNull() => Assert.Null(Percent.Of(0, 0));

    [Fact]
    public void Of_NegativeCount_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Percent.Of(-1, 3));
        Assert.Contains("-1", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.05", "0.1")]
    [InlineData("0.0499999", "0.0")]
    [InlineData("-0.05", "-0.1")]
    [InlineData("12.25", "12.3")] // banker's rounding would give 12.2
    [InlineData("12.35", "12.4")]
    [InlineData("0.15", "0.2")]
    [InlineData("66.666666", "66.7")]
    [InlineData("100", "100.0")]
    [InlineData("0", "0.0")]
    public void Round_Examples_HalfAwayFromZeroWithOneDecimal(string value, string expected) =>
        Assert.Equal(expected, Percent.Round(decimal.Parse(value, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture));

    [Theory]
    [InlineData(new[] { 1, 1, 1 }, new[] { "33.4", "33.3", "33.3" })] // the spare tenth goes to A on a tie
    [InlineData(new[] { 2, 1 }, new[] { "66.7", "33.3" })]
    [InlineData(new[] { 1, 2 }, new[] { "33.3", "66.7" })]
    [InlineData(new[] { 1, 1, 1, 1, 1, 1 }, new[] { "16.7", "16.7", "16.7", "16.7", "16.6", "16.6" })]
    [InlineData(new[] { 5, 0, 0 }, new[] { "100.0", "0.0", "0.0" })]
    [InlineData(new[] { 0, 3, 0 }, new[] { "0.0", "100.0", "0.0" })]
    [InlineData(new[] { 56, 31, 13 }, new[] { "56.0", "31.0", "13.0" })]
    [InlineData(new[] { 1, 5, 1 }, new[] { "14.3", "71.4", "14.3" })] // 14.285…, 71.428…, 14.285…: C beats B on remainder
    [InlineData(new[] { 2, 2, 3 }, new[] { "28.6", "28.6", "42.8" })] // 28.571…×2 and 42.857…: ties by order
    public void LargestRemainder_Examples_AddUpTo100(int[] counts, string[] expected)
    {
        var shares = Percent.LargestRemainder(counts);
        Assert.Equal(expected, shares.Select(s => s!.Value.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(100.0m, shares.Sum(s => s!.Value));
    }

    [Fact]
    public void LargestRemainder_AllZero_IsNullForEach()
    {
        Assert.Equal([null, null, null], Percent.LargestRemainder([0, 0, 0]));
        Assert.Empty(Percent.LargestRemainder([]));
    }

    [Property]
    public Property Of_AgreesWithDecimalRounding() => Prop.ForAll(
        Gen.Choose(1, 100000).SelectMany(d => Gen.Choose(0, d).Select(n => (n, d))).ToArbitrary(),
        pair => Percent.Of(pair.n, pair.d) == Math.Round(100m * pair.n / pair.d, 1, MidpointRounding.AwayFromZero));

    [Property]
    public Property Of_LiesBetween0And100() => Prop.ForAll(
        Gen.Choose(1, 100000).SelectMany(d => Gen.Choose(0, d).Select(n => (n, d))).ToArbitrary(),
        pair => Percent.Of(pair.n, pair.d) is >= 0m and <= 100m);

    [Property]
    public Property LargestRemainder_AddsUpTo100_AndStaysWithinATenthOfTheExactShare() => Prop.ForAll(
        Gen.Choose(1, 6).SelectMany(k => Gen.ArrayOf(Gen.Choose(0, 500), k)).Where(c => c.Sum() > 0).ToArbitrary(),
        counts =>
        {
            var shares = Percent.LargestRemainder(counts);
            var total = counts.Sum();
            return shares.Sum(s => s!.Value) == 100.0m &&
                   counts.Zip(shares).All(p => Math.Abs((100m * p.First / total) - p.Second!.Value) < 0.1m);
        });
}
