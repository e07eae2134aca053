namespace LianLuo.Domain.Tests.Reporting;

/// <summary>The test-side formulas of ledger.md §3, checked on figures worked out by hand.</summary>
public class SpecRatesTests
{
    [Theory]
    [InlineData(190, 198, "96.0")] // the fixture's onTimeRate: 95.959… → 96.0
    [InlineData(150, 193, "77.7")] // 77.720…
    [InlineData(190, 193, "98.4")] // 98.445…
    [InlineData(1, 16, "6.3")] // 6.25 exactly: half away from zero
    [InlineData(1, 3, "33.3")]
    public void Rate_Counts_RoundHalfAwayFromZeroToOneDecimal(int numerator, int denominator, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), SpecRates.Rate(numerator, denominator));

    [Fact]
    public void Rate_ZeroDenominator_IsNull() => Assert.Null(SpecRates.Rate(0, 0));

    [Fact]
    public void LargestRemainder_FixtureCounts_GiveTheHandComputedShares() =>
        // 120, 60, 15 of 195 are 615.38, 307.69, 76.92 tenths: floors 615 + 307 + 76 = 998, the 2 tenths missing go to C (.92) and B (.69).
        Assert.Equal([61.5m, 30.8m, 7.7m], SpecRates.LargestRemainder(120, 60, 15));

    [Fact]
    public void LargestRemainder_Ties_GoToAThenBThenC() =>
        Assert.Equal([33.4m, 33.3m, 33.3m], SpecRates.LargestRemainder(1, 1, 1));

    [Fact]
    public void LargestRemainder_NoCounts_AreNull() =>
        Assert.Equal([null, null, null], SpecRates.LargestRemainder(0, 0, 0));
}
