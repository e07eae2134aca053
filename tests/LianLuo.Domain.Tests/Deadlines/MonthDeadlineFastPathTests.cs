using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LianLuo.Domain.Calendars;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Model;
using LianLuo.Domain.Tests.Arbitraries;
using NodaTime;

namespace LianLuo.Domain.Tests.Deadlines;

/// <summary>
/// A deadline in months (every reply deadline) is NodaTime's <c>PlusMonths</c> from the start, moved day by day to the first
/// working day on or after it, provisional when any day from the raw end to the deadline is: stated against that plain walk
/// over the calendar's public answers, for starts inside and outside the calendar's index and for local calendars whose
/// runs of rest days are longer than the index stores a distance for.
/// </summary>
[Properties(Arbitrary = [typeof(CalendarArbitraries), typeof(MonthDeadlineFastPathTests.Arbitraries)])]
public class MonthDeadlineFastPathTests
{
    /// <summary>A span of days made rest days: its first day (2024-2027) and its length (1 to 400 days).</summary>
    public readonly record struct RestRun(LocalDate First, int Days)
    {
        public override string ToString() => $"{First} +{Days} days";
    }

    public static class Arbitraries
    {
        public static Arbitrary<RestRun> RestRuns() =>
            (from offset in Gen.Choose(0, 4 * 365)
             from days in Gen.OneOf(Gen.Choose(1, 12), Gen.Choose(120, 140), Gen.Choose(1, 400))
             select new RestRun(new LocalDate(2024, 1, 1).PlusDays(offset), days)).ToArbitrary();
    }

    private static DeadlineDate ByWalking(WorkingCalendar calendar, LocalDate start, int months)
    {
        var raw = start.PlusMonths(months);
        var date = raw;
        var provisional = calendar.IsProvisional(date);
        while (!calendar.IsWorkingDay(date))
        {
            date = date.PlusDays(1);
            provisional |= calendar.IsProvisional(date);
        }

        return new DeadlineDate(date, raw, provisional);
    }

    [Property]
    public bool Months_OnTheChinaCalendar_AreTheWalk(WideDate start, byte months)
    {
        var engine = DeadlineEngine.Default;
        return engine.ComputeDate(start.Value, DeadlinePeriod.Months(months % 40)) == ByWalking(engine.Calendar, start.Value, months % 40);
    }

    [Property(MaxTest = 60)]
    public bool Months_OnACalendarWithALongRestRun_AreTheWalk(RestRun run, CoveredDate start, byte months)
    {
        // Only working days can be made rest days: the run closes every working day of its span, so with the weekends and
        // holidays inside it no day of the span is working.
        var calendar = WorkingCalendar.China.WithExtraRestDays(
            Enumerable.Range(0, run.Days).Select(i => run.First.PlusDays(i)).Where(WorkingCalendar.China.IsWorkingDay)
                .Select(d => new ArrangedDay(d, "地方休息日")));
        var engine = DeadlineEngine.Default.WithCalendar(calendar);
        return engine.ComputeDate(start.Value, DeadlinePeriod.Months(months % 30)) == ByWalking(calendar, start.Value, months % 30);
    }

    [Fact]
    public void Months_FromMonthEnds_KeepTheDayOrTakeTheLastOfAShorterMonth()
    {
        // By hand: 2024-01-31 + 1 month = 2024-02-29 (leap year), a Thursday and a working day; 2025-01-31 + 1 month is
        // 2025-02-28, a Friday; 2023-11-30 + 3 months = 2024-02-29; 2100-11-30 + 3 months = 2101-02-28 (2100 is no leap year).
        var engine = DeadlineEngine.Default;
        Assert.Equal(new LocalDate(2024, 2, 29), engine.ComputeDate(new LocalDate(2024, 1, 31), DeadlinePeriod.Months(1)).RawEndDate);
        Assert.Equal(new LocalDate(2025, 2, 28), engine.ComputeDate(new LocalDate(2025, 1, 31), DeadlinePeriod.Months(1)).Date);
        Assert.Equal(new LocalDate(2024, 2, 29), engine.ComputeDate(new LocalDate(2023, 11, 30), DeadlinePeriod.Months(3)).RawEndDate);
        Assert.Equal(new LocalDate(2101, 2, 28), engine.ComputeDate(new LocalDate(2100, 11, 30), DeadlinePeriod.Months(3)).RawEndDate);
    }

    [Fact]
    public void Months_EndingInTheNationalDayHoliday_RollToItsFirstWorkingDay()
    {
        // 2025-07-01 + 3 months = 2025-10-01 (国庆节 and 中秋节, 10-01 to 10-08 off); 10-09 is the first working day. Not
        // provisional: the 2025 notice is published.
        var deadline = DeadlineEngine.Default.ComputeDate(new LocalDate(2025, 7, 1), DeadlinePeriod.Months(3));
        Assert.Equal(new DeadlineDate(new LocalDate(2025, 10, 9), new LocalDate(2025, 10, 1), false), deadline);
    }

    public static TheoryData<string> Policies => ["default", "sichuan", "shandong", "city2008", "working-days", "fixed-date"];

    private static DeadlinePolicy PolicyNamed(string name) => name switch
    {
        "default" => DeadlinePolicy.Default,
        "sichuan" => DeadlinePolicyPresets.Sichuan2024,
        "shandong" => DeadlinePolicyPresets.Shandong,
        "city2008" => DeadlinePolicyPresets.CityNotice2008,
        // Rules that are not periods of months take the general path.
        "working-days" => DeadlinePolicy.Default.With(DeadlineKind.Reply, SubmissionKind.Proposal, PeriodRule.After(StartEvent.Assigned, DeadlinePeriod.OfWorkingDays(60))),
        _ => DeadlinePolicy.Default.With(DeadlineKind.ComplexReply, SubmissionKind.Motion, PeriodRule.On(new LocalDate(2130, 12, 31))),
    };

    [Theory]
    [MemberData(nameof(Policies))]
    public void RegularReplyDate_IsTheDeadlineOfItsRule_ForEveryKindAndDate(string policy)
    {
        // Every tenth day of 1990-2110 (inside and outside the index), every kind, regular and complex: the fast read of the
        // reply deadline equals the general computation of the policy's rule.
        var engine = DeadlineEngine.Default.WithPolicy(PolicyNamed(policy));
        for (var start = new LocalDate(1990, 1, 1); start <= new LocalDate(2110, 12, 31); start = start.PlusDays(10))
        {
            foreach (var kind in (SubmissionKind[])[SubmissionKind.Suggestion, SubmissionKind.Proposal, SubmissionKind.Motion])
            {
                foreach (var complex in (bool[])[false, true])
                {
                    var rule = engine.Policy.RuleFor(complex ? DeadlineKind.ComplexReply : DeadlineKind.Reply, kind);
                    Assert.Equal(engine.ComputeDate(start, rule), engine.RegularReplyDate(kind, start, complex));
                }
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(-1)]
    public void RegularReplyDate_OfAnUndefinedKind_IsRefused(int kind) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DeadlineEngine.Default.RegularReplyDate((SubmissionKind)kind, new LocalDate(2025, 7, 1), isComplex: false));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(99)]
    public void RuleFor_AnUndefinedDeadlineKind_IsRefusedNamingIt(int kind)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DeadlinePolicy.Default.RuleFor((DeadlineKind)kind, SubmissionKind.Suggestion));
        Assert.Equal("kind", error.ParamName);
    }
}
