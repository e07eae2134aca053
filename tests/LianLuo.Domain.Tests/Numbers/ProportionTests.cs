using FsCheck;
using FsCheck.Xunit;
using LianLuo.Domain.Numbers;
using LianLuo.Domain.Tests.Arbitraries;

namespace LianLuo.Domain.Tests.Numbers;

public class ProportionTests
{
    [Fact]
    public void Percent_TwoThirds_Is66Point7_AndKeepsBothCounts()
    {
        var rate = new Proportion(2, 3);
        Assert.Equal(66.7m, rate.Percent);
        Assert.Equal(2, rate.Numerator);
        Assert.Equal(3, rate.Denominator);
        Assert.Equal("2/3 (66.7%)", rate.ToString());
    }

    [Fact]
    public void Percent_ZeroDenominator_IsNull_AndHasNoInterval()
    {
        Assert.False(Proportion.Empty.HasValue);
        Assert.Null(Proportion.Empty.Percent);
        Assert.Null(Proportion.Empty.Wilson(ConfidenceLevel.Percent95));
        Assert.Equal("0/0 (—)", Proportion.Empty.ToString());
    }

    [Fact]
    public void Equality_ComparesBothCounts_NotTheRate()
    {
        Assert.Equal(new Proportion(1, 2), new Proportion(1, 2));
        Assert.NotEqual(new Proportion(1, 2), new Proportion(2, 4));
        Assert.Equal(new Proportion(1, 2).Percent, new Proportion(2, 4).Percent);
    }

    [Theory]
    [InlineData(-1, 3)]
    [InlineData(1, -3)]
    [InlineData(4, 3)]
    public void Constructor_InvalidCounts_Throws(int numerator, int denominator) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Proportion(numerator, denominator));

    [Fact]
    public void Add_PoolsPartsAndWholes() => Assert.Equal(new Proportion(5, 12), new Proportion(2, 3) + new Proportion(3, 9));

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    public bool Percent_LiesBetween0And100(Proportion rate) => rate.Percent is null or (>= 0m and <= 100m);
}
