using FsCheck.Xunit;
using LianLuo.Domain.Calendars;
using LianLuo.Domain.Tests.Arbitraries;
using NodaTime;

namespace LianLuo.Domain.Tests.Calendars;

[Properties(Arbitrary = [typeof(CalendarArbitraries)])]
public class WorkingCalendarPropertyTests
{
    private static readonly WorkingCalendar China = WorkingCalendar.China;
    private static readonly ReferenceCalendar Reference = ReferenceCalendar.China;

    [Property]
    public bool IsWorkingDay_AgreesWithTheOfficialData(CoveredDate date) => China.IsWorkingDay(date.Value) == Reference.IsWorkingDay(date.Value);

    [Property]
    public bool AddWorkingDays_AgreesWithADayByDayWalk(CoveredDate start, WorkingDayOffset n) =>
        China.AddWorkingDays(start.Value, n.Value) == Reference.AddWorkingDays(start.Value, n.Value);

    [Property]
    public bool WorkingDaysBetween_AgreesWithADayByDayCount(CoveredDate a, CoveredDate b) =>
        China.WorkingDaysBetween(a.Value, b.Value) == Reference.WorkingDaysBetween(a.Value, b.Value);

    [Property]
    public bool AddWorkingDays_ThenCounting_GivesN(WideDate start, WorkingDayOffset offset)
    {
        var n = Math.Abs(offset.Value);
        var end = China.AddWorkingDays(start.Value, n);
        return China.WorkingDaysBetween(start.Value, end) == n;
    }

    // Backwards the law needs a working start: WorkingDaysBetween counts the days after the earlier date up to and including
    // the later one, so from a rest day the |n|-th working day before is only |n| - 1 working days away.
    [Property]
    public bool AddWorkingDays_BackFromAWorkingDay_ThenCounting_GivesN(WideDate date, WorkingDayOffset offset)
    {
        var start = China.NextWorkingDayOnOrAfter(date.Value);
        var n = -Math.Abs(offset.Value);
        return China.WorkingDaysBetween(start, China.AddWorkingDays(start, n)) == n;
    }

    [Property]
    public bool AddWorkingDays_OutsideTheIndex_AgreesWithADayByDayWalk(WideDate start, WorkingDayOffset n) =>
        China.AddWorkingDays(start.Value, n.Value) == Reference.AddWorkingDays(start.Value, n.Value);

    [Property]
    public bool NextWorkingDay_IsTheFirstWorkingDayAfter(WideDate date)
    {
        var next = China.NextWorkingDay(date.Value);
        var previous = China.PreviousWorkingDay(date.Value);
        return next > date.Value && Reference.IsWorkingDay(next) && Reference.WorkingDaysBetween(date.Value, next.PlusDays(-1)) == 0
            && previous < date.Value && Reference.IsWorkingDay(previous) && Reference.WorkingDaysBetween(previous, date.Value.PlusDays(-1)) == 0;
    }

    [Property]
    public bool WorkingDaysBetween_IsAntisymmetricAndAdditive(WideDate a, WideDate b, CoveredDate c) =>
        China.WorkingDaysBetween(a.Value, b.Value) == -China.WorkingDaysBetween(b.Value, a.Value)
        && China.WorkingDaysBetween(a.Value, b.Value) == China.WorkingDaysBetween(a.Value, c.Value) + China.WorkingDaysBetween(c.Value, b.Value);

    [Property]
    public bool DayNumbers_RoundTripAndAgreeWithNodaTime(WideDate date)
    {
        var dn = DayNumbers.FromDate(date.Value);
        return dn == Period.Between(new LocalDate(1970, 1, 1), date.Value, PeriodUnits.Days).Days
            && DayNumbers.ToDate(dn) == date.Value
            && DayNumbers.IsWeekend(dn) == date.Value.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
    }

    [Property]
    public bool Describe_IsConsistentWithIsWorkingDay(CoveredDate date)
    {
        var day = China.Describe(date.Value);
        return day.IsWorkingDay == China.IsWorkingDay(date.Value) && day.IsProvisional == China.IsProvisional(date.Value) && day.Date == date.Value;
    }

    [Property]
    public bool WithExtraRestDay_ChangesOnlyThatDay(OrdinaryWorkingDay rest, CoveredDate other)
    {
        var local = China.WithExtraRestDays([new ArrangedDay(rest.Value, "地方休息日")]);
        return !local.IsWorkingDay(rest.Value)
            && China.IsWorkingDay(rest.Value)
            && (other.Value == rest.Value || local.IsWorkingDay(other.Value) == China.IsWorkingDay(other.Value));
    }
}
