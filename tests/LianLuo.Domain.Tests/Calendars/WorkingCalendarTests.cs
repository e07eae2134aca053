using LianLuo.Domain.Calendars;
using NodaTime;

namespace LianLuo.Domain.Tests.Calendars;

public class WorkingCalendarTests
{
    private static readonly WorkingCalendar China = WorkingCalendar.China;

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void China_HoldsNoticeYears2007To2026()
    {
        Assert.Equal(Enumerable.Range(2007, 20), China.NoticeYears);
        Assert.StartsWith("2026-", China.Version, StringComparison.Ordinal);
        Assert.Same(China, WorkingCalendar.China);
    }

    [Fact]
    public void China_CountsMatchTheDataReadme()
    {
        var (off2025, work2025) = China.GetNoticeYear(2025)!.Value;
        Assert.Equal(28, off2025.Count);
        Assert.Equal(5, work2025.Count);
        var (off2026, work2026) = China.GetNoticeYear(2026)!.Value;
        Assert.Equal(33, off2026.Count);
        Assert.Equal(6, work2026.Count);
        Assert.Equal(545, China.NoticeYears.Sum(y => China.GetNoticeYear(y)!.Value.OffDays.Count));
        Assert.Equal(132, China.NoticeYears.Sum(y => China.GetNoticeYear(y)!.Value.WorkDays.Count));
    }

    [Theory]
    [InlineData(2025, 10, 1, DayKind.OfficialHoliday, "国庆节、中秋节", 2025)]
    [InlineData(2025, 10, 8, DayKind.OfficialHoliday, "国庆节、中秋节", 2025)]
    [InlineData(2025, 10, 11, DayKind.MakeUpWorkingDay, "国庆节、中秋节", 2025)]
    [InlineData(2025, 1, 26, DayKind.MakeUpWorkingDay, "春节", 2025)]
    [InlineData(2025, 1, 28, DayKind.OfficialHoliday, "春节", 2025)]
    [InlineData(2025, 2, 8, DayKind.MakeUpWorkingDay, "春节", 2025)]
    [InlineData(2025, 4, 27, DayKind.MakeUpWorkingDay, "劳动节", 2025)]
    [InlineData(2025, 5, 31, DayKind.OfficialHoliday, "端午节", 2025)]
    [InlineData(2024, 9, 29, DayKind.MakeUpWorkingDay, "国庆节", 2024)]
    [InlineData(2024, 4, 7, DayKind.MakeUpWorkingDay, "清明节", 2024)]
    [InlineData(2026, 1, 4, DayKind.MakeUpWorkingDay, "元旦", 2026)]
    [InlineData(2026, 2, 14, DayKind.MakeUpWorkingDay, "春节", 2026)]
    [InlineData(2026, 2, 23, DayKind.OfficialHoliday, "春节", 2026)]
    [InlineData(2026, 9, 20, DayKind.MakeUpWorkingDay, "国庆节", 2026)]
    [InlineData(2022, 12, 31, DayKind.OfficialHoliday, "元旦", 2023)]
    [InlineData(2018, 12, 29, DayKind.MakeUpWorkingDay, "元旦", 2019)]
    [InlineData(2018, 12, 31, DayKind.OfficialHoliday, "元旦", 2019)]
    [InlineData(2011, 12, 31, DayKind.MakeUpWorkingDay, "元旦", 2012)]
    [InlineData(2019, 5, 4, DayKind.OfficialHoliday, "劳动节", 2019)]
    [InlineData(2019, 5, 5, DayKind.MakeUpWorkingDay, "劳动节", 2019)]
    [InlineData(2020, 2, 1, DayKind.OfficialHoliday, "春节", 2020)]
    [InlineData(2020, 2, 2, DayKind.OfficialHoliday, "春节", 2020)]
    [InlineData(2015, 9, 6, DayKind.MakeUpWorkingDay, "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日", 2015)]
    [InlineData(2007, 5, 7, DayKind.OfficialHoliday, "劳动节", 2007)]
    [InlineData(2006, 12, 30, DayKind.MakeUpWorkingDay, "元旦", 2007)]
    public void Describe_ArrangedDay_NamesHolidayAndNotice(int y, int m, int d, DayKind kind, string name, int noticeYear)
    {
        var day = China.Describe(D(y, m, d));
        Assert.Equal(kind, day.Kind);
        Assert.Equal(name, day.HolidayName);
        Assert.Equal(noticeYear, day.NoticeYear);
        Assert.False(day.IsProvisional);
        Assert.Equal(kind == DayKind.MakeUpWorkingDay, China.IsWorkingDay(D(y, m, d)));
    }

    [Theory]
    [InlineData(2024, 2, 9, true)] // 除夕 2024: only encouraged off, a working day
    [InlineData(2025, 1, 2, true)] // 2025 元旦 is one day only
    [InlineData(2024, 12, 31, true)]
    [InlineData(2025, 9, 27, false)] // Saturday before the 2025-09-28 make-up Sunday
    [InlineData(2014, 4, 6, false)] // unnamed Sunday between 清明 and its 补休: a plain weekend
    [InlineData(2020, 2, 3, true)] // the Monday after the 2020 extension
    public void IsWorkingDay_UnlistedDays_FollowTheWeek(int y, int m, int d, bool working)
    {
        Assert.Equal(working, China.IsWorkingDay(D(y, m, d)));
        Assert.Equal(!working, China.IsRestDay(D(y, m, d)));
        var day = China.Describe(D(y, m, d));
        Assert.Equal(working ? DayKind.WorkingDay : DayKind.Weekend, day.Kind);
        Assert.Null(day.HolidayName);
        Assert.False(day.IsProvisional);
    }

    [Fact]
    public void Describe_UnannouncedYear_IsProvisionalWeekendsAndPredictedStatutoryDays()
    {
        var monday = China.Describe(D(2027, 1, 4)); // a Monday with no notice yet
        Assert.Equal(DayKind.WorkingDay, monday.Kind);
        Assert.True(monday.IsProvisional);
        Assert.Equal(2027, monday.PendingNoticeYear);
        Assert.Contains("2027年放假安排尚未公布", monday.ReasonChinese, StringComparison.Ordinal);
        Assert.Contains("no holiday notice published for 2027, counted with weekends and the predicted statutory days", monday.ReasonEnglish, StringComparison.Ordinal);
        Assert.Equal(DayKind.PredictedHoliday, China.Describe(D(2027, 1, 1)).Kind); // 元旦, predicted
        Assert.Equal(DayKind.Weekend, China.Describe(D(2027, 1, 2)).Kind);
        Assert.Contains("按周末计算", WorkingCalendar.WeekendsOnly.Describe(D(2027, 1, 4)).ReasonChinese, StringComparison.Ordinal);
        Assert.True(China.IsProvisional(D(2031, 7, 1)));
        Assert.True(China.IsProvisional(D(1999, 7, 1)));
    }

    [Fact]
    public void Describe_LateDecemberOfLastNoticeYear_WaitsForNextNotice()
    {
        Assert.False(China.IsProvisional(D(2026, 12, 24)));
        var day = China.Describe(D(2026, 12, 28));
        Assert.True(day.IsProvisional);
        Assert.Equal(2027, day.PendingNoticeYear);
        Assert.False(China.IsProvisional(D(2025, 12, 31)));
    }

    [Fact]
    public void Describe_Reasons_AreReadable()
    {
        Assert.Equal("法定节假日：国庆节、中秋节（2025年通知）", China.Describe(D(2025, 10, 1)).ReasonChinese);
        Assert.Equal("调休上班：春节（2025年通知），星期日上班", China.Describe(D(2025, 1, 26)).ReasonChinese);
        Assert.Equal("周末（星期六）", China.Describe(D(2025, 3, 1)).ReasonChinese);
        Assert.Equal("official holiday 春节 (notice of 2025)", China.Describe(D(2025, 1, 29)).ReasonEnglish);
        Assert.Equal("2025-03-01 rest day: weekend (Saturday)", China.Describe(D(2025, 3, 1)).ToString());
    }

    [Theory]
    [InlineData("2025-09-30", "2025-10-09")]
    [InlineData("2025-10-10", "2025-10-11")] // a Friday followed by the make-up Saturday
    [InlineData("2025-01-24", "2025-01-26")] // Friday → make-up Sunday
    [InlineData("2020-01-23", "2020-02-03")] // across the extended 2020 Spring Festival
    [InlineData("2026-12-31", "2027-01-04")] // into the unannounced year: 01-01 is a predicted 元旦, then a weekend
    public void NextWorkingDay_SkipsRestDays(string from, string expected)
    {
        Assert.Equal(Parse(expected), China.NextWorkingDay(Parse(from)));
        Assert.Equal(Parse(from), China.PreviousWorkingDay(Parse(expected)));
    }

    [Fact]
    public void PreviousWorkingDay_FromHoliday_IsTheDayBefore()
    {
        Assert.Equal(D(2025, 9, 30), China.PreviousWorkingDay(D(2025, 10, 5)));
        Assert.Equal(D(2025, 1, 27), China.PreviousWorkingDay(D(2025, 2, 1)));
    }

    [Fact]
    public void AddWorkingDays_FiveFrom20250124_CountsTheMakeUpSunday()
    {
        // 1-26 (Sun, make-up) 1, 1-27 2, [1-28..2-04 春节], 2-05 3, 2-06 4, 2-07 5.
        Assert.Equal(D(2025, 2, 7), China.AddWorkingDays(D(2025, 1, 24), 5));
    }

    [Theory]
    [InlineData("2025-10-09", -1, "2025-09-30")]
    [InlineData("2025-10-09", 0, "2025-10-09")]
    [InlineData("2025-10-04", 0, "2025-10-04")]
    [InlineData("2025-10-04", 1, "2025-10-09")]
    [InlineData("2025-10-04", -1, "2025-09-30")]
    [InlineData("2025-09-27", 1, "2025-09-28")]
    [InlineData("2025-09-26", 2, "2025-09-29")]
    [InlineData("2024-09-27", 5, "2024-10-10")]
    [InlineData("2025-09-20", 15, "2025-10-16")]
    [InlineData("1990-01-05", 1, "1990-01-08")] // outside the index: weekends only
    [InlineData("2050-01-07", -5, "2049-12-31")]
    public void AddWorkingDays_Examples(string start, int n, string expected) =>
        Assert.Equal(Parse(expected), China.AddWorkingDays(Parse(start), n));

    [Fact]
    public void WorkingDaysBetween_Year2025_Is248()
    {
        // 261 weekdays − 18 weekday holidays + 5 make-up days.
        Assert.Equal(248, China.WorkingDaysBetween(D(2024, 12, 31), D(2025, 12, 31)));
        Assert.Equal(-248, China.WorkingDaysBetween(D(2025, 12, 31), D(2024, 12, 31)));
    }

    [Fact]
    public void WorkingDaysBetween_NationalDayWeek2025_Is3()
    {
        // 10-09 Thu, 10-10 Fri, 10-11 Sat (make-up); 10-12 is a Sunday.
        Assert.Equal(3, China.WorkingDaysBetween(D(2025, 9, 30), D(2025, 10, 12)));
        Assert.Equal(0, China.WorkingDaysBetween(D(2025, 9, 30), D(2025, 9, 30)));
        Assert.Equal(0, China.WorkingDaysBetween(D(2025, 10, 1), D(2025, 10, 8)));
    }

    [Fact]
    public void WorkingDaysBetween_AcrossIndexEdges_CountsWeekendsOutside()
    {
        // 2005-12-30 (Fri) to 2006-01-02 (Mon): one working day, Monday, outside and at the index edge.
        Assert.Equal(1, China.WorkingDaysBetween(D(2005, 12, 30), D(2006, 1, 2)));
        // 2027-2028 have no notice: weekdays minus the predicted statutory days on weekdays (7 in 2027, 9 in 2028).
        Assert.Equal(261 + 260 - 7 - 9, China.WorkingDaysBetween(D(2026, 12, 31), D(2028, 12, 31)));
        Assert.Equal(261 + 260, China.WithPredictedHolidays(false).WorkingDaysBetween(D(2026, 12, 31), D(2028, 12, 31)));
    }

    [Fact]
    public void WithYear_AddsNewYear_LeavesOriginalUnchanged()
    {
        var withOff = China.WithYear(
            2027,
            [new ArrangedDay(D(2027, 1, 1), "元旦"), new ArrangedDay(D(2027, 2, 5), "春节")],
            [new ArrangedDay(D(2027, 2, 6), "春节")]);

        Assert.Equal(DayKind.OfficialHoliday, withOff.Describe(D(2027, 2, 5)).Kind);
        Assert.True(withOff.IsWorkingDay(D(2027, 2, 6)));
        Assert.False(withOff.IsProvisional(D(2027, 6, 1)));
        Assert.NotEqual(China.Version, withOff.Version);
        Assert.StartsWith("2027-", withOff.Version, StringComparison.Ordinal);

        Assert.Equal(DayKind.PredictedHoliday, China.Describe(D(2027, 2, 5)).Kind); // 除夕, predicted until the notice
        Assert.True(withOff.IsWorkingDay(D(2027, 2, 8))); // the notice year has no prediction left
        Assert.False(China.IsWorkingDay(D(2027, 2, 6)));
        Assert.True(China.IsProvisional(D(2027, 6, 1)));
        Assert.Equal(20, China.NoticeYears.Length);
    }

    [Fact]
    public void WithYear_ReportsEveryProblemAtOnce()
    {
        var ex = Assert.Throws<CalendarDataException>(() => China.WithYear(
            2027,
            [new ArrangedDay(D(2027, 1, 1), "元旦"), new ArrangedDay(D(2027, 1, 1), "元旦"), new ArrangedDay(D(2025, 5, 1), "劳动节")],
            [new ArrangedDay(D(2027, 1, 4), "元旦"), new ArrangedDay(D(2027, 1, 1), " ")]));

        var messages = ex.Problems.Select(p => p.ToString()).ToArray();
        Assert.Contains(messages, m => m.StartsWith("years.2027.offDays[1]:", StringComparison.Ordinal) && m.Contains("listed twice", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("years.2027.offDays[2]:", StringComparison.Ordinal) && m.Contains("outside the notice year", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("years.2027.offDays[2]:", StringComparison.Ordinal) && m.Contains("notice of 2025", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("years.2027.workDays[0]:", StringComparison.Ordinal) && m.Contains("Monday", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("years.2027.workDays[1]:", StringComparison.Ordinal) && m.Contains("both", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("years.2027.workDays[1]:", StringComparison.Ordinal) && m.Contains("name must not be empty", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("years.2027.workDays[1]:", StringComparison.Ordinal) && m.Contains("Friday", StringComparison.Ordinal));
        Assert.Equal(7, ex.Problems.Count);
        Assert.Contains("7 problem(s)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithYear_ReplacingAYear_ReplacesItsDays()
    {
        // The 2020 extension as an amendment: replace 2020 with the original notice (01-24..01-30 off, 02-01 worked).
        var original = China.GetNoticeYear(2020)!.Value;
        var offDays = original.OffDays.Where(d => d.Date < D(2020, 1, 31) || d.Date > D(2020, 2, 2)).ToArray();
        var workDays = original.WorkDays.Append(new ArrangedDay(D(2020, 2, 1), "春节")).ToArray();
        var beforeExtension = China.WithYear(2020, offDays, workDays);

        Assert.True(beforeExtension.IsWorkingDay(D(2020, 1, 31)));
        Assert.True(beforeExtension.IsWorkingDay(D(2020, 2, 1)));
        Assert.False(China.IsWorkingDay(D(2020, 1, 31)));
        Assert.NotEqual(China.Version, beforeExtension.Version);
    }

    [Fact]
    public void WithYearsFromJson_AddsYears()
    {
        const string json = """
            {"source": "test", "years": {"2027": {
              "offDays": [{"date": "2026-12-31", "name": "元旦"}, {"date": "2027-01-01", "name": "元旦"}],
              "workDays": [{"date": "2027-01-09", "name": "元旦"}]}}}
            """;
        var calendar = China.WithYearsFromJson(json);
        Assert.Equal(DayKind.OfficialHoliday, calendar.Describe(D(2026, 12, 31)).Kind);
        Assert.Equal(2027, calendar.Describe(D(2026, 12, 31)).NoticeYear);
        Assert.False(calendar.IsProvisional(D(2026, 12, 28)));
        Assert.True(calendar.IsWorkingDay(D(2027, 1, 9)));
        Assert.Equal(calendar.Version, China.WithYearsFromJson(json).Version);
    }

    [Fact]
    public void TryWithYearsFromJson_BadJson_ReportsEveryProblem()
    {
        const string json = """
            {"years": {
              "27": {"offDays": [], "workDays": []},
              "2027": {"offDays": [{"date": "2027-02-30", "name": "春节"}, {"date": "2027-02-06"}, null], "workDays": [{"date": "2027-02-08", "name": "春节"}]},
              "2028": {"offDays": []}}}
            """;
        Assert.False(China.TryWithYearsFromJson(json, out var calendar, out var problems));
        Assert.Null(calendar);
        var paths = problems.Select(p => p.Path).ToArray();
        Assert.Equal(
            ["years.27", "years.2027.offDays[0].date", "years.2027.offDays[1].name", "years.2027.offDays[2]", "years.2028.workDays", "years.2027.workDays[0]"],
            paths);
    }

    [Fact]
    public void WithYearsFromJson_Malformed_ThrowsWithPosition()
    {
        var ex = Assert.Throws<CalendarDataException>(() => China.WithYearsFromJson("{\"years\": {\"2027\": [}"));
        Assert.Single(ex.Problems);
        Assert.Contains("malformed", ex.Problems[0].Message, StringComparison.Ordinal);
        Assert.Throws<CalendarDataException>(() => China.WithYearsFromJson("{}"));
    }

    [Fact]
    public void FromJson_RoundTripsThroughToJson()
    {
        var copy = WorkingCalendar.FromJson(China.ToJson());
        Assert.Equal(China.Version, copy.Version);
        Assert.Equal(China.NoticeYears, copy.NoticeYears);
    }

    [Fact]
    public void WithExtraRestDays_MakesAWorkingDayRest()
    {
        var local = China.WithExtraRestDays([new ArrangedDay(D(2025, 3, 3), "本地纪念日")]);
        var day = local.Describe(D(2025, 3, 3));
        Assert.Equal(DayKind.ExtraRestDay, day.Kind);
        Assert.Equal("本地纪念日", day.HolidayName);
        Assert.False(day.IsWorkingDay);
        Assert.Equal(D(2025, 3, 4), local.NextWorkingDay(D(2025, 2, 28)));
        Assert.True(China.IsWorkingDay(D(2025, 3, 3)));
        Assert.Contains("+local", local.Version, StringComparison.Ordinal);
    }

    [Fact]
    public void WithExtraWorkingDays_MakesARestDayWorking_AndValidates()
    {
        var local = China.WithExtraWorkingDays([new ArrangedDay(D(2025, 3, 1), "集中办理日")]);
        Assert.Equal(DayKind.ExtraWorkingDay, local.Describe(D(2025, 3, 1)).Kind);
        Assert.True(local.IsWorkingDay(D(2025, 3, 1)));

        var ex = Assert.Throws<CalendarDataException>(() => China.WithExtraWorkingDays(
            [new ArrangedDay(D(2025, 3, 3), "x"), new ArrangedDay(D(2025, 3, 1), "")]));
        Assert.Equal(2, ex.Problems.Count);
        Assert.Contains("already a working day", ex.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("name must not be empty", ex.Problems[1].Message, StringComparison.Ordinal);

        var rest = Assert.Throws<CalendarDataException>(() => China.WithExtraRestDays([new ArrangedDay(D(2025, 10, 1), "x")]));
        Assert.Contains("already a rest day", rest.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WeekendsOnly_EverythingProvisional()
    {
        var calendar = WorkingCalendar.WeekendsOnly;
        Assert.True(calendar.IsWorkingDay(D(2025, 10, 1)));
        Assert.True(calendar.IsProvisional(D(2025, 10, 1)));
        Assert.Equal(D(2025, 10, 6), calendar.AddWorkingDays(D(2025, 10, 3), 1));
        Assert.Equal(5, calendar.WorkingDaysBetween(D(2025, 10, 3), D(2025, 10, 10)));
        Assert.Null(calendar.IndexedFrom);
        Assert.StartsWith("none-", calendar.Version, StringComparison.Ordinal);
    }

    [Fact]
    public void IsAnyProvisional_Ranges()
    {
        Assert.False(China.IsAnyProvisional(D(2025, 1, 1), D(2026, 12, 24)));
        Assert.True(China.IsAnyProvisional(D(2026, 12, 1), D(2026, 12, 25)));
        Assert.Throws<ArgumentException>(() => China.IsAnyProvisional(D(2026, 1, 2), D(2026, 1, 1)));
    }

    [Fact]
    public void NonIsoDate_IsRejected()
    {
        var julian = new LocalDate(2025, 1, 1, CalendarSystem.Julian);
        var ex = Assert.Throws<ArgumentException>(() => China.IsWorkingDay(julian));
        Assert.Contains("ISO", ex.Message, StringComparison.Ordinal);
    }

    private static LocalDate Parse(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
