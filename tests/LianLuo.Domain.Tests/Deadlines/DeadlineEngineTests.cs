using LianLuo.Domain.Calendars;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Model;
using LianLuo.Domain.Timeliness;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Domain.Tests.Deadlines;

public class DeadlineEngineTests
{
    private static readonly DeadlineEngine Engine = DeadlineEngine.Default;

    private static LocalDate D(string text) => LocalDatePattern.Iso.Parse(text).Value;

    // Each case checked by hand against the notices (china-holidays.json and shared/data/notices).
    [Theory]
    [InlineData("2025-01-31", 3, "2025-04-30", "2025-04-30")] // no 31st in April: the month's last day (art. 202)
    [InlineData("2025-07-01", 3, "2025-10-01", "2025-10-09")] // 国庆节、中秋节 10-01..10-08
    [InlineData("2024-11-30", 3, "2025-02-28", "2025-02-28")] // no 30th in February 2025
    [InlineData("2023-11-29", 3, "2024-02-29", "2024-02-29")] // the leap day itself
    [InlineData("2023-11-30", 3, "2024-02-29", "2024-02-29")] // leap-year month end
    [InlineData("2024-02-29", 12, "2025-02-28", "2025-02-28")]
    [InlineData("2019-11-30", 3, "2020-02-29", "2020-03-02")] // leap day on a Saturday
    [InlineData("2019-10-31", 3, "2020-01-31", "2020-02-03")] // 2020 Spring Festival extension: 01-31..02-02 off
    [InlineData("2024-01-04", 3, "2024-04-04", "2024-04-07")] // 清明 04-04..06, ends on the make-up Sunday 04-07
    [InlineData("2024-02-01", 3, "2024-05-01", "2024-05-06")] // 劳动节 05-01..05
    [InlineData("2025-03-02", 3, "2025-06-02", "2025-06-03")] // 端午 05-31..06-02
    [InlineData("2025-10-01", 3, "2026-01-01", "2026-01-04")] // 元旦 2026 01-01..03, make-up Sunday 01-04
    [InlineData("2025-11-15", 3, "2026-02-15", "2026-02-24")] // 春节 2026 02-15..23
    [InlineData("2026-06-25", 3, "2026-09-25", "2026-09-28")] // 中秋 2026 09-25..27
    [InlineData("2026-07-01", 3, "2026-10-01", "2026-10-08")] // 国庆 2026 10-01..07
    [InlineData("2019-02-05", 3, "2019-05-05", "2019-05-05")] // the amended 2019 劳动节: Sunday 05-05 worked
    [InlineData("2015-06-05", 3, "2015-09-05", "2015-09-06")] // 2015 commemoration 09-03..05, Sunday 09-06 worked
    [InlineData("2011-09-30", 3, "2011-12-30", "2011-12-30")] // a Friday before the 2012 元旦 make-up Saturday
    [InlineData("2018-09-30", 3, "2018-12-30", "2019-01-02")] // 2019 元旦 arranged in December 2018
    [InlineData("2022-09-30", 3, "2022-12-30", "2022-12-30")]
    [InlineData("2022-09-30", 6, "2023-03-30", "2023-03-30")]
    [InlineData("2008-01-07", 1, "2008-02-07", "2008-02-13")] // 春节 2008 02-06..12
    [InlineData("2020-01-31", 1, "2020-02-29", "2020-03-02")]
    public void Compute_Months_FollowsTheCivilCode(string start, int months, string rawEnd, string expected)
    {
        var deadline = Engine.Compute(D(start), new CalendarMonths(months));
        Assert.Equal(D(expected), deadline.Date);
        Assert.Equal(D(rawEnd), deadline.Explanation.RawEndDate);
        Assert.False(deadline.IsProvisional);
        Assert.Equal(deadline.Date, Engine.ComputeDate(D(start), new CalendarMonths(months)).Date);
    }

    [Theory]
    [InlineData("2025-01-24", 5, "2025-02-07")] // counts the make-up Sunday 2025-01-26
    [InlineData("2024-09-27", 5, "2024-10-10")] // the make-up Sunday 09-29, then 国庆 10-01..07
    [InlineData("2025-09-20", 15, "2025-10-16")] // make-up 09-28 and 10-11
    [InlineData("2025-09-30", 1, "2025-10-09")]
    [InlineData("2026-02-13", 1, "2026-02-14")] // make-up Saturday 2026-02-14
    [InlineData("2020-01-20", 1, "2020-01-21")]
    public void Compute_WorkingDays_EndsOnTheNthWorkingDay(string start, int n, string expected)
    {
        var deadline = Engine.Compute(D(start), new WorkingDays(n));
        Assert.Equal(D(expected), deadline.Date);
        Assert.Equal(deadline.Date, deadline.Explanation.RawEndDate);
    }

    [Theory]
    [InlineData("2025-10-01", 10, "2025-10-11")] // lands on the make-up Saturday
    [InlineData("2025-09-21", 10, "2025-10-09")]
    [InlineData("2025-12-22", 10, "2026-01-04")]
    [InlineData("2025-06-01", 0, "2025-06-03")] // zero days: the start, moved off the holiday
    public void Compute_CalendarDays_MovesOffRestDays(string start, int days, string expected) =>
        Assert.Equal(D(expected), Engine.Compute(D(start), new CalendarDays(days)).Date);

    [Fact]
    public void Compute_EndingOnNationalDay2025_SkipsEightHolidays()
    {
        var deadline = Engine.Compute(D("2025-07-01"), new CalendarMonths(3));
        var skipped = deadline.Explanation.SkippedRestDays;
        Assert.Equal(8, skipped.Count);
        Assert.All(skipped, d => Assert.Equal(DayKind.OfficialHoliday, d.Kind));
        Assert.All(skipped, d => Assert.Equal("国庆节、中秋节", d.HolidayName));
        Assert.Equal(D("2025-10-01"), skipped[0].Date);
        Assert.Equal(D("2025-10-08"), skipped[^1].Date);
        Assert.False(deadline.Explanation.EndedOnMonthEnd);
    }

    [Fact]
    public void Compute_IntoUnannouncedYear_IsProvisional()
    {
        var deadline = Engine.Compute(D("2026-11-15"), new CalendarMonths(3));
        Assert.Equal(D("2027-02-15"), deadline.Date);
        Assert.True(deadline.IsProvisional);
        Assert.Equal([2027], deadline.Explanation.ProvisionalYears.AsImmutableArray());
        Assert.Contains(deadline.Explanation.ToLines(), l => l.StartsWith("暂定：2027年放假安排尚未公布", StringComparison.Ordinal));
    }

    [Fact]
    public void Compute_EndingLateDecember2026_WaitsFor2027Notice()
    {
        var deadline = Engine.Compute(D("2026-09-28"), new CalendarMonths(3));
        Assert.Equal(D("2026-12-28"), deadline.Date);
        Assert.True(deadline.IsProvisional);
        Assert.Equal([2027], deadline.Explanation.ProvisionalYears.AsImmutableArray());
        Assert.False(Engine.Compute(D("2026-09-24"), new CalendarMonths(3)).IsProvisional);
    }

    [Fact]
    public void Compute_WorkingDaysThroughUnannouncedYear_IsProvisional()
    {
        Assert.True(Engine.Compute(D("2026-12-10"), new WorkingDays(20)).IsProvisional);
        Assert.False(Engine.Compute(D("2026-11-10"), new WorkingDays(20)).IsProvisional);
    }

    [Fact]
    public void Compute_ExplanationInChinese_GoldenText()
    {
        var lines = Engine.Compute(D("2025-07-01"), new CalendarMonths(3)).Explanation.ToLines(ExplanationLanguage.Chinese);
        Assert.Equal(
            [
                "规则：期间，自起算日起3个月",
                "起算：2025-07-01（星期二），开始的当日不计入（民法典第二百零一条）",
                "期间届满：2025-10-01（星期三）（到期月的对应日，民法典第二百零二条）",
                "顺延：2025-10-01（星期三）为法定节假日：国庆节、中秋节（2025年通知）",
                "顺延：2025-10-02（星期四）为法定节假日：国庆节、中秋节（2025年通知）",
                "顺延：2025-10-03（星期五）为法定节假日：国庆节、中秋节（2025年通知）",
                "顺延：2025-10-04（星期六）为法定节假日：国庆节、中秋节（2025年通知）",
                "顺延：2025-10-05（星期日）为法定节假日：国庆节、中秋节（2025年通知）",
                "顺延：2025-10-06（星期一）为法定节假日：国庆节、中秋节（2025年通知）",
                "顺延：2025-10-07（星期二）为法定节假日：国庆节、中秋节（2025年通知）",
                "顺延：2025-10-08（星期三）为法定节假日：国庆节、中秋节（2025年通知）",
                "期间的最后一日是休息日的，以其后的第一个工作日为期间的最后一日（民法典第二百零三条）",
                "期限：2025-10-09（星期四）",
                $"日历版本：{WorkingCalendar.China.Version}",
            ],
            lines);
    }

    [Fact]
    public void Compute_WorkingDaysExplanationInEnglish_ListsMakeUpAndHolidays()
    {
        var lines = Engine.Compute(D("2025-01-24"), new WorkingDays(5)).Explanation.ToLines(ExplanationLanguage.English);
        Assert.Equal("Rule: period, 5 working days from the start date", lines[0]);
        Assert.Equal("Start: 2025-01-24 (Friday); the start day is not counted (Civil Code art. 201)", lines[1]);
        Assert.Contains("Period ends: 2025-02-07 (Friday) (the working day number 5 after the start)", lines);
        Assert.Contains("Counted: 2025-01-26 (Sunday), make-up working day 调休上班 for 春节 (notice of 2025), a Sunday worked", lines);
        Assert.Contains("Not counted: 1 weekend day(s)", lines); // 01-25; 02-01 and 02-02 are 春节 days off
        Assert.Contains("Not counted: 2025-01-28 (Tuesday), official holiday 春节 (notice of 2025)", lines);
        Assert.Contains("Deadline: 2025-02-07 (Friday)", lines);
    }

    [Fact]
    public void Compute_MonthEnd_IsExplained()
    {
        var deadline = Engine.Compute(D("2025-01-31"), new CalendarMonths(3));
        Assert.True(deadline.Explanation.EndedOnMonthEnd);
        Assert.Contains("到期月没有对应日", deadline.Explanation.ToLines()[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_FixedDate_MovesOffRestDay()
    {
        var rule = PeriodRule.On(D("2025-10-01"));
        var deadline = Engine.Compute(D("2025-03-15"), rule);
        Assert.Equal(D("2025-10-09"), deadline.Date);
        Assert.Contains("规定日期：2025-10-01（星期三）", deadline.Explanation.ToLines());
    }

    [Fact]
    public void Compute_AnnualDate_TakesTheNextOccurrence()
    {
        var rule = PeriodRule.OnAnnualDate(new AnnualDate(9, 30));
        Assert.Equal(D("2025-09-30"), Engine.Compute(D("2025-03-15"), rule).Date);
        Assert.Equal(D("2026-09-30"), Engine.Compute(D("2025-10-15"), rule).Date);
    }

    [Fact]
    public void Compute_DefaultPeriod_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Engine.ComputeDate(D("2025-01-01"), default(DeadlinePeriod)));
        Assert.Equal("period", ex.ParamName);
        Assert.StartsWith("The period has no unit (value: 0); create it from CalendarDays, CalendarMonths or WorkingDays.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SubmissionKind.Suggestion, false, "2025-03-20", "2025-06-20")]
    [InlineData(SubmissionKind.Proposal, false, "2025-03-20", "2025-06-20")]
    [InlineData(SubmissionKind.Suggestion, true, "2025-03-20", "2025-09-22")] // 09-20 is a Saturday
    [InlineData(SubmissionKind.Motion, false, "2025-03-20", "2025-09-22")]
    [InlineData(SubmissionKind.Motion, true, "2025-03-20", "2026-03-20")]
    public void RegularReplyDeadline_DefaultPolicy(SubmissionKind kind, bool complex, string assigned, string expected)
    {
        var deadline = Engine.RegularReplyDeadline(kind, D(assigned), complex);
        Assert.Equal(D(expected), deadline.Date);
        Assert.Equal(complex ? DeadlineKind.ComplexReply : DeadlineKind.Reply, deadline.Explanation.Kind);
        Assert.Equal(kind, deadline.Explanation.SubmissionKind);
        Assert.Equal(deadline.Date, Engine.RegularReplyDate(kind, D(assigned), complex).Date);
    }

    [Fact]
    public void ReplyDeadline_LedgerRow_ExtensionReplacesAndMovesOffRestDay()
    {
        var deadline = Engine.ReplyDeadline(SubmissionKind.Suggestion, D("2025-03-20"), false, D("2025-08-02"));
        Assert.Equal(D("2025-08-04"), deadline.Date); // 08-02 is a Saturday
        Assert.Equal(D("2025-08-02"), deadline.Explanation.ExtendedTo);
        Assert.False(deadline.Explanation.CappedAtLimit);
        Assert.Contains("延期：经批准延期至2025-08-02（星期六），取代原期限", deadline.Explanation.ToLines());
    }

    [Fact]
    public void ReplyDeadline_ExtensionBeyondLimit_IsCapped()
    {
        var deadline = Engine.ReplyDeadline(SubmissionKind.Suggestion, D("2025-03-20"), false, D("2025-12-31"));
        Assert.Equal(D("2025-09-22"), deadline.Date); // 6 months: 09-20 (Sat) → 09-22
        Assert.True(deadline.Explanation.CappedAtLimit);
        Assert.Equal(DeadlineKind.ExtensionLimit, deadline.Explanation.Kind);

        var lenient = Engine.WithPolicy(DeadlinePolicy.Default.ToBuilder().WithExtensionBeyondLimit(true).Build());
        Assert.Equal(D("2025-12-31"), lenient.ReplyDeadline(SubmissionKind.Suggestion, D("2025-03-20"), false, D("2025-12-31")).Date);
    }

    [Fact]
    public void Status_LedgerRow_MapsToReportStatuses()
    {
        var assigned = D("2025-03-20"); // deadline 2025-06-20 (Fri)
        Assert.Equal(ReportStatus.OnTime, Engine.Status(SubmissionKind.Proposal, assigned, false, null, D("2025-06-20"), D("2025-12-31")).ReportStatus);
        Assert.Equal(ReportStatus.Late, Engine.Status(SubmissionKind.Proposal, assigned, false, null, D("2025-06-23"), D("2025-12-31")).ReportStatus);
        Assert.Equal(ReportStatus.Overdue, Engine.Status(SubmissionKind.Proposal, assigned, false, null, null, D("2025-06-21")).ReportStatus);
        Assert.Equal(ReportStatus.Pending, Engine.Status(SubmissionKind.Proposal, assigned, false, null, null, D("2025-06-20")).ReportStatus);
    }

    [Fact]
    public void Default_PolicyAndCalendar()
    {
        Assert.Same(WorkingCalendar.China, Engine.Calendar);
        Assert.Same(DeadlinePolicy.Default, Engine.Policy);
        Assert.Same(Engine, DeadlineEngine.Default);
    }

    [Fact]
    public void Today_UsesShanghaiTime()
    {
        // 2025-06-30T16:30Z is 2025-07-01 00:30 in Shanghai.
        var clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2025, 6, 30, 16, 30));
        Assert.Equal(D("2025-07-01"), DeadlineEngine.Today(clock));
    }
}
