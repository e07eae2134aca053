using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LianLuo.Domain.Numbers;
using LianLuo.Domain.Tests.Arbitraries;

namespace LianLuo.Domain.Tests.Numbers;

public class WilsonIntervalTests
{
    [Theory]
    [InlineData(8, 10, "0.95", "49.0", "94.3")]
    [InlineData(0, 10, "0.95", "0.0", "27.8")]
    [InlineData(10, 10, "0.95", "72.2", "100.0")]
    [InlineData(45, 50, "0.95", "78.6", "95.7")]
    [InlineData(1, 2, "0.95", "9.5", "90.5")]
    [InlineData(8, 10, "0.99", "40.1", "96.0")]
    [InlineData(9, 10, "0.99", "49.3", "98.8")]
    public void Wilson_Examples_MatchTheScoreFormula(int successes, int trials, string level, string lower, string upper)
    {
        var interval = new Proportion(successes, trials).Wilson(new ConfidenceLevel(decimal.Parse(level, System.Globalization.CultureInfo.InvariantCulture)))!.Value;
        Assert.Equal(decimal.Parse(lower, System.Globalization.CultureInfo.InvariantCulture), interval.Lower);
        Assert.Equal(decimal.Parse(upper, System.Globalization.CultureInfo.InvariantCulture), interval.Upper);
        Assert.Equal(interval.Upper - interval.Lower, interval.Width);
    }

    [Fact]
    public void ToString_ShowsBoundsAndLevel() =>
        Assert.Equal("[49.0, 94.3] at 95%", new Proportion(8, 10).Wilson(ConfidenceLevel.Percent95)!.Value.ToString());

    [Theory]
    [InlineData("-0.1", "10")]
    [InlineData("10", "100.1")]
    [InlineData("50", "40")]
    public void Constructor_BoundsOutOfOrderOrRange_Throw(string lower, string upper) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new WilsonInterval(
            ConfidenceLevel.Percent95,
            decimal.Parse(lower, System.Globalization.CultureInfo.InvariantCulture),
            decimal.Parse(upper, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Wilson_DefaultLevel_Throws() =>
        Assert.Throws<ArgumentException>(() => new Proportion(1, 2).Wilson(default));

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    public bool Wilson_ContainsThePointEstimate_WithinZeroTo100(Proportion rate, ConfidenceLevel level)
    {
        if (rate.Wilson(level) is not { } interval)
        {
            return !rate.HasValue;
        }

        return interval.Contains(rate.Percent!.Value) && interval.Lower >= 0m && interval.Upper <= 100m && interval.Level == level;
    }

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    public Property Wilson_NarrowsAsTheSampleGrows(ConfidenceLevel level) => Prop.ForAll(
        Gen.Choose(1, 200).SelectMany(n => Gen.Choose(0, n).SelectMany(k => Gen.Choose(2, 20).Select(m => (k, n, m)))).ToArbitrary(),
        t =>
        {
            var (small, large) = (new Proportion(t.k, t.n).Wilson(level)!.Value, new Proportion(t.k * t.m, t.n * t.m).Wilson(level)!.Value);
            var exactSmall = WilsonInterval.Bounds(t.k, t.n, level.Z);
            var exactLarge = WilsonInterval.Bounds(t.k * t.m, t.n * t.m, level.Z);
            return large.Width <= small.Width && exactLarge.Upper - exactLarge.Lower < exactSmall.Upper - exactSmall.Lower;
        });

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    public bool Wilson_WidensWithTheConfidenceLevel(Proportion rate) =>
        !rate.HasValue ||
        (rate.Wilson(ConfidenceLevel.Percent90)!.Value.Width <= rate.Wilson(ConfidenceLevel.Percent95)!.Value.Width &&
         rate.Wilson(ConfidenceLevel.Percent95)!.Value.Width <= rate.Wilson(ConfidenceLevel.Percent99)!.Value.Width);
}
