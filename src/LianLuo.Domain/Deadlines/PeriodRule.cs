using System.Globalization;
using LianLuo.Domain.Internal;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Domain.Deadlines;

/// <summary>
/// How a deadline is set: a <see cref="DeadlinePeriod"/> counted from a start event, a fixed date (all replies by
/// 2025-09-30), or a date of the year (all replies by 9月30日 following the start event). A fixed or annual date that is a
/// rest day moves to the next working day, as the last day of a period does. Immutable and thread-safe, with value equality.
/// </summary>
public sealed record PeriodRule
{
    private PeriodRule(StartEvent start, DeadlinePeriod? period, LocalDate? fixedDate, AnnualDate? annualDate)
    {
        Start = Preconditions.CheckDefined(start, "PeriodRule.Start (起算事件)");
        Period = period;
        FixedDate = fixedDate;
        AnnualDate = annualDate;
    }

    /// <summary>The event the period is counted from (or that opens the clock of a fixed date).</summary>
    public StartEvent Start { get; }

    /// <summary>The period, or null for a fixed or annual date.</summary>
    public DeadlinePeriod? Period { get; }

    /// <summary>The fixed date, or null.</summary>
    public LocalDate? FixedDate { get; }

    /// <summary>The date of the year, or null.</summary>
    public AnnualDate? AnnualDate { get; }

    /// <summary>Whether the rule is a date rather than a period.</summary>
    public bool IsAbsolute => Period is null;

    /// <summary>A period counted from an event (the event's day is not counted).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or the period's unit is not defined.</exception>
    public static PeriodRule After(StartEvent start, DeadlinePeriod period)
    {
        Preconditions.CheckDefined(period.Unit, "PeriodRule.Period.Unit (期间单位)");
        return new PeriodRule(start, period, null, null);
    }

    /// <summary>A fixed date, whatever the date of the start event.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is not defined.</exception>
    public static PeriodRule On(LocalDate date, StartEvent start = StartEvent.Assigned) => new(start, null, date, null);

    /// <summary>A date of the year: its first occurrence after the start event's day (e.g. 9月30日 of the year of 交办).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is not defined.</exception>
    public static PeriodRule OnAnnualDate(AnnualDate date, StartEvent start = StartEvent.Assigned) => new(start, null, null, date);

    /// <summary>The raw end date of the rule for a start date, before any move to a working day (not used for working days).</summary>
    internal LocalDate AbsoluteEnd(LocalDate startDate)
    {
        if (FixedDate is { } fixedDate)
        {
            return fixedDate;
        }

        var annual = AnnualDate!.Value;
        var candidate = annual.InYear(startDate.Year);
        if (candidate > startDate)
        {
            return candidate;
        }

        // The next occurrence is in the year after; after 9999 there is none to name.
        return startDate.Year < 9999
            ? annual.InYear(startDate.Year + 1)
            : throw Calendars.DayNumbers.OutOfRange(
                $"The next {annual.Month.ToString(System.Globalization.CultureInfo.InvariantCulture)}月{annual.Day.ToString(System.Globalization.CultureInfo.InvariantCulture)}日 after {NodaTime.Text.LocalDatePattern.Iso.Format(startDate)}",
                Calendars.DayNumbers.MaxDayNumber + 1L);
    }

    /// <summary>The rule in Chinese, e.g. <c>自交办之日起3个月</c>.</summary>
    public string ToChinese() =>
        Period is { } period ? $"自{DeadlineNames.Chinese(Start)}之日起{period.ToChinese()}"
        : FixedDate is { } fixedDate ? $"{LocalDatePattern.Iso.Format(fixedDate)}前"
        : $"{DeadlineNames.Chinese(Start)}后的{AnnualDate!.Value.Month.ToString(CultureInfo.InvariantCulture)}月{AnnualDate.Value.Day.ToString(CultureInfo.InvariantCulture)}日前";

    /// <summary>The rule in English, e.g. <c>3 months from assignment (交办)</c>.</summary>
    public string ToEnglish() =>
        Period is { } period ? $"{period} from {DeadlineNames.English(Start)}"
        : FixedDate is { } fixedDate ? $"by {LocalDatePattern.Iso.Format(fixedDate)}"
        : $"by the next {AnnualDate!.Value.ToString("MM-dd", CultureInfo.InvariantCulture)} after {DeadlineNames.English(Start)}";

    /// <inheritdoc/>
    public override string ToString() => ToEnglish();
}
