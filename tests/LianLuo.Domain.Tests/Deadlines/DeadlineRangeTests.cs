using LianLuo.Domain.Calendars;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using NodaTime;

namespace LianLuo.Domain.Tests.Deadlines;

/// <summary>
/// Deadlines at the end of <see cref="LocalDate"/>'s range (9999-12-31): a deadline that would fall after it is the
/// documented <see cref="ArgumentOutOfRangeException"/> in our words (naming the period and the start, or the rest day it was
/// moved from), never another exception; one that falls on it is a date.
/// </summary>
public class DeadlineRangeTests
{
    private const string PastTheEnd = "falls after 9999-12-31, the last date a working calendar counts.";

    private static readonly WorkingCalendar Weekends = WorkingCalendar.WeekendsOnly;
    private static readonly LocalDate Last = LocalDate.MaxIsoValue;

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static void AssertOurWords(ArgumentOutOfRangeException ex, string message)
    {
        Assert.Equal(message, ex.Message);
        Assert.Null(ex.ParamName);
    }

    [Theory]
    [InlineData(9999, 12, 1, "months", 3, "The end of 3 months from 9999-12-01")]
    [InlineData(2025, 1, 1, "days", int.MaxValue, "The end of 2147483647 days from 2025-01-01")]
    [InlineData(9999, 12, 31, "days", 1, "The end of 1 days from 9999-12-31")]
    [InlineData(2025, 1, 1, "months", int.MaxValue, "The end of 2147483647 months from 2025-01-01")]
    [InlineData(2025, 1, 1, "working", int.MaxValue, "The end of 2147483647 working days from 2025-01-01")]
    [InlineData(9999, 12, 31, "working", 1, "The end of 1 working days from 9999-12-31")]
    public void ComputeDate_PastTheLastDate_IsOutOfRangeInOurWords(int y, int m, int d, string unit, int length, string what)
    {
        var period = unit switch { "months" => DeadlinePeriod.Months(length), "days" => DeadlinePeriod.Days(length), _ => DeadlinePeriod.OfWorkingDays(length) };

        AssertOurWords(Assert.Throws<ArgumentOutOfRangeException>(() => DeadlineEngine.Default.ComputeDate(D(y, m, d), period)), $"{what} {PastTheEnd}");
        AssertOurWords(Assert.Throws<ArgumentOutOfRangeException>(() => DeadlineEngine.Default.Compute(D(y, m, d), period)), $"{what} {PastTheEnd}");
    }

    [Fact]
    public void ComputeDate_RollingForwardPastTheLastDate_IsOutOfRangeInOurWords()
    {
        // 9999-12-25 is a Saturday; with 27-31 made rest days there is no working day left to move to.
        var local = Weekends.WithExtraRestDays([.. Enumerable.Range(27, 5).Select(day => new ArrangedDay(D(9999, 12, day), "x"))]);
        var engine = DeadlineEngine.Default.WithCalendar(local);

        Assert.Equal(D(9999, 12, 27), DeadlineEngine.Default.WithCalendar(Weekends).ComputeDate(D(9999, 12, 24), DeadlinePeriod.Days(1)).Date);
        AssertOurWords(
            Assert.Throws<ArgumentOutOfRangeException>(() => engine.ComputeDate(D(9999, 12, 24), DeadlinePeriod.Days(1))),
            $"The end of 1 days from 9999-12-24, moved from the rest day 9999-12-25 to the next working day, {PastTheEnd}");
    }

    [Fact]
    public void ComputeDate_AnAnnualDateWithNoNextOccurrence_IsOutOfRangeInOurWords()
    {
        var rule = PeriodRule.OnAnnualDate(new AnnualDate(9, 30));

        Assert.Equal(D(9999, 9, 30), DeadlineEngine.Default.ComputeDate(D(9999, 9, 1), rule).RawEndDate);
        AssertOurWords(
            Assert.Throws<ArgumentOutOfRangeException>(() => DeadlineEngine.Default.ComputeDate(D(9999, 10, 1), rule)),
            $"The next 9月30日 after 9999-10-01 {PastTheEnd}");
    }

    [Fact]
    public void ComputeDate_EndingOnTheLastDate_Works()
    {
        Assert.Equal(Last, DeadlineEngine.Default.ComputeDate(D(9999, 10, 31), DeadlinePeriod.Months(2)).RawEndDate);
        Assert.Equal(D(9999, 12, 30), DeadlineEngine.Default.ComputeDate(D(9999, 9, 30), DeadlinePeriod.Months(3)).RawEndDate);
        Assert.Equal(Last, DeadlineEngine.Default.WithCalendar(Weekends).ComputeDate(D(9999, 12, 30), DeadlinePeriod.OfWorkingDays(1)).Date);
        Assert.Equal(Last, DeadlineEngine.Default.Compute(Last, DeadlinePeriod.Days(0)).Date);
    }

    [Fact]
    public void AnItemAssignedInTheLastDaysOf9999_HasItsDeadlineErrorInOurWords()
    {
        var submission = new Submission(new ItemId("J9999-001"), SubmissionKind.Suggestion, "关于测试的建议", 9999, new Deputy("张三"));
        var state = ItemLifecycle.Fold(submission, [new Assigned(D(9999, 12, 20), [new Assignment(new HandlingUnit("市教育局"), AssignmentRole.Lead)], false)]);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => DeadlineEngine.Default.ReplyDeadline(state));

        Assert.Null(ex.ParamName);
        Assert.StartsWith("The end of ", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith($"from 9999-12-20 {PastTheEnd}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFixedDateOnTheLastRestDays_IsOutOfRangeNamingTheStart()
    {
        // 9999-12-31 is a Friday; a local rest day makes it a rest day with no working day after it.
        var engine = DeadlineEngine.Default.WithCalendar(WorkingCalendar.China.WithExtraRestDays([new ArrangedDay(Last, "x")]));

        AssertOurWords(
            Assert.Throws<ArgumentOutOfRangeException>(() => engine.ComputeDate(D(9999, 12, 1), PeriodRule.On(Last))),
            $"The deadline counted from 9999-12-01, moved from the rest day 9999-12-31 to the next working day, {PastTheEnd}");
        Assert.Equal(Last, DeadlineEngine.Default.ComputeDate(D(9999, 12, 1), PeriodRule.On(Last)).Date);
    }

    [Fact]
    public void AnExtensionToTheLastRestDay_IsOutOfRangeNamingTheRestDay()
    {
        var engine = DeadlineEngine.Default
            .WithCalendar(WorkingCalendar.China.WithExtraRestDays([new ArrangedDay(Last, "x")]))
            .WithPolicy(DeadlinePolicy.Default.ToBuilder().WithExtensionBeyondLimit(true).Build());

        AssertOurWords(
            Assert.Throws<ArgumentOutOfRangeException>(() => engine.ReplyDeadline(SubmissionKind.Suggestion, D(9999, 9, 1), false, Last)),
            $"The first working day after the rest day 9999-12-31 {PastTheEnd}");
    }
}
