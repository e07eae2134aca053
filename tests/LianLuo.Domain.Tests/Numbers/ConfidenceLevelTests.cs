using LianLuo.Domain.Numbers;

namespace LianLuo.Domain.Tests.Numbers;

public class ConfidenceLevelTests
{
    [Theory]
    [InlineData("0.90", 1.6448536269514722)]
    [InlineData("0.95", 1.9599639845400540)]
    [InlineData("0.99", 2.5758293035489004)]
    [InlineData("0.999", 3.2905267314919255)]
    public void Z_IsTheTwoSidedNormalQuantile(string level, double expected) =>
        Assert.Equal(expected, new ConfidenceLevel(decimal.Parse(level, System.Globalization.CultureInfo.InvariantCulture)).Z, 9);

    [Fact]
    public void Z_ExtremeLevel_StaysAccurateInTheFarTail() =>
        Assert.Equal(6.1094101917, new ConfidenceLevel(0.999999999m).Z, 1e-6);

    [Fact]
    public void Constructor_FromDouble_EqualsFromDecimal()
    {
        Assert.Equal(ConfidenceLevel.Percent95, new ConfidenceLevel(0.95));
        Assert.Equal(0.95m, new ConfidenceLevel(0.95).Value);
        Assert.Equal(0.05m, ConfidenceLevel.Percent95.Alpha);
        Assert.Equal("95%", ConfidenceLevel.Percent95.ToString());
    }

    [Fact]
    public void Constructor_Alpha_IsRefusedWithAHint()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ConfidenceLevel(0.05));
        Assert.Contains("0.05", ex.Message, StringComparison.Ordinal);
        Assert.Contains("significance level", ex.Message, StringComparison.Ordinal);
        Assert.Contains("0.95", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(95.0)]
    [InlineData(-0.95)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_OutOfRange_Throws(double value)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ConfidenceLevel(value));
        Assert.Contains("ConfidenceLevel", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_Percentage_SuggestsAFraction() =>
        Assert.Contains("0.95 for 95", Assert.Throws<ArgumentOutOfRangeException>(() => new ConfidenceLevel(95m)).Message, StringComparison.Ordinal);

    [Fact]
    public void Comparison_OrdersByLevel()
    {
        Assert.True(ConfidenceLevel.Percent90 < ConfidenceLevel.Percent95);
        Assert.True(ConfidenceLevel.Percent99 >= ConfidenceLevel.Percent95);
        Assert.True(ConfidenceLevel.Percent95 != ConfidenceLevel.Percent99);
        Assert.Equal(0, ConfidenceLevel.Percent95.CompareTo(new ConfidenceLevel(0.950m)));
        Assert.Equal(ConfidenceLevel.Percent95.GetHashCode(), new ConfidenceLevel(0.950m).GetHashCode());
    }
}
