using LianLuo.Domain.Calendars;
using LianLuo.Domain.Deadlines;
using NodaTime;

namespace LianLuo.Domain.Tests.Calendars;

public class StatutoryHolidaysTests
{
    private static readonly WorkingCalendar China = WorkingCalendar.China;

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    public static TheoryData<int> YearsWithData => [.. Enumerable.Range(2008, 19)];

    [Theory]
    [MemberData(nameof(YearsWithData))]
    public void For_EveryYearWithData_EachPredictedDayIsAnOfficialDayOff(int year)
    {
        var off = China.GetNoticeYear(year)!.Value.OffDays.Select(d => d.Date).ToHashSet();
        var predicted = StatutoryHolidays.For(year);
        Assert.All(predicted, day => Assert.True(off.Contains(day.Date), $"{day} ({StatutoryHolidays.RulesInForce(year)}) is not a day off of the {year} notice"));
    }

    [Theory]
    [InlineData(2012, 11, "2007年修订")] // 元旦 1, 春节 3 from 除夕, 清明 1, 劳动 1, 端午 1, 中秋 1, 国庆 3
    [InlineData(2019, 11, "2013年修订")] // 春节 3 from 初一
    [InlineData(2020, 10, "2013年修订")] // 中秋 on 10-01
    [InlineData(2026, 13, "2024年修订")] // 春节 4 from 除夕, 劳动 2
    public void For_CountsTheStatutoryDaysOfTheRulesInForce(int year, int days, string rules)
    {
        Assert.Equal(days, StatutoryHolidays.For(year).Length);
        Assert.Equal(rules, StatutoryHolidays.RulesInForce(year));
    }

    [Fact]
    public void For_2027_FollowsThe2024Rules()
    {
        var days = StatutoryHolidays.For(2027).Select(d => d.ToString()).ToArray();
        Assert.Equal(
            [
                "2027-01-01 元旦", "2027-02-05 春节", "2027-02-06 春节", "2027-02-07 春节", "2027-02-08 春节", "2027-04-05 清明节",
                "2027-05-01 劳动节", "2027-05-02 劳动节", "2027-06-09 端午节", "2027-09-15 中秋节",
                "2027-10-01 国庆节", "2027-10-02 国庆节", "2027-10-03 国庆节",
            ],
            days);
    }

    [Fact]
    public void For_ADayOfTwoHolidays_IsNamedAfterBoth()
    {
        // 2020: 中秋节 (农历八月十五) falls on 10-01, named as the notice named it.
        Assert.Contains(new ArrangedDay(D(2020, 10, 1), "国庆节、中秋节"), StatutoryHolidays.For(2020));
    }

    [Theory]
    [InlineData(2007)]
    [InlineData(2100)]
    public void For_OutsideTheTable_IsRefused(int year) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => StatutoryHolidays.For(year));

    [Fact]
    public void Qingming_AgreesWithTheNoticesAndKnownDates()
    {
        Assert.Equal(D(2027, 4, 5), LunarDates.Qingming(2027));
        Assert.Equal(D(2028, 4, 4), LunarDates.Qingming(2028));
        Assert.Equal(D(2008, 4, 4), LunarDates.Qingming(2008));
        Assert.Equal(D(2029, 4, 4), LunarDates.Qingming(2029));
        Assert.Equal(D(2030, 4, 5), LunarDates.Qingming(2030));
    }

    [Fact]
    public void Describe_PredictedDay_IsAProvisionalRestDayThatSaysSo()
    {
        var day = China.Describe(D(2027, 2, 8));
        Assert.Equal(DayKind.PredictedHoliday, day.Kind);
        Assert.True(day.IsRestDay);
        Assert.True(day.IsProvisional);
        Assert.Equal(2027, day.PendingNoticeYear);
        Assert.Contains("predicted, no notice yet", day.ReasonChinese, StringComparison.Ordinal);
        Assert.Contains("predicted, no notice yet", day.ReasonEnglish, StringComparison.Ordinal);
        Assert.Contains("春节", day.ReasonChinese, StringComparison.Ordinal);
    }

    [Fact]
    public void China_PredictsOnlyYearsWithoutANotice()
    {
        Assert.True(China.PredictsStatutoryHolidays);
        Assert.Equal(2027, China.PredictedYears[0]);
        Assert.Equal(StatutoryHolidays.LastYear, China.PredictedYears[^1]);
        Assert.False(WorkingCalendar.WeekendsOnly.PredictsStatutoryHolidays);
        Assert.True(WorkingCalendar.WeekendsOnly.IsWorkingDay(D(2027, 2, 8)));
        var with2027 = China.WithYear(2027, [new ArrangedDay(D(2027, 2, 9), "春节")], []);
        Assert.Equal(2028, with2027.PredictedYears[0]);
        Assert.True(with2027.IsWorkingDay(D(2027, 2, 8))); // the notice decides, not the prediction
        Assert.NotEqual(China.Version, China.WithPredictedHolidays(false).Version);
    }

    [Fact]
    public void Compute_OverSpringFestival2027_SkipsTheStatutoryDaysAndIsProvisional()
    {
        // 2027-02-01 + 5 working days: 02-02..02-04, then 02-05..02-08 are predicted 春节 days (02-06/07 a weekend), then 02-09, 02-10.
        var deadline = DeadlineEngine.Default.Compute(D(2027, 2, 1), new WorkingDays(5));
        Assert.Equal(D(2027, 2, 10), deadline.Date);
        Assert.True(deadline.IsProvisional);
        Assert.Equal([2027], deadline.Explanation.PredictedYears.AsImmutableArray());
        var lines = deadline.Explanation.ToLines();
        Assert.Equal(4, lines.Count(l => l.Contains("法定节假日（预测）：春节", StringComparison.Ordinal) && l.Contains("predicted, no notice yet", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("暂定：2027年放假安排尚未公布，按周末和", StringComparison.Ordinal));
        Assert.Equal(D(2027, 2, 3), DeadlineEngine.Default.WithCalendar(China.WithPredictedHolidays(false)).Compute(D(2027, 1, 27), new WorkingDays(5)).Date);
    }
}
