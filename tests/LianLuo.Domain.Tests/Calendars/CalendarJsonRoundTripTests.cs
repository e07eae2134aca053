using System.Text.Json;
using LianLuo.Domain.Calendars;
using NodaTime;

namespace LianLuo.Domain.Tests.Calendars;

/// <summary>
/// The china-holidays.json format as written and read: each notice year lists its days off and make-up working days in
/// date order, each with its holiday's name; names are read without surrounding blanks; a date that is missing is a
/// problem at that entry's <c>date</c>.
/// </summary>
public class CalendarJsonRoundTripTests
{
    private static readonly WorkingCalendar China = WorkingCalendar.China;

    [Fact]
    public void ToJson_ListsEachYearsDays_InDateOrder()
    {
        // Given out of order: 2 月 5 日 before 1 月 1 日.
        var calendar = China.WithYear(
            2027,
            [new ArrangedDay(new LocalDate(2027, 2, 5), "春节"), new ArrangedDay(new LocalDate(2027, 1, 1), "元旦")],
            [new ArrangedDay(new LocalDate(2027, 2, 6), "春节")]);

        using var json = JsonDocument.Parse(calendar.ToJson());

        var year = json.RootElement.GetProperty("years").GetProperty("2027");
        Assert.Equal(
            [("2027-01-01", "元旦"), ("2027-02-05", "春节")],
            year.GetProperty("offDays").EnumerateArray().Select(d => (d.GetProperty("date").GetString(), d.GetProperty("name").GetString())));
        Assert.Equal(
            [("2027-02-06", "春节")],
            year.GetProperty("workDays").EnumerateArray().Select(d => (d.GetProperty("date").GetString(), d.GetProperty("name").GetString())));
        Assert.Contains(calendar.Version, json.RootElement.GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Names_AreReadWithoutSurroundingBlanks()
    {
        const string json = """{"years": {"2027": {"offDays": [{"date": "2027-01-01", "name": "  元旦 "}], "workDays": []}}}""";

        var calendar = China.WithYearsFromJson(json);

        var (offDays, _) = calendar.GetNoticeYear(2027)!.Value;
        Assert.Equal("元旦", Assert.Single(offDays).Name);
    }

    [Fact]
    public void MissingDate_IsAProblemAtTheEntrysDate()
    {
        const string json = """{"years": {"2027": {"offDays": [{"name": "元旦"}], "workDays": []}}}""";

        Assert.False(China.TryWithYearsFromJson(json, out _, out var problems));

        var problem = Assert.Single(problems);
        Assert.Equal("years.2027.offDays[0].date", problem.Path);
    }

    [Theory]
    [InlineData("""{"years": {"02027": {"offDays": [], "workDays": []}}}""", "years.02027")]
    [InlineData("""{"years": {"20x7": {"offDays": [], "workDays": []}}}""", "years.20x7")]
    [InlineData("""{"years": {"+202": {"offDays": [], "workDays": []}}}""", "years.+202")]
    public void NoticeYear_MustBeFourDigits(string json, string path)
    {
        Assert.False(China.TryWithYearsFromJson(json, out _, out var problems));

        var problem = Assert.Single(problems);
        Assert.Equal(path, problem.Path);
        Assert.Contains("four-digit year", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DocumentWithoutYears_IsOneProblemAtYears()
    {
        Assert.False(China.TryWithYearsFromJson("""{"source": "x"}""", out _, out var problems));

        var problem = Assert.Single(problems);
        Assert.Equal("years", problem.Path);
    }
}
