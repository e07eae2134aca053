using System.Globalization;
using LianLuo.Domain.Calendars;
using LianLuo.Domain.Model;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Domain.Deadlines;

/// <summary>
/// A deadline date alone, as computed without building an explanation (no allocation).
/// Immutable and thread-safe, with value equality.
/// </summary>
/// <param name="Date">The last day of the period (a working day, unless the rule fixes the date and it is outside the calendar's range).</param>
/// <param name="RawEndDate">The end of the period before a rest day moved it to the next working day.</param>
/// <param name="IsProvisional">Whether a day the result depends on lies in a year with no published notice.</param>
public readonly record struct DeadlineDate(LocalDate Date, LocalDate RawEndDate, bool IsProvisional);

/// <summary>
/// A deadline: its date, whether it is provisional, and why (<see cref="Explanation"/>).
/// Immutable and thread-safe, with value equality.
/// </summary>
/// <param name="Date">The deadline: the last day on which the act is on time.</param>
/// <param name="IsProvisional">Whether a day the deadline depends on lies in a year with no published holiday notice.</param>
/// <param name="Explanation">How the date was reached.</param>
public sealed record Deadline(LocalDate Date, bool IsProvisional, DeadlineExplanation Explanation)
{
    /// <inheritdoc/>
    public override string ToString() => $"{LocalDatePattern.Iso.Format(Date)}{(IsProvisional ? " (provisional)" : string.Empty)}";
}

/// <summary>
/// How a deadline was reached: the rule, the start event and date, the raw end date, each rest day skipped with its reason,
/// any extension, and whether any of it is provisional. <see cref="ToLines"/> renders it as text in Chinese or English.
/// Immutable and thread-safe, with value equality.
/// </summary>
public sealed record DeadlineExplanation
{
    /// <summary>The deadline kind, or null for an ad-hoc period.</summary>
    public DeadlineKind? Kind { get; init; }

    /// <summary>The submission kind whose rule applied, or null for an ad-hoc period.</summary>
    public SubmissionKind? SubmissionKind { get; init; }

    /// <summary>The rule applied (for a capped extension, the extension limit's rule).</summary>
    public required PeriodRule Rule { get; init; }

    /// <summary>The event the rule counts from, or null for an ad-hoc period counted from a plain date.</summary>
    public StartEvent? StartEvent { get; init; }

    /// <summary>The date of the start event (not counted).</summary>
    public required LocalDate StartDate { get; init; }

    /// <summary>The end of the period (or the fixed, annual or extension date) before moving off rest days.</summary>
    public required LocalDate RawEndDate { get; init; }

    /// <summary>The deadline.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>Whether a period of months ended on the month's last day because the month has no corresponding day (art. 202).</summary>
    public bool EndedOnMonthEnd { get; init; }

    /// <summary>
    /// The rest days skipped, with their reasons: for calendar days, months and dates, those from the raw end date to the
    /// deadline; for working days, those inside the period.
    /// </summary>
    public EquatableArray<CalendarDay> SkippedRestDays { get; init; } = EquatableArray<CalendarDay>.Empty;

    /// <summary>For a period of working days, the Saturdays and Sundays counted because they were make-up working days (调休上班).</summary>
    public EquatableArray<CalendarDay> CountedMakeUpWorkingDays { get; init; } = EquatableArray<CalendarDay>.Empty;

    /// <summary>The approved extension date (延期至) that replaced the period, or null.</summary>
    public LocalDate? ExtendedTo { get; init; }

    /// <summary>The date the extension was approved, or null.</summary>
    public LocalDate? ExtensionApprovedOn { get; init; }

    /// <summary>Whether the extension passed the extension limit and the deadline was capped at the limit.</summary>
    public bool CappedAtLimit { get; init; }

    /// <summary>Whether any day the deadline depends on is provisional.</summary>
    public bool IsProvisional { get; init; }

    /// <summary>The years with no published notice that the deadline depends on.</summary>
    public EquatableArray<int> ProvisionalYears { get; init; } = EquatableArray<int>.Empty;

    /// <summary>
    /// The years of <see cref="ProvisionalYears"/> whose statutory days off the calendar predicted (全国年节及纪念日放假办法, no
    /// make-up working days); the others were counted with weekends only.
    /// </summary>
    public EquatableArray<int> PredictedYears { get; init; } = EquatableArray<int>.Empty;

    /// <summary>The version of the calendar used (<see cref="WorkingCalendar.Version"/>).</summary>
    public required string CalendarVersion { get; init; }

    /// <summary>The explanation as lines of text, for people (the <c>lianluo deadline</c> command prints these).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not defined.</exception>
    public IReadOnlyList<string> ToLines(ExplanationLanguage language = ExplanationLanguage.Chinese) => language switch
    {
        ExplanationLanguage.Chinese => ChineseLines(),
        ExplanationLanguage.English => EnglishLines(),
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, $"ExplanationLanguage has no such value ({language})."),
    };

    private List<string> ChineseLines()
    {
        var lines = new List<string>();
        var what = Kind is { } kind ? (SubmissionKind is { } sk ? $"{DisplayNames.Chinese(sk)}{DeadlineNames.Chinese(kind)}" : DeadlineNames.Chinese(kind)) : "期间";
        var rule = StartEvent is null && Rule.Period is { } adHoc ? $"自起算日起{adHoc.ToChinese()}" : Rule.ToChinese();
        var startEvent = StartEvent is { } e ? $"（{DeadlineNames.Chinese(e)}）" : string.Empty;
        lines.Add($"规则：{what}，{rule}");
        lines.Add($"起算：{ZhDate(StartDate)}{startEvent}，开始的当日不计入（民法典第二百零一条）");
        if (ExtendedTo is { } extendedTo)
        {
            var approved = ExtensionApprovedOn is { } on ? $"{ZhDate(on)}批准" : "经批准";
            lines.Add(CappedAtLimit
                ? $"延期：{approved}延期至{ZhDate(extendedTo)}，超过最长办理期限，以最长期限为准"
                : $"延期：{approved}延期至{ZhDate(extendedTo)}，取代原期限");
        }

        var unit = ReplacedByExtension ? null : Rule.Period?.Unit;
        var raw = unit switch
        {
            PeriodUnit.CalendarMonths when EndedOnMonthEnd => "（到期月没有对应日，以月末日为期间的最后一日，民法典第二百零二条）",
            PeriodUnit.CalendarMonths => "（到期月的对应日，民法典第二百零二条）",
            PeriodUnit.WorkingDays => $"（起算日后第{Rule.Period!.Value.Length.ToString(CultureInfo.InvariantCulture)}个工作日）",
            _ => string.Empty,
        };
        var rawLabel = ReplacedByExtension ? "延期日期" : Rule.IsAbsolute ? "规定日期" : "期间届满";
        lines.Add($"{rawLabel}：{ZhDate(RawEndDate)}{raw}");
        if (unit == PeriodUnit.WorkingDays)
        {
            AddWorkingDaySkips(lines, chinese: true);
        }
        else
        {
            foreach (var day in SkippedRestDays)
            {
                lines.Add($"顺延：{ZhDate(day.Date)}为{day.ReasonChinese}");
            }

            if (!SkippedRestDays.IsEmpty)
            {
                lines.Add("期间的最后一日是休息日的，以其后的第一个工作日为期间的最后一日（民法典第二百零三条）");
            }
        }

        lines.Add($"期限：{ZhDate(Date)}");
        if (IsProvisional)
        {
            var how = PredictedYears.IsEmpty ? "按周末计算" : "按周末和《全国年节及纪念日放假办法》的法定节假日预测计算（predicted, no notice yet；不含调休）";
            lines.Add($"暂定：{string.Join("、", ProvisionalYears.Select(y => y.ToString(CultureInfo.InvariantCulture) + "年"))}放假安排尚未公布，{how}，公布后可能变化");
        }

        lines.Add($"日历版本：{CalendarVersion}");
        return lines;
    }

    private List<string> EnglishLines()
    {
        var lines = new List<string>();
        var what = Kind is { } kind ? (SubmissionKind is { } sk ? $"{DeadlineNames.English(kind)} of a {DisplayNames.English(sk)}" : DeadlineNames.English(kind)) : "period";
        var rule = StartEvent is null && Rule.Period is { } adHoc ? $"{adHoc} from the start date" : Rule.ToEnglish();
        var startEvent = StartEvent is { } e ? $" ({DeadlineNames.English(e)})" : string.Empty;
        lines.Add($"Rule: {what}, {rule}");
        lines.Add($"Start: {EnDate(StartDate)}{startEvent}; the start day is not counted (Civil Code art. 201)");
        if (ExtendedTo is { } extendedTo)
        {
            var approved = ExtensionApprovedOn is { } on ? $" approved on {EnDate(on)}" : string.Empty;
            lines.Add(CappedAtLimit
                ? $"Extension{approved} to {EnDate(extendedTo)} passes the extension limit; the limit applies"
                : $"Extension{approved} to {EnDate(extendedTo)} replaces the period");
        }

        var unit = ReplacedByExtension ? null : Rule.Period?.Unit;
        var raw = unit switch
        {
            PeriodUnit.CalendarMonths when EndedOnMonthEnd => " (the last month has no corresponding day, so the month's last day; Civil Code art. 202)",
            PeriodUnit.CalendarMonths => " (the corresponding day of the last month; Civil Code art. 202)",
            PeriodUnit.WorkingDays => $" (the working day number {Rule.Period!.Value.Length.ToString(CultureInfo.InvariantCulture)} after the start)",
            _ => string.Empty,
        };
        var rawLabel = ReplacedByExtension ? "Extended to" : Rule.IsAbsolute ? "Set date" : "Period ends";
        lines.Add($"{rawLabel}: {EnDate(RawEndDate)}{raw}");
        if (unit == PeriodUnit.WorkingDays)
        {
            AddWorkingDaySkips(lines, chinese: false);
        }
        else
        {
            foreach (var day in SkippedRestDays)
            {
                lines.Add($"Moved past {EnDate(day.Date)}: {day.ReasonEnglish}");
            }

            if (!SkippedRestDays.IsEmpty)
            {
                lines.Add("A period whose last day is a rest day ends on the next working day (Civil Code art. 203)");
            }
        }

        lines.Add($"Deadline: {EnDate(Date)}");
        if (IsProvisional)
        {
            var how = PredictedYears.IsEmpty ? "counted with weekends only" : "counted with weekends and the statutory days of the 全国年节及纪念日放假办法 (predicted, no notice yet; no make-up working days)";
            lines.Add($"Provisional: no holiday notice published for {string.Join(", ", ProvisionalYears.Select(y => y.ToString(CultureInfo.InvariantCulture)))}; {how}, may change");
        }

        lines.Add($"Calendar version: {CalendarVersion}");
        return lines;
    }

    private bool ReplacedByExtension => ExtendedTo is not null && !CappedAtLimit;

    private void AddWorkingDaySkips(List<string> lines, bool chinese)
    {
        foreach (var day in CountedMakeUpWorkingDays)
        {
            lines.Add(chinese ? $"计入：{ZhDate(day.Date)}为{day.ReasonChinese}" : $"Counted: {EnDate(day.Date)}, {day.ReasonEnglish}");
        }

        // Ordinary weekends are summed up; every other rest day is listed with its reason.
        var weekends = SkippedRestDays.Count(d => d.Kind == DayKind.Weekend);
        if (weekends > 0)
        {
            lines.Add(chinese
                ? $"不计：周末{weekends.ToString(CultureInfo.InvariantCulture)}天"
                : $"Not counted: {weekends.ToString(CultureInfo.InvariantCulture)} weekend day(s)");
        }

        foreach (var day in SkippedRestDays.Where(d => d.Kind != DayKind.Weekend))
        {
            lines.Add(chinese ? $"不计：{ZhDate(day.Date)}为{day.ReasonChinese}" : $"Not counted: {EnDate(day.Date)}, {day.ReasonEnglish}");
        }
    }

    private static string ZhDate(LocalDate date) => $"{LocalDatePattern.Iso.Format(date)}（{CalendarDay.ChineseDayOfWeek(date.DayOfWeek)}）";

    private static string EnDate(LocalDate date) => $"{LocalDatePattern.Iso.Format(date)} ({date.DayOfWeek})";
}
