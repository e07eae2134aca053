using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Domain.Calendars;

/// <summary>Why a date is a working day or a rest day.</summary>
public enum DayKind
{
    /// <summary>工作日: an ordinary Monday-to-Friday working day.</summary>
    WorkingDay = 1,

    /// <summary>周末: a Saturday or Sunday that no notice makes a working day.</summary>
    Weekend = 2,

    /// <summary>法定节假日: a day off set by an official notice (放假).</summary>
    OfficialHoliday = 3,

    /// <summary>调休上班: a Saturday or Sunday that an official notice makes a working day.</summary>
    MakeUpWorkingDay = 4,

    /// <summary>地方休息日: an extra rest day added to the calendar (a local rule).</summary>
    ExtraRestDay = 5,

    /// <summary>地方工作日: an extra working day added to the calendar (a local rule).</summary>
    ExtraWorkingDay = 6,

    /// <summary>
    /// 预测法定节假日: a statutory day off of the 全国年节及纪念日放假办法 in a year with no notice yet (predicted, provisional;
    /// see <see cref="StatutoryHolidays"/>).
    /// </summary>
    PredictedHoliday = 7,
}

/// <summary>
/// What a working calendar says about one date: working day or rest day, and why.
/// Immutable and thread-safe, with value equality.
/// </summary>
/// <param name="Date">The date.</param>
/// <param name="Kind">Why the date is a working day or a rest day.</param>
/// <param name="HolidayName">The holiday the date belongs to (e.g. 春节, 国庆节、中秋节), or the name of an extra day; null for ordinary days.</param>
/// <param name="NoticeYear">The year of the notice that arranged the date, or null when no notice names it.</param>
/// <param name="PendingNoticeYear">
/// For a provisional answer, the notice year whose publication would settle it: the date's year when it has no notice, or in
/// the last week of December the next year (whose 元旦 arrangement may reach back into that week); null when the answer is final.
/// </param>
public readonly record struct CalendarDay(LocalDate Date, DayKind Kind, string? HolidayName, int? NoticeYear, int? PendingNoticeYear)
{
    /// <summary>
    /// Whether the calendar predicts the statutory days of <see cref="PendingNoticeYear"/> (a provisional answer is then counted
    /// with weekends and the predicted statutory days, not with weekends only).
    /// </summary>
    public bool StatutoryDaysPredicted { get; init; }

    /// <summary>Whether the answer is provisional: a notice not yet published may change it.</summary>
    public bool IsProvisional => PendingNoticeYear is not null;

    /// <summary>Whether the date is a working day.</summary>
    public bool IsWorkingDay => Kind is DayKind.WorkingDay or DayKind.MakeUpWorkingDay or DayKind.ExtraWorkingDay;

    /// <summary>Whether the date is a rest day.</summary>
    public bool IsRestDay => !IsWorkingDay;

    /// <summary>The reason in Chinese, e.g. <c>法定节假日：国庆节、中秋节（2025年通知）</c> or <c>周末（星期六）</c>.</summary>
    public string ReasonChinese
    {
        get
        {
            var reason = Kind switch
            {
                DayKind.WorkingDay => $"工作日（{ChineseDayOfWeek(Date.DayOfWeek)}）",
                DayKind.Weekend => $"周末（{ChineseDayOfWeek(Date.DayOfWeek)}）",
                DayKind.OfficialHoliday => $"法定节假日：{HolidayName}{NoticeChinese()}",
                DayKind.MakeUpWorkingDay => $"调休上班：{HolidayName}{NoticeChinese()}，{ChineseDayOfWeek(Date.DayOfWeek)}上班",
                DayKind.ExtraRestDay => $"地方休息日：{HolidayName}",
                DayKind.ExtraWorkingDay => $"地方工作日：{HolidayName}",
                DayKind.PredictedHoliday => $"法定节假日（预测）：{HolidayName}，按《全国年节及纪念日放假办法》（{StatutoryHolidays.RulesInForce(Date.Year)}）",
                _ => Kind.ToString(),
            };
            return PendingNoticeYear is not { } pending ? reason
                : Kind == DayKind.PredictedHoliday ? $"{reason}；暂定：predicted, no notice yet（{pending.ToString(CultureInfo.InvariantCulture)}年放假安排尚未公布，不含调休）"
                : $"{reason}；暂定：{pending.ToString(CultureInfo.InvariantCulture)}年放假安排尚未公布，按周末{(StatutoryDaysPredicted ? "和法定节假日预测" : string.Empty)}计算";
        }
    }

    /// <summary>The reason in English, e.g. <c>official holiday 国庆节、中秋节 (notice of 2025)</c> or <c>weekend (Saturday)</c>.</summary>
    public string ReasonEnglish
    {
        get
        {
            var reason = Kind switch
            {
                DayKind.WorkingDay => $"ordinary working day ({Date.DayOfWeek})",
                DayKind.Weekend => $"weekend ({Date.DayOfWeek})",
                DayKind.OfficialHoliday => $"official holiday {HolidayName}{NoticeEnglish()}",
                DayKind.MakeUpWorkingDay => $"make-up working day 调休上班 for {HolidayName}{NoticeEnglish()}, a {Date.DayOfWeek} worked",
                DayKind.ExtraRestDay => $"extra rest day {HolidayName}",
                DayKind.ExtraWorkingDay => $"extra working day {HolidayName}",
                DayKind.PredictedHoliday => $"statutory holiday {HolidayName} of the 全国年节及纪念日放假办法 ({StatutoryHolidays.RulesInForce(Date.Year)})",
                _ => Kind.ToString(),
            };
            return PendingNoticeYear is not { } pending ? reason
                : Kind == DayKind.PredictedHoliday ? $"{reason}; provisional: predicted, no notice yet for {pending.ToString(CultureInfo.InvariantCulture)} (make-up working days cannot be predicted)"
                : $"{reason}; provisional: no holiday notice published for {pending.ToString(CultureInfo.InvariantCulture)}, counted with weekends{(StatutoryDaysPredicted ? " and the predicted statutory days" : " only")}";
        }
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{LocalDatePattern.Iso.Format(Date)} {(IsWorkingDay ? "working day" : "rest day")}: {ReasonEnglish}";

    /// <summary>星期一 … 星期日.</summary>
    internal static string ChineseDayOfWeek(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => "星期一",
        IsoDayOfWeek.Tuesday => "星期二",
        IsoDayOfWeek.Wednesday => "星期三",
        IsoDayOfWeek.Thursday => "星期四",
        IsoDayOfWeek.Friday => "星期五",
        IsoDayOfWeek.Saturday => "星期六",
        IsoDayOfWeek.Sunday => "星期日",
        _ => day.ToString(),
    };

    private string NoticeChinese() => NoticeYear is { } year ? $"（{year.ToString(CultureInfo.InvariantCulture)}年通知）" : string.Empty;

    private string NoticeEnglish() => NoticeYear is { } year ? $" (notice of {year.ToString(CultureInfo.InvariantCulture)})" : string.Empty;
}
