using LianLuo.Domain.Numbers;

namespace LianLuo.Domain.Tests.Numbers;

/// <summary>
/// The standard normal tail, erfc and the quantiles behind every confidence level agree with the published tables (values
/// to 15-16 significant digits, as tabulated for erfc and Φ, and as Python's math.erfc and statistics.NormalDist give
/// them), on both sides of the switch from the series (x &lt; 3) to
/// the continued fraction (x ≥ 3).
/// </summary>
public class StandardNormalTableTests
{
    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.5, 0.4795001221869535)]
    [InlineData(1.0, 0.15729920705028513)]
    [InlineData(2.0, 0.004677734981047266)]
    [InlineData(2.9, 4.109787809945886e-05)]
    [InlineData(3.0, 2.209049699858544e-05)]
    [InlineData(3.1, 1.1648657367199596e-05)]
    [InlineData(4.0, 1.541725790028002e-08)]
    [InlineData(6.0, 2.1519736712498913e-17)]
    public void Erfc_IsTheTabulatedValue(double x, double expected) =>
        Assert.Equal(expected, StandardNormal.Erfc(x), expected * 1e-9);

    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(1.0, 0.15865525393145707)]
    [InlineData(-1.0, 0.8413447460685429)]
    [InlineData(1.959963984540054, 0.025)]
    [InlineData(-1.959963984540054, 0.975)]
    [InlineData(3.0, 0.0013498980316301)]
    [InlineData(5.0, 2.866515718791939e-07)]
    public void UpperTail_IsOneMinusPhi(double z, double expected) =>
        Assert.Equal(expected, StandardNormal.UpperTail(z), expected * 1e-9);

    [Theory]
    [InlineData(0.05, 1.6448536269514722)]
    [InlineData(0.025, 1.959963984540054)]
    [InlineData(0.005, 2.5758293035489004)]
    [InlineData(0.0005, 3.2905267314919255)]
    [InlineData(0.4, 0.2533471031357997)]
    public void UpperQuantile_IsTheTabulatedCriticalValue(double tail, double z) =>
        Assert.Equal(z, StandardNormal.UpperQuantile(tail), 1e-12);

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(-0.1)]
    [InlineData(0.7)]
    [InlineData(double.NaN)]
    public void UpperQuantile_OutsideTheOpenHalf_Throws(double tail) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => StandardNormal.UpperQuantile(tail));

    [Fact]
    public void ConfidenceLevels_UseTheirCriticalValues()
    {
        // z = Φ⁻¹(1 − α/2): 1.6449 at 90 %, 1.9600 at 95 %, 2.5758 at 99 %.
        Assert.Equal(1.6448536269514722, ConfidenceLevel.Percent90.Z, 1e-12);
        Assert.Equal(1.959963984540054, ConfidenceLevel.Percent95.Z, 1e-12);
        Assert.Equal(2.5758293035489004, ConfidenceLevel.Percent99.Z, 1e-12);
    }
}
