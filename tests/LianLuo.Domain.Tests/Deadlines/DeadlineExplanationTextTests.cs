using LianLuo.Domain.Calendars;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Model;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Domain.Tests.Deadlines;

/// <summary>
/// The whole text of deadline explanations (what <c>lianluo deadline</c> prints), line for line, in both languages, for
/// real cases of the 2025 calendar. Every date and count was worked out by hand from the State Council's notice for 2025
/// (春节 01-28 to 02-04 off, 01-26 and 02-08 worked; 国庆节、中秋节 10-01 to 10-08 off) and the days of the week; the
/// reasons of single days are the calendar's (tested in Calendars), the lines around them are the explanation's rules.
/// </summary>
public class DeadlineExplanationTextTests
{
    private static readonly DeadlineEngine Engine = DeadlineEngine.Default;
    private static readonly string Version = WorkingCalendar.China.Version;

    private static LocalDate D(string text) => LocalDatePattern.Iso.Parse(text).Value;

    private static readonly string[] SpringFestival2025 =
        ["2025-01-28（星期二）", "2025-01-29（星期三）", "2025-01-30（星期四）", "2025-01-31（星期五）", "2025-02-01（星期六）", "2025-02-02（星期日）", "2025-02-03（星期一）", "2025-02-04（星期二）"];

    private static readonly string[] SpringFestival2025English =
        ["2025-01-28 (Tuesday)", "2025-01-29 (Wednesday)", "2025-01-30 (Thursday)", "2025-01-31 (Friday)", "2025-02-01 (Saturday)", "2025-02-02 (Sunday)", "2025-02-03 (Monday)", "2025-02-04 (Tuesday)"];

    [Fact]
    public void WorkingDaysOverSpringFestival_Chinese_CountsTheMakeUpSundaySumsTheWeekendAndListsEachHoliday()
    {
        // From Friday 01-24: 01-25 (Sat) not counted, 01-26 (Sun, worked) is day 1, 01-27 day 2, 01-28 to 02-04 off,
        // 02-05 to 02-07 days 3 to 5.
        var lines = Engine.Compute(D("2025-01-24"), new WorkingDays(5)).Explanation.ToLines(ExplanationLanguage.Chinese);

        string[] expected =
        [
            "规则：期间，自起算日起5个工作日",
            "起算：2025-01-24（星期五），开始的当日不计入（民法典第二百零一条）",
            "期间届满：2025-02-07（星期五）（起算日后第5个工作日）",
            "计入：2025-01-26（星期日）为调休上班：春节（2025年通知），星期日上班",
            "不计：周末1天",
            .. SpringFestival2025.Select(day => $"不计：{day}为法定节假日：春节（2025年通知）"),
            "期限：2025-02-07（星期五）",
            $"日历版本：{Version}",
        ];
        Assert.Equal(expected, lines);
    }

    [Fact]
    public void WorkingDaysOverSpringFestival_English_SameLinesInEnglish()
    {
        var lines = Engine.Compute(D("2025-01-24"), new WorkingDays(5)).Explanation.ToLines(ExplanationLanguage.English);

        string[] expected =
        [
            "Rule: period, 5 working days from the start date",
            "Start: 2025-01-24 (Friday); the start day is not counted (Civil Code art. 201)",
            "Period ends: 2025-02-07 (Friday) (the working day number 5 after the start)",
            "Counted: 2025-01-26 (Sunday), make-up working day 调休上班 for 春节 (notice of 2025), a Sunday worked",
            "Not counted: 1 weekend day(s)",
            .. SpringFestival2025English.Select(day => $"Not counted: {day}, official holiday 春节 (notice of 2025)"),
            "Deadline: 2025-02-07 (Friday)",
            $"Calendar version: {Version}",
        ];
        Assert.Equal(expected, lines);
    }

    [Fact]
    public void WorkingDaysEndingOnAMakeUpSaturday_CountsThatSaturday()
    {
        // One working day after Friday 02-07 is Saturday 02-08, worked for 春节: the last day counted is a make-up day.
        var deadline = Engine.Compute(D("2025-02-07"), new WorkingDays(1));

        Assert.Equal(
            [
                "规则：期间，自起算日起1个工作日",
                "起算：2025-02-07（星期五），开始的当日不计入（民法典第二百零一条）",
                "期间届满：2025-02-08（星期六）（起算日后第1个工作日）",
                "计入：2025-02-08（星期六）为调休上班：春节（2025年通知），星期六上班",
                "期限：2025-02-08（星期六）",
                $"日历版本：{Version}",
            ],
            deadline.Explanation.ToLines());
        Assert.Equal("2025-02-08", deadline.ToString());
    }

    [Fact]
    public void WorkingDaysFromAMakeUpSunday_DoesNotCountTheStartDayNorTheWeekendBeforeIt()
    {
        // From Sunday 01-26 (worked, but the start day is not counted): 01-27 is day 1, 02-05 day 2. No weekend day is
        // skipped inside the period (01-25, before the start, is not in it), so no weekend line; the 8 days off are listed.
        var lines = Engine.Compute(D("2025-01-26"), new WorkingDays(2)).Explanation.ToLines(ExplanationLanguage.English);

        string[] expected =
        [
            "Rule: period, 2 working days from the start date",
            "Start: 2025-01-26 (Sunday); the start day is not counted (Civil Code art. 201)",
            "Period ends: 2025-02-05 (Wednesday) (the working day number 2 after the start)",
            .. SpringFestival2025English.Select(day => $"Not counted: {day}, official holiday 春节 (notice of 2025)"),
            "Deadline: 2025-02-05 (Wednesday)",
            $"Calendar version: {Version}",
        ];
        Assert.Equal(expected, lines);
    }

    [Fact]
    public void ExtensionReplacingThePeriod_English_IsMovedPastTheWeekend()
    {
        // A suggestion assigned on Thursday 03-20, extended to Saturday 08-02 (within the 6-month limit, 09-22).
        var deadline = Engine.ReplyDeadline(SubmissionKind.Suggestion, D("2025-03-20"), false, D("2025-08-02"));

        Assert.Equal(
            [
                "Rule: reply deadline of a suggestion, 3 months from assignment (交办)",
                "Start: 2025-03-20 (Thursday) (assignment (交办)); the start day is not counted (Civil Code art. 201)",
                "Extension to 2025-08-02 (Saturday) replaces the period",
                "Extended to: 2025-08-02 (Saturday)",
                "Moved past 2025-08-02 (Saturday): weekend (Saturday)",
                "Moved past 2025-08-03 (Sunday): weekend (Sunday)",
                "A period whose last day is a rest day ends on the next working day (Civil Code art. 203)",
                "Deadline: 2025-08-04 (Monday)",
                $"Calendar version: {Version}",
            ],
            deadline.Explanation.ToLines(ExplanationLanguage.English));
    }

    [Fact]
    public void ExtensionReplacingThePeriod_Chinese_NamesTheExtensionDate()
    {
        var deadline = Engine.ReplyDeadline(SubmissionKind.Suggestion, D("2025-03-20"), false, D("2025-08-02"));

        Assert.Equal(
            [
                "规则：建议答复期限，自交办之日起3个月",
                "起算：2025-03-20（星期四）（交办），开始的当日不计入（民法典第二百零一条）",
                "延期：经批准延期至2025-08-02（星期六），取代原期限",
                "延期日期：2025-08-02（星期六）",
                "顺延：2025-08-02（星期六）为周末（星期六）",
                "顺延：2025-08-03（星期日）为周末（星期日）",
                "期间的最后一日是休息日的，以其后的第一个工作日为期间的最后一日（民法典第二百零三条）",
                "期限：2025-08-04（星期一）",
                $"日历版本：{Version}",
            ],
            deadline.Explanation.ToLines());
    }

    [Fact]
    public void ComplexItemsExtension_KeepsTheComplexKind()
    {
        // A complex suggestion (6 months) extended within the limit: the deadline is still the complex item's reply deadline.
        var deadline = Engine.ReplyDeadline(SubmissionKind.Suggestion, D("2025-03-20"), true, D("2025-08-02"));

        Assert.Equal(DeadlineKind.ComplexReply, deadline.Explanation.Kind);
        Assert.Equal("规则：建议复杂件答复期限，自交办之日起6个月", deadline.Explanation.ToLines()[0]);
    }

    [Fact]
    public void ExtensionPastTheLimit_Chinese_IsExplainedAsTheLimitsPeriod()
    {
        // Extended to 12-31, past the limit (6 months from 03-20: 09-20, a Saturday, so 09-22): the limit's period is shown.
        var deadline = Engine.ReplyDeadline(SubmissionKind.Suggestion, D("2025-03-20"), false, D("2025-12-31"));

        Assert.Equal(
            [
                "规则：建议最长办理期限，自交办之日起6个月",
                "起算：2025-03-20（星期四）（交办），开始的当日不计入（民法典第二百零一条）",
                "延期：经批准延期至2025-12-31（星期三），超过最长办理期限，以最长期限为准",
                "期间届满：2025-09-20（星期六）（到期月的对应日，民法典第二百零二条）",
                "顺延：2025-09-20（星期六）为周末（星期六）",
                "顺延：2025-09-21（星期日）为周末（星期日）",
                "期间的最后一日是休息日的，以其后的第一个工作日为期间的最后一日（民法典第二百零三条）",
                "期限：2025-09-22（星期一）",
                $"日历版本：{Version}",
            ],
            deadline.Explanation.ToLines());
    }

    [Fact]
    public void ExtensionPastTheLimit_English_SaysTheLimitApplies()
    {
        var deadline = Engine.ReplyDeadline(SubmissionKind.Suggestion, D("2025-03-20"), false, D("2025-12-31"));

        Assert.Equal(
            [
                "Rule: extension limit of a suggestion, 6 months from assignment (交办)",
                "Start: 2025-03-20 (Thursday) (assignment (交办)); the start day is not counted (Civil Code art. 201)",
                "Extension to 2025-12-31 (Wednesday) passes the extension limit; the limit applies",
                "Period ends: 2025-09-20 (Saturday) (the corresponding day of the last month; Civil Code art. 202)",
                "Moved past 2025-09-20 (Saturday): weekend (Saturday)",
                "Moved past 2025-09-21 (Sunday): weekend (Sunday)",
                "A period whose last day is a rest day ends on the next working day (Civil Code art. 203)",
                "Deadline: 2025-09-22 (Monday)",
                $"Calendar version: {Version}",
            ],
            deadline.Explanation.ToLines(ExplanationLanguage.English));
    }

    [Theory]
    [InlineData("2025-09-22")] // the limit itself
    [InlineData("2025-09-20")] // a Saturday before it, moved to the limit
    public void ExtensionToTheLimitsDay_IsNotCapped(string extendedTo)
    {
        var deadline = Engine.ReplyDeadline(SubmissionKind.Suggestion, D("2025-03-20"), false, D(extendedTo));

        Assert.Equal(D("2025-09-22"), deadline.Date);
        Assert.False(deadline.Explanation.CappedAtLimit);
        Assert.Equal(DeadlineKind.Reply, deadline.Explanation.Kind);
        Assert.Equal(D(extendedTo), deadline.Explanation.RawEndDate);
    }

    [Fact]
    public void MonthsEndingOnAShorterMonth_English_NamesArticle202()
    {
        // 3 months from 01-31: April has no 31st, so the period ends on 04-30, a Wednesday and a working day.
        Assert.Equal(
            [
                "Rule: period, 3 months from the start date",
                "Start: 2025-01-31 (Friday); the start day is not counted (Civil Code art. 201)",
                "Period ends: 2025-04-30 (Wednesday) (the last month has no corresponding day, so the month's last day; Civil Code art. 202)",
                "Deadline: 2025-04-30 (Wednesday)",
                $"Calendar version: {Version}",
            ],
            Engine.Compute(D("2025-01-31"), new CalendarMonths(3)).Explanation.ToLines(ExplanationLanguage.English));
    }

    [Fact]
    public void FixedDateOnAHoliday_English_MovesPastEachDayOff()
    {
        var lines = Engine.Compute(D("2025-03-15"), PeriodRule.On(D("2025-10-01"))).Explanation.ToLines(ExplanationLanguage.English);

        string[] holidays = ["2025-10-01 (Wednesday)", "2025-10-02 (Thursday)", "2025-10-03 (Friday)", "2025-10-04 (Saturday)", "2025-10-05 (Sunday)", "2025-10-06 (Monday)", "2025-10-07 (Tuesday)", "2025-10-08 (Wednesday)"];
        string[] expected =
        [
            "Rule: period, by 2025-10-01",
            "Start: 2025-03-15 (Saturday) (assignment (交办)); the start day is not counted (Civil Code art. 201)",
            "Set date: 2025-10-01 (Wednesday)",
            .. holidays.Select(day => $"Moved past {day}: official holiday 国庆节、中秋节 (notice of 2025)"),
            "A period whose last day is a rest day ends on the next working day (Civil Code art. 203)",
            "Deadline: 2025-10-09 (Thursday)",
            $"Calendar version: {Version}",
        ];
        Assert.Equal(expected, lines);
    }

    [Fact]
    public void PeriodEndingOnALocalRestDay_ListsThatDayOnlyNotTheWeekendAfterTheDeadline()
    {
        // A local rest day on Thursday 03-13: 10 days from Monday 03-03 end on it, the deadline is Friday 03-14; the weekend
        // after the deadline is not part of the explanation.
        var calendar = WorkingCalendar.China.WithExtraRestDays([new ArrangedDay(D("2025-03-13"), "本市防汛抢险日")]);
        var deadline = Engine.WithCalendar(calendar).Compute(D("2025-03-03"), new CalendarDays(10));

        Assert.Equal(D("2025-03-14"), deadline.Date);
        Assert.Equal(
            [
                "规则：期间，自起算日起10日",
                "起算：2025-03-03（星期一），开始的当日不计入（民法典第二百零一条）",
                "期间届满：2025-03-13（星期四）",
                "顺延：2025-03-13（星期四）为地方休息日：本市防汛抢险日",
                "期间的最后一日是休息日的，以其后的第一个工作日为期间的最后一日（民法典第二百零三条）",
                "期限：2025-03-14（星期五）",
                $"日历版本：{calendar.Version}",
            ],
            deadline.Explanation.ToLines());
    }

    [Fact]
    public void ProvisionalDeadline_NamesTheYearWithoutANoticeAndHowItWasCounted()
    {
        // 20 working days from Thursday 2026-12-10 end on 2027-01-08: 2027 has no notice yet; China predicts its statutory
        // days (元旦 on Friday 2027-01-01).
        var deadline = Engine.Compute(D("2026-12-10"), new WorkingDays(20));

        Assert.Equal(D("2027-01-08"), deadline.Date);
        Assert.Equal("2027-01-08 (provisional)", deadline.ToString());
        var chinese = deadline.Explanation.ToLines();
        Assert.Equal("暂定：2027年放假安排尚未公布，按周末和《全国年节及纪念日放假办法》的法定节假日预测计算（predicted, no notice yet；不含调休），公布后可能变化", chinese[^2]);
        Assert.Equal("不计：周末8天", Assert.Single(chinese, l => l.StartsWith("不计：周末", StringComparison.Ordinal)));
        var english = deadline.Explanation.ToLines(ExplanationLanguage.English);
        Assert.Equal("Provisional: no holiday notice published for 2027; counted with weekends and the statutory days of the 全国年节及纪念日放假办法 (predicted, no notice yet; no make-up working days), may change", english[^2]);
        Assert.Equal("Not counted: 8 weekend day(s)", Assert.Single(english, l => l.StartsWith("Not counted: 8", StringComparison.Ordinal)));
        Assert.Equal("Deadline: 2027-01-08 (Friday)", english[^3]);
    }

    [Fact]
    public void ProvisionalOnWeekendsOnly_SaysSo()
    {
        // A calendar with no notice at all: every year is provisional and only weekends are rest days.
        var deadline = Engine.WithCalendar(WorkingCalendar.WeekendsOnly).Compute(D("2025-03-03"), new WorkingDays(3));

        Assert.Equal(D("2025-03-06"), deadline.Date);
        Assert.True(deadline.IsProvisional);
        Assert.Equal("暂定：2025年放假安排尚未公布，按周末计算，公布后可能变化", deadline.Explanation.ToLines()[^2]);
        Assert.Equal("Provisional: no holiday notice published for 2025; counted with weekends only, may change", deadline.Explanation.ToLines(ExplanationLanguage.English)[^2]);
    }

    [Fact]
    public void ProvisionalOverTwoYears_NamesThemInOrder()
    {
        // 300 working days from 2026-12-01 reach into 2028: both years without a notice are named, earliest first.
        var deadline = Engine.Compute(D("2026-12-01"), new WorkingDays(300));

        Assert.Equal(2028, deadline.Date.Year);
        Assert.Equal([2027, 2028], deadline.Explanation.ProvisionalYears.AsImmutableArray());
        Assert.StartsWith("暂定：2027年、2028年放假安排尚未公布", deadline.Explanation.ToLines()[^2], StringComparison.Ordinal);
        Assert.StartsWith("Provisional: no holiday notice published for 2027, 2028;", deadline.Explanation.ToLines(ExplanationLanguage.English)[^2], StringComparison.Ordinal);
    }

    [Fact]
    public void ProvisionalYears_AreThoseOfTheDaysCounted_NotTheStartDay()
    {
        // Working days from 2027-12-31: the start day is not counted, so only 2028 is depended on.
        Assert.Equal([2028], Engine.Compute(new LocalDate(2027, 12, 31), new WorkingDays(5)).Explanation.ProvisionalYears.AsImmutableArray());
        // No working day at all: the start day itself (a Monday of 2027) is the deadline, and its year is depended on.
        var zero = Engine.Compute(new LocalDate(2027, 1, 4), new WorkingDays(0));
        Assert.Equal(new LocalDate(2027, 1, 4), zero.Date);
        Assert.Equal([2027], zero.Explanation.ProvisionalYears.AsImmutableArray());
    }

    [Fact]
    public void ExtensionToALocalRestDay_ListsThatDayOnly()
    {
        // Extended to Thursday 03-13, a local rest day: the deadline is Friday 03-14; the weekend after it is not listed.
        var calendar = WorkingCalendar.China.WithExtraRestDays([new ArrangedDay(D("2025-03-13"), "本市防汛抢险日")]);
        var deadline = Engine.WithCalendar(calendar).ReplyDeadline(SubmissionKind.Suggestion, D("2025-01-10"), false, D("2025-03-13"));

        Assert.Equal(D("2025-03-14"), deadline.Date);
        Assert.Equal([D("2025-03-13")], deadline.Explanation.SkippedRestDays.Select(d => d.Date));
        Assert.Contains("顺延：2025-03-13（星期四）为地方休息日：本市防汛抢险日", deadline.Explanation.ToLines());
    }

    [Fact]
    public void MakeUpDays_AreCountedOnlyForPeriodsOfWorkingDays()
    {
        // A month from 01-20 passes 01-26, a make-up Sunday; it counts for working days only, not for calendar months.
        Assert.Empty(Engine.Compute(D("2025-01-20"), new CalendarMonths(1)).Explanation.CountedMakeUpWorkingDays);
        Assert.Equal([D("2025-01-26")], Engine.Compute(D("2025-01-20"), new WorkingDays(5)).Explanation.CountedMakeUpWorkingDays.Select(d => d.Date));
    }

    [Fact]
    public void WorkingDaysFromTheFirstDayOfTheData_AreNotProvisional()
    {
        // The built-in data starts with the notice for 2007 (china-holidays.json), whose first days are 2006-12-30 and 31,
        // worked for 元旦: 2006-12-29 has no notice and is counted provisionally, but the day before the start is not in
        // the period, so one from 2006-12-30 depends on the notice's days only.
        var first = new LocalDate(2006, 12, 30);
        Assert.True(WorkingCalendar.China.Describe(first.PlusDays(-1)).IsProvisional);
        Assert.False(Engine.Compute(first, new WorkingDays(3)).IsProvisional);
        Assert.False(Engine.ComputeDate(first, new WorkingDays(3)).IsProvisional);
    }

    [Fact]
    public void ToLines_UndefinedLanguage_IsRefusedByName()
    {
        var explanation = Engine.Compute(D("2025-03-03"), new WorkingDays(3)).Explanation;

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => explanation.ToLines((ExplanationLanguage)7));
        Assert.Equal("language", ex.ParamName);
        Assert.StartsWith("ExplanationLanguage has no such value (7).", ex.Message, StringComparison.Ordinal);
    }
}
