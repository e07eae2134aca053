using LianLuo.Domain.Numbers;
using NodaTime;

namespace LianLuo.Domain.Timeliness;

/// <summary>
/// The on-time rule (ledger.md §3), in one place: a reply is on time (按期答复) when it is given on or before its deadline and
/// late (逾期答复) after it; an item not replied is overdue (逾期未答复) once the as-of date is after the deadline, seriously
/// overdue (严重逾期) once it is also after the extension limit, and otherwise pending (未到期); the on-time rate (按期答复率) is
/// onTime ÷ (onTime + late + overdue). The same rule judges the first reply against the reply deadline and a re-handling
/// reply against the re-handling deadline. The deadlines themselves come from <see cref="Deadlines.DeadlineEngine"/>; this
/// class only compares dates. Stateless and thread-safe.
/// </summary>
/// <example>
/// <code>
/// var asOf = new LocalDate(2026, 1, 15);
/// ReportStatus onTheDay = OnTimeRule.Judge(new LocalDate(2025, 6, 20), new LocalDate(2025, 6, 20), asOf);  // OnTime
/// ReportStatus notReplied = OnTimeRule.Judge(null, new LocalDate(2025, 6, 20), asOf);                      // Overdue
/// Proportion rate = OnTimeRule.Rate(onTime: 254, late: 24, overdue: 13);                                   // 87.3 %
/// </code>
/// </example>
public static class OnTimeRule
{
    /// <summary>Whether a reply is on time: given on or before the deadline (the deadline day itself is on time).</summary>
    /// <param name="repliedOn">The reply date (答复日期).</param>
    /// <param name="deadline">The deadline it is judged against.</param>
    public static bool IsOnTime(LocalDate repliedOn, LocalDate deadline) => repliedOn <= deadline;

    /// <summary>Whether a deadline has passed on a date: the as-of date is after it (on the deadline day it has not).</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="deadline">The deadline.</param>
    public static bool IsPast(LocalDate asOf, LocalDate deadline) => asOf > deadline;

    /// <summary>
    /// The verdict of a reply (or of its absence) against a deadline as of a date: on time, late, overdue or pending. A reply
    /// given while no deadline ran (<paramref name="deadline"/> null: its start event never happened) is on time; an item not
    /// replied with no deadline is pending.
    /// </summary>
    /// <param name="repliedOn">The reply date, or null when not replied.</param>
    /// <param name="deadline">The deadline, or null when none runs.</param>
    /// <param name="asOf">The as-of date.</param>
    public static ReportStatus Judge(LocalDate? repliedOn, LocalDate? deadline, LocalDate asOf)
    {
        if (repliedOn is { } replied)
        {
            return deadline is { } due && !IsOnTime(replied, due) ? ReportStatus.Late : ReportStatus.OnTime;
        }

        return deadline is { } d && IsPast(asOf, d) ? ReportStatus.Overdue : ReportStatus.Pending;
    }

    /// <summary>
    /// Whether an item is seriously overdue (严重逾期): overdue (<paramref name="status"/>) and the as-of date after the
    /// extension limit (最长办理期限) as well.
    /// </summary>
    /// <param name="status">The item's verdict.</param>
    /// <param name="limit">The extension limit, or null when none runs.</param>
    /// <param name="asOf">The as-of date.</param>
    public static bool IsSeriouslyOverdue(ReportStatus status, LocalDate? limit, LocalDate asOf) =>
        status == ReportStatus.Overdue && limit is { } l && IsPast(asOf, l);

    /// <summary>
    /// The on-time rate (按期答复率): <paramref name="onTime"/> ÷ (<paramref name="onTime"/> + <paramref name="late"/> +
    /// <paramref name="overdue"/>), i.e. of the items whose timeliness is decided; pending items are not counted. Without a
    /// value (<see cref="Proportion.HasValue"/> false) when that denominator is 0.
    /// </summary>
    /// <param name="onTime">Items replied on time.</param>
    /// <param name="late">Items replied late.</param>
    /// <param name="overdue">Items not replied and past their deadline.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="OverflowException">The denominator exceeds <see cref="int.MaxValue"/>.</exception>
    public static Proportion Rate(int onTime, int late, int overdue) => new(onTime, checked(onTime + late + overdue));
}
