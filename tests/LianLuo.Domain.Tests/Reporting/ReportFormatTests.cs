using LianLuo.Domain.Reporting.Text;
using NodaTime;

namespace LianLuo.Domain.Tests.Reporting;

/// <summary>The one place where every renderer of the report formats its numbers and dates.</summary>
public class ReportFormatTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(1234567, "1234567")]
    [InlineData(-3, "-3")]
    public void N_Counts_AreInvariantDigitsWithoutSeparators(long value, string expected) => Assert.Equal(expected, ReportFormat.N(value));

    [Theory]
    [InlineData("91", "91.0%")]
    [InlineData("87.3", "87.3%")]
    [InlineData("100", "100.0%")]
    [InlineData("0", "0.0%")]
    public void P_Rates_HaveOneDecimalAndTheSign(string value, string expected) =>
        Assert.Equal(expected, ReportFormat.P(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void P_NoData_IsADash() => Assert.Equal("—", ReportFormat.P(null));

    [Fact]
    public void Decimal1_IsTheJsonNumberOfARate() => Assert.Equal("96.0", ReportFormat.Decimal1(96m));

    [Fact]
    public void Dates_AreIsoOrChinese()
    {
        var date = new LocalDate(2026, 1, 5);
        Assert.Equal("2026-01-05", ReportFormat.IsoDate(date));
        Assert.Equal("2026年1月5日", ReportFormat.ChineseDate(date));
    }
}
