using System.Globalization;
using LianLuo.Domain.Internal;

namespace LianLuo.Domain.Deadlines;

/// <summary>A number of calendar days (日), zero or more. Immutable and thread-safe, with value equality and ordering.</summary>
public readonly record struct CalendarDays : IComparable<CalendarDays>
{
    /// <summary>Creates a number of calendar days.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public CalendarDays(int value) => Value = Preconditions.CheckNonNegative(value, "CalendarDays (日)");

    /// <summary>The number of days.</summary>
    public int Value { get; }

    /// <inheritdoc/>
    public int CompareTo(CalendarDays other) => Value.CompareTo(other.Value);

    /// <summary>Compares the lengths.</summary>
    public static bool operator <(CalendarDays left, CalendarDays right) => left.Value < right.Value;

    /// <summary>Compares the lengths.</summary>
    public static bool operator >(CalendarDays left, CalendarDays right) => left.Value > right.Value;

    /// <summary>Compares the lengths.</summary>
    public static bool operator <=(CalendarDays left, CalendarDays right) => left.Value <= right.Value;

    /// <summary>Compares the lengths.</summary>
    public static bool operator >=(CalendarDays left, CalendarDays right) => left.Value >= right.Value;

    /// <inheritdoc/>
    public override string ToString() => $"{Value.ToString(CultureInfo.InvariantCulture)} days";
}

/// <summary>A number of calendar months (个月), zero or more. Immutable and thread-safe, with value equality and ordering.</summary>
public readonly record struct CalendarMonths : IComparable<CalendarMonths>
{
    /// <summary>Creates a number of months.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public CalendarMonths(int value) => Value = Preconditions.CheckNonNegative(value, "CalendarMonths (个月)");

    /// <summary>The number of months.</summary>
    public int Value { get; }

    /// <inheritdoc/>
    public int CompareTo(CalendarMonths other) => Value.CompareTo(other.Value);

    /// <summary>Compares the lengths.</summary>
    public static bool operator <(CalendarMonths left, CalendarMonths right) => left.Value < right.Value;

    /// <summary>Compares the lengths.</summary>
    public static bool operator >(CalendarMonths left, CalendarMonths right) => left.Value > right.Value;

    /// <summary>Compares the lengths.</summary>
    public static bool operator <=(CalendarMonths left, CalendarMonths right) => left.Value <= right.Value;

    /// <summary>Compares the lengths.</summary>
    public static bool operator >=(CalendarMonths left, CalendarMonths right) => left.Value >= right.Value;

    /// <inheritdoc/>
    public override string ToString() => $"{Value.ToString(CultureInfo.InvariantCulture)} months";
}

/// <summary>A number of working days (工作日), zero or more. Immutable and thread-safe, with value equality and ordering.</summary>
public readonly record struct WorkingDays : IComparable<WorkingDays>
{
    /// <summary>Creates a number of working days.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public WorkingDays(int value) => Value = Preconditions.CheckNonNegative(value, "WorkingDays (工作日)");

    /// <summary>The number of working days.</summary>
    public int Value { get; }

    /// <inheritdoc/>
    public int CompareTo(WorkingDays other) => Value.CompareTo(other.Value);

    /// <summary>Compares the lengths.</summary>
    public static bool operator <(WorkingDays left, WorkingDays right) => left.Value < right.Value;

    /// <summary>Compares the lengths.</summary>
    public static bool operator >(WorkingDays left, WorkingDays right) => left.Value > right.Value;

    /// <summary>Compares the lengths.</summary>
    public static bool operator <=(WorkingDays left, WorkingDays right) => left.Value <= right.Value;

    /// <summary>Compares the lengths.</summary>
    public static bool operator >=(WorkingDays left, WorkingDays right) => left.Value >= right.Value;

    /// <inheritdoc/>
    public override string ToString() => $"{Value.ToString(CultureInfo.InvariantCulture)} working days";
}

/// <summary>The unit of a <see cref="DeadlinePeriod"/>.</summary>
public enum PeriodUnit
{
    /// <summary>日: calendar days; a last day that is a rest day moves to the next working day.</summary>
    CalendarDays = 1,

    /// <summary>个月: calendar months, ending on the corresponding day (or the month's last day); a rest day moves to the next working day.</summary>
    CalendarMonths = 2,

    /// <summary>工作日: working days; the period ends on the N-th working day after the start.</summary>
    WorkingDays = 3,
}

/// <summary>
/// A period in exactly one unit: <see cref="CalendarDays"/>, <see cref="CalendarMonths"/> or <see cref="WorkingDays"/>, each
/// converting to it implicitly. Immutable and thread-safe, with value equality.
/// </summary>
public readonly record struct DeadlinePeriod
{
    private DeadlinePeriod(PeriodUnit unit, int length)
    {
        Unit = unit;
        Length = length;
    }

    /// <summary>The unit.</summary>
    public PeriodUnit Unit { get; }

    /// <summary>The number of units, zero or more.</summary>
    public int Length { get; }

    /// <summary>A period of calendar days.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public static DeadlinePeriod Days(int days) => new CalendarDays(days);

    /// <summary>A period of calendar months.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is negative.</exception>
    public static DeadlinePeriod Months(int months) => new CalendarMonths(months);

    /// <summary>A period of working days.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is negative.</exception>
    public static DeadlinePeriod OfWorkingDays(int workingDays) => new WorkingDays(workingDays);

    /// <summary>A period of calendar days.</summary>
    public static DeadlinePeriod FromCalendarDays(CalendarDays days) => new(PeriodUnit.CalendarDays, days.Value);

    /// <summary>A period of calendar months.</summary>
    public static DeadlinePeriod FromCalendarMonths(CalendarMonths months) => new(PeriodUnit.CalendarMonths, months.Value);

    /// <summary>A period of working days.</summary>
    public static DeadlinePeriod FromWorkingDays(WorkingDays days) => new(PeriodUnit.WorkingDays, days.Value);

    /// <summary>A period of calendar days.</summary>
    public static implicit operator DeadlinePeriod(CalendarDays days) => FromCalendarDays(days);

    /// <summary>A period of calendar months.</summary>
    public static implicit operator DeadlinePeriod(CalendarMonths months) => FromCalendarMonths(months);

    /// <summary>A period of working days.</summary>
    public static implicit operator DeadlinePeriod(WorkingDays days) => FromWorkingDays(days);

    /// <summary>The period in Chinese, e.g. <c>3个月</c>, <c>15个工作日</c>, <c>10日</c>.</summary>
    public string ToChinese() => Unit switch
    {
        PeriodUnit.CalendarMonths => $"{Length.ToString(CultureInfo.InvariantCulture)}个月",
        PeriodUnit.WorkingDays => $"{Length.ToString(CultureInfo.InvariantCulture)}个工作日",
        _ => $"{Length.ToString(CultureInfo.InvariantCulture)}日",
    };

    /// <inheritdoc/>
    public override string ToString() => Unit switch
    {
        PeriodUnit.CalendarMonths => new CalendarMonths(Length).ToString(),
        PeriodUnit.WorkingDays => new WorkingDays(Length).ToString(),
        _ => new CalendarDays(Length).ToString(),
    };
}
