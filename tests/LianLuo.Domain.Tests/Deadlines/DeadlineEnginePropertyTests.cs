using FsCheck.Xunit;
using LianLuo.Domain.Calendars;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Tests.Arbitraries;

namespace LianLuo.Domain.Tests.Deadlines;

[Properties(Arbitrary = [typeof(CalendarArbitraries)])]
public class DeadlineEnginePropertyTests
{
    private static readonly DeadlineEngine Engine = DeadlineEngine.Default;

    [Property]
    public bool Deadline_IsAWorkingDayAfterTheStart(CoveredDate start, RealisticPeriod period)
    {
        var deadline = Engine.ComputeDate(start.Value, period.Value);
        return deadline.Date > start.Value && WorkingCalendar.China.IsWorkingDay(deadline.Date) && deadline.Date >= deadline.RawEndDate;
    }

    [Property]
    public bool Deadline_LaterStartNeverGivesAnEarlierDeadline(CoveredDate a, CoveredDate b, RealisticPeriod period)
    {
        var (early, late) = a.Value <= b.Value ? (a.Value, b.Value) : (b.Value, a.Value);
        return Engine.ComputeDate(early, period.Value).Date <= Engine.ComputeDate(late, period.Value).Date;
    }

    [Property]
    public bool Deadline_AddingARestDayNeverMakesItEarlier(OrdinaryWorkingDay extraRest, CoveredDate start, RealisticPeriod period)
    {
        var local = Engine.WithCalendar(WorkingCalendar.China.WithExtraRestDays([new ArrangedDay(extraRest.Value, "地方休息日")]));
        return local.ComputeDate(start.Value, period.Value).Date >= Engine.ComputeDate(start.Value, period.Value).Date;
    }

    [Property]
    public bool Deadline_ExplainedEqualsTheBareDate(CoveredDate start, RealisticPeriod period)
    {
        var bare = Engine.ComputeDate(start.Value, period.Value);
        var explained = Engine.Compute(start.Value, period.Value);
        return explained.Date == bare.Date
            && explained.IsProvisional == bare.IsProvisional
            && explained.Explanation.RawEndDate == bare.RawEndDate
            && explained.Explanation.IsProvisional == !explained.Explanation.ProvisionalYears.IsEmpty
            && explained.Explanation.SkippedRestDays.All(d => d.IsRestDay);
    }

    [Property]
    public bool Deadline_RollsToTheFirstWorkingDayOnOrAfterTheRawEnd(CoveredDate start, RealisticPeriod period)
    {
        var deadline = Engine.ComputeDate(start.Value, period.Value);
        var reference = ReferenceCalendar.China;
        var expected = deadline.RawEndDate;
        while (!reference.IsWorkingDay(expected))
        {
            expected = expected.PlusDays(1);
        }

        return deadline.Date == expected;
    }
}
