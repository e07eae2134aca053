namespace LianLuo.Domain.Timeliness;

/// <summary>
/// The names of timeliness (办理时效), one Chinese term per concept: everything that names a timeliness status or rate takes
/// its words from here (the README's glossary lists them). The assessment dimension keeps the name ledger.md §4 gives it,
/// <see cref="AssessmentDimension"/> (按时办复). Stateless and thread-safe.
/// </summary>
public static class TimelinessNames
{
    /// <summary>按期答复: replied on or before the deadline (on time).</summary>
    public const string OnTime = "按期答复";

    /// <summary>逾期答复: replied after the deadline (late).</summary>
    public const string Late = "逾期答复";

    /// <summary>逾期未答复: not replied, and the deadline has passed (overdue).</summary>
    public const string Overdue = "逾期未答复";

    /// <summary>严重逾期: not replied, and the extension limit has passed (seriously overdue).</summary>
    public const string SeriouslyOverdue = "严重逾期";

    /// <summary>即将到期: not replied, and the deadline is within the due-soon window (due soon).</summary>
    public const string DueSoon = "即将到期";

    /// <summary>未到期: not replied, and the deadline has not passed (not yet due; the report's pending).</summary>
    public const string NotYetDue = "未到期";

    /// <summary>按期答复率: onTime ÷ (onTime + late + overdue) (the on-time rate).</summary>
    public const string OnTimeRate = "按期答复率";

    /// <summary>按时办复: the assessment dimension of timeliness, so named by ledger.md §4 (its rate is the on-time rate).</summary>
    public const string AssessmentDimension = "按时办复";

    /// <summary>The English name of <see cref="OnTime"/>.</summary>
    public const string EnglishOnTime = "replied on time";

    /// <summary>The English name of <see cref="Late"/>.</summary>
    public const string EnglishLate = "replied late";

    /// <summary>The English name of <see cref="Overdue"/>.</summary>
    public const string EnglishOverdue = "overdue";

    /// <summary>The English name of <see cref="SeriouslyOverdue"/>.</summary>
    public const string EnglishSeriouslyOverdue = "seriously overdue";

    /// <summary>The English name of <see cref="DueSoon"/>.</summary>
    public const string EnglishDueSoon = "due soon";

    /// <summary>The English name of <see cref="NotYetDue"/>.</summary>
    public const string EnglishNotYetDue = "not yet due";

    /// <summary>The English name of <see cref="OnTimeRate"/>.</summary>
    public const string EnglishOnTimeRate = "on-time rate";

    /// <summary>The Chinese name, e.g. 逾期未答复.</summary>
    public static string Chinese(DeadlineStatus value) => value switch
    {
        DeadlineStatus.NotYetDue => NotYetDue,
        DeadlineStatus.DueSoon => DueSoon,
        DeadlineStatus.Overdue => Overdue,
        DeadlineStatus.SeriouslyOverdue => SeriouslyOverdue,
        DeadlineStatus.RepliedOnTime => OnTime,
        DeadlineStatus.RepliedLate => Late,
        _ => value.ToString(),
    };

    /// <summary>The English name, e.g. overdue.</summary>
    public static string English(DeadlineStatus value) => value switch
    {
        DeadlineStatus.NotYetDue => EnglishNotYetDue,
        DeadlineStatus.DueSoon => EnglishDueSoon,
        DeadlineStatus.Overdue => EnglishOverdue,
        DeadlineStatus.SeriouslyOverdue => EnglishSeriouslyOverdue,
        DeadlineStatus.RepliedOnTime => EnglishOnTime,
        DeadlineStatus.RepliedLate => EnglishLate,
        _ => value.ToString(),
    };

    /// <summary>The Chinese name, e.g. 按期答复 (pending is 未到期).</summary>
    public static string Chinese(ReportStatus value) => value switch
    {
        ReportStatus.OnTime => OnTime,
        ReportStatus.Late => Late,
        ReportStatus.Overdue => Overdue,
        ReportStatus.Pending => NotYetDue,
        _ => value.ToString(),
    };

    /// <summary>The English name, e.g. replied on time (pending is not yet due).</summary>
    public static string English(ReportStatus value) => value switch
    {
        ReportStatus.OnTime => EnglishOnTime,
        ReportStatus.Late => EnglishLate,
        ReportStatus.Overdue => EnglishOverdue,
        ReportStatus.Pending => EnglishNotYetDue,
        _ => value.ToString(),
    };
}
