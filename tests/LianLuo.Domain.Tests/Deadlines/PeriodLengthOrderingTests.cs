using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LianLuo.Domain.Deadlines;

namespace LianLuo.Domain.Tests.Deadlines;

/// <summary>
/// The three period lengths are ordered as their numbers are: every operator agrees with the integers' own, including on
/// equal lengths (a period is never shorter than itself, and is at most and at least itself).
/// </summary>
public class PeriodLengthOrderingTests
{
    /// <summary>Two lengths, equal about a third of the time so that the boundary of every comparison is exercised.</summary>
    public static class Lengths
    {
        public static Arbitrary<(int, int)> Pairs() =>
            Gen.OneOf(
                    Gen.Choose(0, 400).Select(a => (a, a)),
                    Gen.Choose(0, 400).Two())
                .ToArbitrary();
    }

    [Property(Arbitrary = [typeof(Lengths)])]
    public void WorkingDays_CompareAsTheirNumbers((int, int) pair)
    {
        var (a, b) = pair;
        var (x, y) = (new WorkingDays(a), new WorkingDays(b));
        Assert.Equal((a < b, a <= b, a > b, a >= b, a == b), (x < y, x <= y, x > y, x >= y, x == y));
        Assert.Equal(Math.Sign(a.CompareTo(b)), Math.Sign(x.CompareTo(y)));
    }

    [Property(Arbitrary = [typeof(Lengths)])]
    public void CalendarDays_CompareAsTheirNumbers((int, int) pair)
    {
        var (a, b) = pair;
        var (x, y) = (new CalendarDays(a), new CalendarDays(b));
        Assert.Equal((a < b, a <= b, a > b, a >= b, a == b), (x < y, x <= y, x > y, x >= y, x == y));
        Assert.Equal(Math.Sign(a.CompareTo(b)), Math.Sign(x.CompareTo(y)));
    }

    [Property(Arbitrary = [typeof(Lengths)])]
    public void CalendarMonths_CompareAsTheirNumbers((int, int) pair)
    {
        var (a, b) = pair;
        var (x, y) = (new CalendarMonths(a), new CalendarMonths(b));
        Assert.Equal((a < b, a <= b, a > b, a >= b, a == b), (x < y, x <= y, x > y, x >= y, x == y));
        Assert.Equal(Math.Sign(a.CompareTo(b)), Math.Sign(x.CompareTo(y)));
    }

    [Fact]
    public void EqualLengths_AreNeitherShorterNorLonger()
    {
        // The cases a random pair rarely hits, written out: 5 against 5, and the zero length against itself.
        Assert.False(new WorkingDays(5) < new WorkingDays(5));
        Assert.False(new WorkingDays(5) > new WorkingDays(5));
        Assert.True(new WorkingDays(5) <= new WorkingDays(5));
        Assert.True(new WorkingDays(5) >= new WorkingDays(5));
        Assert.False(new CalendarDays(0) < new CalendarDays(0));
        Assert.False(new CalendarDays(0) > new CalendarDays(0));
        Assert.True(new CalendarMonths(0) <= new CalendarMonths(0));
        Assert.True(new CalendarMonths(0) >= new CalendarMonths(0));
    }

    [Theory]
    [InlineData(PeriodUnit.CalendarDays, 10, "10日", "10 days")]
    [InlineData(PeriodUnit.CalendarMonths, 3, "3个月", "3 months")]
    [InlineData(PeriodUnit.WorkingDays, 15, "15个工作日", "15 working days")]
    [InlineData(PeriodUnit.WorkingDays, 0, "0个工作日", "0 working days")]
    public void Period_IsWrittenWithItsUnit(PeriodUnit unit, int length, string chinese, string english)
    {
        DeadlinePeriod period = unit switch
        {
            PeriodUnit.CalendarDays => DeadlinePeriod.Days(length),
            PeriodUnit.CalendarMonths => DeadlinePeriod.Months(length),
            _ => DeadlinePeriod.OfWorkingDays(length),
        };
        Assert.Equal((unit, length, chinese, english), (period.Unit, period.Length, period.ToChinese(), period.ToString()));
    }
}
